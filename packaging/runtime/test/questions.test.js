// Every question type judged (right, partial, wrong, unanswered), with its responses and saved-answer checks.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { loadRegistry, question, runtimeDirectory } from "./helpers.mjs";

const stringsDirectory = join(runtimeDirectory, "..", "strings");

const registry = await loadRegistry();
const type = (name) => registry.get(name);

test("single choice: the one correct letter", () => {
  const q = question(type("single"), { correct: ["b"], values: ["a", "b", "c"] });
  assert.equal(q.type.judge(q, "b"), "correct");
  assert.equal(q.type.judge(q, "a"), "incorrect");
  assert.equal(q.type.judge(q, ""), "unanswered");
  assert.equal(q.type.scormResponse(q, "b"), "b");
  assert.equal(q.type.scormResponse(q, ""), null);
  assert.equal(q.type.xapiResponse(q, "b"), "b");
  assert.equal(q.type.xapiResponse(q, ""), "");
  assert.ok(q.type.isValid(q, "c"));
  assert.ok(q.type.isValid(q, ""));
  assert.ok(!q.type.isValid(q, "ab"), "one letter at most");
  assert.ok(!q.type.isValid(q, "d"), "a known letter");
});

test("multiple response: all and only the correct letters; some of them is partial", () => {
  const q = question(type("multiple"), { correct: ["d", "a", "b"], values: ["a", "b", "c", "d"] });
  assert.equal(q.type.judge(q, "abd"), "correct");
  assert.equal(q.type.judge(q, "ab"), "partial");
  assert.equal(q.type.judge(q, "abcd"), "partial");
  assert.equal(q.type.judge(q, "c"), "incorrect");
  assert.equal(q.type.judge(q, ""), "unanswered");
  assert.equal(q.type.scormResponse(q, "abd"), "a,b,d");
  assert.equal(q.type.xapiResponse(q, "abd"), "a[,]b[,]d");
  assert.ok(q.type.isValid(q, "acd"));
  assert.ok(!q.type.isValid(q, "aa"), "each letter once");
  assert.ok(q.type.showsFeedbackFor(q, "ac", "c"));
  assert.ok(!q.type.showsFeedbackFor(q, "ac", "b"));
});

test("true-false: equal; xAPI says true or false", () => {
  const q = question(type("true-false"), { correct: ["t"], values: ["t", "f"] });
  assert.equal(q.type.judge(q, "t"), "correct");
  assert.equal(q.type.judge(q, "f"), "incorrect");
  assert.equal(q.type.judge(q, ""), "unanswered");
  assert.equal(q.type.scormResponse(q, "f"), "f");
  assert.equal(q.type.xapiResponse(q, "t"), "true");
  assert.equal(q.type.xapiResponse(q, "f"), "false");
  assert.equal(q.type.xapiResponse(q, ""), "");
  assert.ok(!q.type.isValid(q, "x"));
});

test("fill-in: normalised text equal to an accepted answer", () => {
  const q = question(type("fill-in"), {
    correct: ["Evaporation", "evaporating"], data: { fillIn: { caseSensitive: false, normalizeArabic: false, maxLength: 30 } }, maxLength: 30
  });
  assert.equal(q.type.judge(q, "  evaporation "), "correct");
  assert.equal(q.type.judge(q, "EVAPORATING"), "correct");
  assert.equal(q.type.judge(q, "condensation"), "incorrect");
  assert.equal(q.type.judge(q, "   "), "unanswered");
  assert.equal(q.type.scormResponse(q, "  water   vapour "), "water vapour");
  assert.equal(q.type.scormResponse(q, "x".repeat(300)).length, 255);
  assert.equal(q.type.scormResponse(q, " "), null);
  assert.equal(q.type.xapiResponse(q, "a  b"), "a b");
  assert.ok(q.type.isValid(q, "%".repeat(90)), "three characters per escaped one");
  assert.ok(!q.type.isValid(q, "x".repeat(91)));
  const sensitive = question(type("fill-in"), { correct: ["NGO"], data: { fillIn: { caseSensitive: true, normalizeArabic: false } } });
  assert.equal(sensitive.type.judge(sensitive, "ngo"), "incorrect");
  assert.equal(sensitive.type.judge(sensitive, "NGO"), "correct");
});

test("fill-in with normalizeArabic: tashkeel, tatweel and letter forms folded", () => {
  const q = question(type("fill-in"), {
    correct: ["المنظمات غير الحكومية"], data: { fillIn: { caseSensitive: false, normalizeArabic: true, maxLength: 60 } }
  });
  assert.equal(q.type.judge(q, "المُنَظَّمَات غَيْر الحُكُومِيَّة"), "correct");
  assert.equal(q.type.judge(q, "المنظمـــات غير الحكوميه"), "correct");
  assert.equal(q.type.judge(q, "المنظمات الأهلية"), "incorrect");
  const plain = question(type("fill-in"), { correct: ["المنظمات غير الحكومية"], data: { fillIn: { normalizeArabic: false } } });
  assert.equal(plain.type.judge(plain, "المنظمات غير الحكوميه"), "incorrect", "no folding unless asked");
});

test("numeric: within [min, max], as typed in any of the accepted forms", () => {
  const q = question(type("numeric"), { correct: ["10", "20"], maxLength: 20 });
  assert.equal(q.type.judge(q, "10"), "correct");
  assert.equal(q.type.judge(q, "20"), "correct");
  assert.equal(q.type.judge(q, "15,5"), "correct");
  assert.equal(q.type.judge(q, "١٥"), "correct");
  assert.equal(q.type.judge(q, "21"), "incorrect");
  assert.equal(q.type.judge(q, "ten"), "incorrect");
  assert.equal(q.type.judge(q, ""), "unanswered");
  assert.equal(q.type.scormResponse(q, "3,50"), "3.5");
  assert.equal(q.type.scormResponse(q, "ten"), null, "not a number: nothing written");
  assert.equal(q.type.xapiResponse(q, "ten"), "");
  assert.equal(q.type.xapiResponse(q, "٣٫٥"), "3.5");
});

test("matching: every left item with its right id; some of them is partial", () => {
  const q = question(type("matching"), {
    correct: ["a.1", "b.2", "c.3"], items: ["a", "b", "c"], selects: [{}, {}, {}],
    options: [["", "1", "2", "3"], ["", "1", "2", "3"], ["", "1", "2", "3"]]
  });
  assert.equal(q.type.judge(q, "123"), "correct");
  assert.equal(q.type.judge(q, "1_2"), "partial");
  assert.equal(q.type.judge(q, "231"), "incorrect");
  assert.equal(q.type.judge(q, "___"), "unanswered");
  assert.equal(q.type.scormResponse(q, "1_2"), "a.1,c.2");
  assert.equal(q.type.scormResponse(q, "___"), null);
  assert.equal(q.type.xapiResponse(q, "12_"), "a[.]1[,]b[.]2");
  assert.ok(q.type.isValid(q, "3_1"));
  assert.ok(!q.type.isValid(q, "12"), "one per left item");
  assert.ok(!q.type.isValid(q, "124"), "a known option");
});

test("sequencing: the learner's order equals the correct one; always an answer, never one the learner gave", () => {
  const q = question(type("sequencing"), { correct: ["a", "b", "c"], itemIds: ["a", "b", "c"] });
  assert.equal(q.type.judge(q, "abc"), "correct");
  assert.equal(q.type.judge(q, "cab"), "incorrect");
  assert.ok(q.type.isAnswered(q, "cab"));
  assert.ok(q.type.prefilled);
  assert.equal(q.type.scormResponse(q, "cab"), "c,a,b");
  assert.equal(q.type.xapiResponse(q, "cab"), "c[,]a[,]b");
  assert.ok(q.type.isValid(q, "bca"));
  assert.ok(!q.type.isValid(q, "bc"), "every item");
  assert.ok(!q.type.isValid(q, "bcc"), "each once");
});

test("the instruction under each prompt", () => {
  const keys = { "fill-in": null, matching: "matchAll", multiple: "selectAll", numeric: "typeNumber", sequencing: "orderItems",
    single: "selectOne", "true-false": "selectOne" };
  Object.entries(keys).forEach(([name, key]) => assert.equal(registry.get(name).instructions, key, name));
});

test("every type's instruction is a string of every language", () => {
  for (const file of readdirSync(stringsDirectory).filter((name) => name.endsWith(".json"))) {
    const strings = JSON.parse(readFileSync(join(stringsDirectory, file), "utf8"));
    for (const name of registry.names) {
      const key = registry.get(name).instructions;
      if (key !== null) assert.equal(typeof strings[key], "string", file + " has " + key + " (" + name + ")");
    }
  }
});

test("the pattern written when the course data has none", () => {
  assert.equal(type("multiple").defaultPattern(["a", "c"]), "a,c");
  assert.equal(type("matching").defaultPattern(["a.1", "b.2"]), "a.1,b.2");
  assert.equal(type("fill-in").defaultPattern(["one", "two"]), "one");
  assert.equal(type("numeric").defaultPattern([]), "");
});

test("the worst-case saved answer of each type, from course data, and the bits each takes in the saved state", () => {
  const worst = (name, data) => type(name).worstCaseAnswer(data);
  const bits = (name, data) => type(name).stateBits(data);
  assert.equal(worst("single", { choices: ["a", "b", "c"] }).length, 1);
  assert.equal(worst("multiple", { choices: ["a", "b", "c", "d"] }), "abcd");
  assert.equal(worst("fill-in", { fillIn: { maxLength: 30 } }).length, 30);
  assert.equal(worst("numeric", {}).length, 20);
  assert.equal(worst("matching", { choices: ["a", "b", "c", "d"], targets: ["1", "2", "3", "4"] }), "4444");
  assert.equal(worst("sequencing", { choices: ["a", "b", "c"] }).length, 3);
  // As the compiler counts them (Questions/Types/*.cs, SavedStateBits): nothing or one of n takes log2(n + 1) bits.
  assert.equal(bits("single", { choices: ["a", "b", "c"] }), 2);
  assert.equal(bits("single", { choices: ["a", "b", "c", "d"] }), 3);
  assert.equal(bits("true-false", {}), 2);
  assert.equal(bits("multiple", { choices: ["a", "b", "c", "d"] }), 4);
  assert.equal(bits("fill-in", { fillIn: { maxLength: 30 } }), 5 + 30 * 16);
  assert.equal(bits("numeric", {}), 5 + 20 * 6, "a number is typed with 38 characters at most: 6 bits each");
  assert.equal(bits("matching", { choices: ["a", "b", "c"], targets: ["1", "2", "3"] }), 3 * 2);
  assert.equal(bits("sequencing", { choices: ["a", "b", "c", "d", "e"] }), 5 * 3);
});

test("an unknown type, or none, is an error: the compiler and the runtime drifted apart", () => {
  assert.throws(() => registry.get("no-such-type"), /unknown question type "no-such-type"/);
  assert.throws(() => registry.get(null), /unknown question type null/);
  ["constructor", "__proto__", ""].forEach((name) => assert.throws(() => registry.get(name), /unknown question type/, name));
});
