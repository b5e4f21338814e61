// The compact saved state (docs/runtime-contract.md, "The saved state"), written for courses too large for the keyed
// one: round trips for every type, its alphabet, and refusal of what is not a state of this course.
import { test } from "node:test";
import assert from "node:assert/strict";
import { decode, encode as encodeSaved } from "../src/state/codec.js";
import { encode } from "../src/state/v3.js";
import { loadRegistry, question } from "./helpers.mjs";

const registry = await loadRegistry();
const q = (id, name, data) => question(registry.get(name), { id, data });

// Three sections; quizzes in the first (every type once, two attempts at most) and the third (one numeric question).
const shape = () => ({
  sections: [{ id: "stages" }, { id: "reading" }, { id: "energy" }],
  quizzes: [
    {
      limit: 2,
      questions: [
        q("q1", "single", { choices: ["a", "b", "c"] }),
        q("q2", "multiple", { choices: ["a", "b", "c", "d"] }),
        q("q3", "true-false", { choices: [] }),
        q("q4", "fill-in", { choices: ["a"], fillIn: { maxLength: 30 } }),
        q("q5", "numeric", { choices: [] }),
        q("q6", "matching", { choices: ["a", "b", "c"], targets: ["1", "2", "3"] }),
        q("q7", "sequencing", { choices: ["a", "b", "c"] })
      ]
    },
    { limit: null, questions: [q("q1", "numeric", { choices: [] })] }
  ]
});
const course = shape();

const state = {
  visited: [true, true, false],
  current: 1,
  quizzes: [
    { attempts: 2, checked: true, answers: ["b", "acd", "t", "\"100%\" ~|. <&> 'ماء'", "٣٫٥", "2_1", "cab"] },
    { attempts: 0, checked: false, answers: [""] }
  ],
  registration: ""
};

test("only letters, digits, - and _ after the marker: nothing an LMS or its database would change", () => {
  const text = encode(state, course);
  assert.match(text, /^3[A-Za-z0-9_-]+$/);
});

test("round trips: every type's answers, blank ones, checked or not, every bookmark, Arabic and quotes typed", () => {
  const blank = { attempts: 0, checked: false, answers: ["", "", "", "", "", "___", "abc"] };
  const answered = state.quizzes[0];
  for (const first of [blank, answered]) {
    for (let current = 0; current < 3; current++) {
      const model = { visited: [true, current > 0, current > 1], current, quizzes: [first, { attempts: 1295, checked: true, answers: ["-١٢٫٥"] }], registration: "" };
      assert.deepEqual(decode(encode(model, course), course), model);
    }
  }
});

test("the xAPI registration: 128 bits, dashes restored", () => {
  const registration = "0b4c2a1e-7f3d-4c8e-9a6b-5d2e1f0a3b4c";
  const text = encode(Object.assign({}, state, { registration }), course);
  assert.equal(decode(text, course).registration, registration);
  assert.ok([21, 22].includes(text.length - encode(state, course).length), "128 bits in six-bit characters, give or take a rounding");
});

test("attempts are counted up to the quiz's limit, or to 1295 without one", () => {
  const model = { visited: [true, true, true], current: 2, quizzes: [Object.assign({}, state.quizzes[0], { attempts: 7 }), { attempts: 5000, checked: true, answers: ["4"] }], registration: "" };
  const back = decode(encode(model, course), course);
  assert.deepEqual(back.quizzes.map((quiz) => quiz.attempts), [2, 1295]);
});

test("typed text longer than its box is kept to the box's length", () => {
  const model = { visited: [true, true, true], current: 0, quizzes: [Object.assign({}, state.quizzes[0], { answers: ["", "", "", "x".repeat(40), "1".repeat(25), "___", "abc"] }), state.quizzes[1]], registration: "" };
  const back = decode(encode(model, course), course);
  assert.deepEqual([back.quizzes[0].answers[3].length, back.quizzes[0].answers[4].length], [30, 20]);
});

test("refused: a state of another course, or of this one edited (a question added, a type changed, a choice more)", () => {
  const text = encode(state, course);
  const edited = (change) => { const copy = shape(); change(copy); return copy; };
  for (const [other, why] of [
    [edited((c) => { c.sections.push({ id: "new" }); }), "a section more"],
    [edited((c) => { c.sections[0].id = "renamed"; }), "a section renamed"],
    [edited((c) => { c.quizzes[1].questions.push(q("q2", "single", { choices: ["a", "b"] })); }), "a question more"],
    [edited((c) => { c.quizzes[0].questions[0].data.choices.push("d", "e", "f", "g", "h"); }), "choices more"],
    [edited((c) => { c.quizzes[0].limit = 3; }), "another attempts limit"]
  ]) {
    assert.equal(decode(text, other), null, why);
  }
});

test("refused: what is not a state at all, cut short, or with bits left over", () => {
  const text = encode(state, course);
  for (const damaged of ["", null, "3", "3!!!!", text.slice(0, -3), text + "AAAA", text.replace(/.$/, "|"), "x" + text.slice(1)]) {
    assert.equal(decode(damaged, course), null, String(damaged));
  }
});

test("a course without quizzes", () => {
  const plain = { sections: [{ id: "a" }, { id: "b" }], quizzes: [] };
  const model = { visited: [true, false], current: 1, quizzes: [], registration: "" };
  assert.deepEqual(decode(encode(model, plain), plain), model);
});

// The day the course was completed, for the certificate (docs/ending.md): after the saved state and its practice part.
const placed = () => { const shaped = shape(); shaped.quizzes[0].section = shaped.sections[0]; shaped.quizzes[1].section = shaped.sections[2]; return shaped; };

test("the completion day round trips after an empty practice part, and a state without one reads as before", () => {
  const shaped = placed(), day = Date.UTC(2026, 11, 6) / 864e5;
  const completed = Object.assign({}, state, { completed: day });
  const text = encodeSaved(completed, shaped);
  assert.ok(text.startsWith(encodeSaved(state, shaped)), "the state proper is unchanged");
  assert.equal(text.slice(encodeSaved(state, shaped).length), "||" + day.toString(36), "an empty practice part, then the day");
  assert.equal(decode(text, shaped).completed, day);
  assert.equal(decode(encodeSaved(state, shaped), shaped).completed, undefined, "a state written before: no day");
  assert.deepEqual(decode(text, shaped).quizzes, decode(encodeSaved(state, shaped), shaped).quizzes);
});

test("the completion day is left out rather than take the state past SCORM 1.2's 4096 characters", () => {
  const sections = placed().sections;
  const long = { sections, quizzes: [{ section: sections[0], limit: null, questions: Array.from({ length: 200 }, (_, i) => q("f" + i, "fill-in", { choices: ["a"], fillIn: { maxLength: 100 } })) }] };
  // n characters typed in all, 100 to an answer: the longest state that leaves less room than the day takes.
  const widest = (typed) => ({ visited: [true, true, true], current: 0, registration: "", quizzes: [{ attempts: 1, checked: true,
    answers: long.quizzes[0].questions.map((_, i) => "x".repeat(Math.max(0, Math.min(100, typed - i * 100)))) }] });
  const length = (typed) => encodeSaved(widest(typed), long).length;
  let n = 0;
  while (length(n + 100) <= 4090) n += 100;
  while (length(n + 1) <= 4093) n++;
  const day = 20428;   // "frg": three characters, after two separators
  assert.ok(4096 - length(n) < 5, `${4096 - length(n)} characters left`);
  const text = encodeSaved(Object.assign(widest(n), { completed: day }), long);
  assert.ok(text.length <= 4096);
  assert.equal(decode(text, long).completed, undefined, "no room: no day, and nothing else lost");
  assert.equal(text, encodeSaved(widest(n), long));
});
