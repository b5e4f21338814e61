// Typed answers: Arabic folding and number parsing.
import { test } from "node:test";
import assert from "node:assert/strict";
import { foldArabic } from "../src/questions/arabic.js";
import { inRange, parseNumber } from "../src/questions/numbers.js";
import { normalize, squash } from "../src/questions/text-box.js";

test("Arabic: tashkeel (U+064B–U+0652) and the superscript alef (U+0670) are removed", () => {
  assert.equal(foldArabic("مُنَظَّمَةٌ"), "منظمه");
  assert.equal(foldArabic("\u064B\u064C\u064D\u064E\u064F\u0650\u0651\u0652\u0670"), "");
  assert.equal(foldArabic("هٰذا"), "هذا");
});

test("Arabic: tatweel (U+0640) is removed", () => {
  assert.equal(foldArabic("مـــنـظـمـة"), "منظمه");
});

test("Arabic: alef with hamza above or below, with madda and wasla become a bare alef", () => {
  assert.equal(foldArabic("أ إ آ ٱ"), "ا ا ا ا");
  assert.equal(foldArabic("الأهلية"), "الاهليه");
});

test("Arabic: hamza on waw and on yaa become waw and yaa", () => {
  assert.equal(foldArabic("مؤسسة"), "موسسه");
  assert.equal(foldArabic("هيئة"), "هييه");
});

test("Arabic: taa marbuta becomes haa, alef maqsura becomes yaa", () => {
  assert.equal(foldArabic("جمعية"), "جمعيه");
  assert.equal(foldArabic("مستشفى"), "مستشفي");
});

test("typed text: spaces squashed, NFC, case folded unless case-sensitive, Arabic only when asked", () => {
  assert.equal(squash("  a \t b\n c "), "a b c");
  assert.equal(normalize("  Water  Cycle ", {}), "water cycle");
  assert.equal(normalize("Water", { caseSensitive: true }), "Water");
  assert.equal(normalize("e\u0301", {}), "\u00e9", "NFC");
  assert.equal(normalize("جمعيّة", { normalizeArabic: true }), "جمعيه");
  assert.equal(normalize("جمعيّة", {}), "جمعيّة");
  assert.equal(normalize("x", null), "x");
});

test("numbers: Western, Arabic-Indic and Eastern Arabic-Indic digits", () => {
  assert.equal(parseNumber("2000"), 2000);
  assert.equal(parseNumber("٢٠٠٠"), 2000);
  assert.equal(parseNumber("۲۰۰۰"), 2000);
  assert.equal(parseNumber(" 42 "), 42);
});

test("numbers: a comma or the Arabic decimal separator as the decimal point", () => {
  assert.equal(parseNumber("3,5"), 3.5);
  assert.equal(parseNumber("3.5"), 3.5);
  assert.equal(parseNumber("٣٫٥"), 3.5);
  assert.equal(parseNumber(".5"), 0.5);
  assert.equal(parseNumber("5."), 5);
});

test("numbers: minus as '-', U+2212 or an en dash; a plus sign", () => {
  assert.equal(parseNumber("-4"), -4);
  assert.equal(parseNumber("\u22124"), -4);
  assert.equal(parseNumber("\u20134"), -4);
  assert.equal(parseNumber("+4"), 4);
});

test("numbers: anything else is not a number", () => {
  for (const text of ["", " ", "ten", "1,000.5", "1 000", "4e3", "--4", "4-", "1.2.3", "0x10"]) {
    assert.ok(Number.isNaN(parseNumber(text)), JSON.stringify(text));
  }
});

test("numbers: a range includes both ends", () => {
  assert.ok(inRange("10", ["10", "20"]));
  assert.ok(inRange("20", ["10", "20"]));
  assert.ok(inRange("19,99", ["10", "20"]));
  assert.ok(!inRange("9.99", ["10", "20"]));
  assert.ok(!inRange("20.01", ["10", "20"]));
  assert.ok(inRange("-1.5", ["-2", "-1"]));
  assert.ok(inRange("4", ["4", "4"]), "one value");
  assert.ok(!inRange("four", ["4", "4"]));
});
