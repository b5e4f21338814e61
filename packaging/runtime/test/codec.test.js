// The saved state, version 2 (docs/runtime-contract.md, "suspend_data encoding"): round trips for every type,
// escaping, the registration, and rejection of what is not a state of this course.
import { test } from "node:test";
import assert from "node:assert/strict";
import { decode, encode } from "../src/state/codec.js";
import { escape, unescape } from "../src/state/v2.js";
import { loadRegistry, question } from "./helpers.mjs";

const registry = await loadRegistry();
const q = (name, facts) => question(registry.get(name), facts);
const options = ["", "1", "2", "3"];

// Three sections; quizzes in the first and the third: every type once, then one numeric question.
const course = {
  sections: [{ id: "stages" }, { id: "reading" }, { id: "energy" }],
  quizzes: [
    {
      questions: [
        q("single", { values: ["a", "b", "c"] }),
        q("multiple", { values: ["a", "b", "c", "d"] }),
        q("true-false", { values: ["t", "f"] }),
        q("fill-in", { maxLength: 30 }),
        q("numeric", { maxLength: 20 }),
        q("matching", { selects: [{}, {}, {}], items: ["a", "b", "c"], options: [options, options, options] }),
        q("sequencing", { itemIds: ["a", "b", "c"] })
      ]
    },
    { questions: [q("numeric", { maxLength: 20 })] }
  ]
};

const state = {
  visited: [true, true, false],
  current: 1,
  quizzes: [
    { attempts: 2, checked: true, answers: ["b", "acd", "t", "water. 100% ~ | vapour", "3,5", "2_1", "cab"] },
    { attempts: 0, checked: false, answers: [""] }
  ],
  registration: ""
};

test("the version-2 string, as the runtime has always written it", () => {
  assert.equal(encode(state), "2|110|1|2.1.b.acd.t.water%2E 100%25 %7E %7C vapour.3,5.2_1.cab~0.0.");
});

test("a state written by the current release resumes", () => {
  const saved = decode("2|110|1|2.1.b.acd.t.water%2E 100%25 %7E %7C vapour.3,5.2_1.cab~0.0.", course);
  assert.deepEqual(saved, state);
});

test("round trips: every type's answers, blank ones, checked or not, every bookmark", () => {
  const blank = { attempts: 0, checked: false, answers: ["", "", "", "", "", "___", "abc"] };
  const answered = { attempts: 1295, checked: true, answers: ["c", "abcd", "f", "%2E%7C %.~|", "-12.5", "321", "bca"] };
  for (const first of [blank, answered]) {
    for (let current = 0; current < 3; current++) {
      const model = { visited: [true, current > 0, current > 1], current, quizzes: [first, { attempts: 36, checked: true, answers: ["٣٫٥"] }], registration: "" };
      assert.deepEqual(decode(encode(model), course), model);
    }
  }
});

test("the attempt count in base 36, up to zz", () => {
  const model = { visited: [true, true, true], current: 2, quizzes: [state.quizzes[0], { attempts: 1295, checked: true, answers: ["4"] }], registration: "" };
  assert.match(encode(model), /~zz\.1\.4$/);
  assert.equal(decode(encode(model), course).quizzes[1].attempts, 1295);
});

test("escaping: % . ~ | become %25 %2E %7E %7C, and back", () => {
  assert.equal(escape("a%b.c~d|e"), "a%25b%2Ec%7Ed%7Ce");
  assert.equal(unescape("a%25b%2Ec%7Ed%7Ce"), "a%b.c~d|e");
  assert.equal(unescape("%2e%7c"), ".|", "either case");
  assert.equal(unescape("%41%2"), "%41%2", "nothing else is unescaped");
  assert.equal(unescape(escape("%2E")), "%2E");
});

test("the xAPI registration: 32 hex digits in a fifth part, dashes restored", () => {
  const registration = "0b4c2a1e-7f3d-4c8e-9a6b-5d2e1f0a3b4c";
  const text = encode(Object.assign({}, state, { registration }));
  assert.match(text, /\|0b4c2a1e7f3d4c8e9a6b5d2e1f0a3b4c$/);
  assert.equal(decode(text, course).registration, registration);
  assert.equal(decode(encode(state), course).registration, "");
});

const valid = "2|110|1|2.1.b.acd.t.water.3,5.2_1.cab~0.0.";

test("refused: another version, or not a state at all", () => {
  for (const text of ["", null, undefined, "garbage", "1|110|1|2.1.b.acd.t.water.3,5.2_1.cab~0.0.", "3" + valid.slice(1),
    "2|110|1", "2|110|1|x|y|z"]) {
    assert.equal(decode(text, course), null, String(text));
  }
});

test("refused: sections, bookmark or quizzes that are not this course's", () => {
  for (const text of [
    "2|11|1|2.1.b.acd.t.water.3,5.2_1.cab~0.0.", // two sections
    "2|1101|1|2.1.b.acd.t.water.3,5.2_1.cab~0.0.", // four
    "2|1x0|1|2.1.b.acd.t.water.3,5.2_1.cab~0.0.", // not 0/1
    "2|110|3|2.1.b.acd.t.water.3,5.2_1.cab~0.0.", // bookmark past the last section
    "2|110|-1|2.1.b.acd.t.water.3,5.2_1.cab~0.0.", // not base 36
    "2|110|1|2.1.b.acd.t.water.3,5.2_1.cab", // one quiz
    "2|110|1|2.1.b.acd.t.water.3,5.2_1.cab~0.0.~0.0.", // three
    "2|110|1|2.1.b.acd.t.water.3,5.2_1~0.0.", // a question short
    "2|110|1|2.1.b.acd.t.water.3,5.2_1.cab.x~0.0.", // one too many
    "2|110|1|2.2.b.acd.t.water.3,5.2_1.cab~0.0.", // checked is not 0/1
    "2|110|1|Z.1.b.acd.t.water.3,5.2_1.cab~0.0." // attempts not base 36
  ]) {
    assert.equal(decode(text, course), null, text);
  }
});

test("refused: an answer its question cannot have", () => {
  for (const [answers, why] of [
    ["d.acd.t.water.3,5.2_1.cab", "an unknown choice"],
    ["ab.acd.t.water.3,5.2_1.cab", "two answers to a single choice"],
    ["b.aac.t.water.3,5.2_1.cab", "a choice twice"],
    ["b.acd.x.water.3,5.2_1.cab", "neither t nor f"],
    ["b.acd.t." + "w".repeat(91) + ".3,5.2_1.cab", "longer than the text box allows"],
    ["b.acd.t.water." + "1".repeat(61) + ".2_1.cab", "longer than a number can be"],
    ["b.acd.t.water.3,5.2_.cab", "a pair short"],
    ["b.acd.t.water.3,5.2_4.cab", "an unknown option"],
    ["b.acd.t.water.3,5.2_1.ca", "an item short"],
    ["b.acd.t.water.3,5.2_1.cax", "an unknown item"],
    ["b.acd.t.water.3,5.2_1.%61bc", "an escape where none can be"]
  ]) {
    assert.equal(decode("2|110|1|2.1." + answers + "~0.0.", course), null, why);
  }
});

test("refused: a fifth part that is not a registration", () => {
  for (const suffix of ["|0B4C2A1E7F3D4C8E9A6B5D2E1F0A3B4C", "|0b4c2a1e-7f3d-4c8e-9a6b-5d2e1f0a3b4c", "|abc", "|"]) {
    assert.equal(decode(valid + suffix, course), null, suffix);
  }
});

test("a course without quizzes", () => {
  const plain = { sections: [{}, {}], quizzes: [] };
  const model = { visited: [true, false], current: 0, quizzes: [], registration: "" };
  assert.equal(encode(model), "2|10|0|");
  assert.deepEqual(decode("2|10|0|", plain), model);
  assert.equal(decode("2|10|0|0.0", plain), null);
});
