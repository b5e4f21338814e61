// The practice checks' answers in the saved state (state/practice.js, docs/blocks.md "Practice checks"): written
// after the quizzes' state when the course keeps them, refused when the checks changed, and never a cause for the
// quizzes' state to change or be lost.
import { test } from "node:test";
import assert from "node:assert/strict";
import { decode, encode } from "../src/state/codec.js";
import { loadRegistry, question } from "./helpers.mjs";

const registry = await loadRegistry();
const q = (id, name, data) => question(registry.get(name), { id, data });

const course = (checks) => ({
  sections: [{ id: "one" }, { id: "two" }],
  quizzes: [{ section: { id: "one" }, limit: null, questions: [q("q1", "single", { choices: ["a", "b"], keys: ["x", "y"] })] }],
  checks
});
const checkA = () => ({ section: { id: "one" }, limit: null, questions: [q("p1", "single", { choices: ["a", "b", "c"] }), q("p2", "fill-in", { choices: ["a"], fillIn: { maxLength: 20 } })] });
const checkB = () => ({ section: { id: "two" }, limit: null, questions: [q("p3", "multiple", { choices: ["a", "b", "c"] })] });

const quizzes = [{ attempts: 1, checked: true, answers: ["b"] }];
const practice = [{ attempts: 3, checked: true, answers: ["c", "ماء"] }, { attempts: 0, checked: false, answers: ["ab"] }];

test("kept: the checks' answers round trip after the quizzes' state, behind a separator", () => {
  const shape = course([checkA(), checkB()]);
  const text = encode({ visited: [true, false], current: 0, registration: "", quizzes, checks: practice }, shape);
  assert.match(text, /^4[A-Za-z0-9_-]+\|3[A-Za-z0-9_-]+$/);
  const back = decode(text, shape);
  assert.deepEqual(back.quizzes, quizzes);
  assert.deepEqual(back.checks, practice);
});

test("the completion day (the certificate's) comes after the checks' answers, which read as before", () => {
  const shape = course([checkA(), checkB()]), model = { visited: [true, true], current: 1, registration: "", quizzes, checks: practice };
  const text = encode(Object.assign({}, model, { completed: 20428 }), shape);
  assert.equal(text, encode(model, shape) + "|frg", "base 36");
  assert.deepEqual(decode(text, shape).checks, practice);
  assert.equal(decode(text, shape).completed, 20428);
});

test("not kept (the course data says the budget has no room): the quizzes' state alone, as without checks", () => {
  const shape = course([checkA(), checkB()]);
  const model = { visited: [true, false], current: 0, registration: "", quizzes, checks: false };
  assert.equal(encode(model, shape), encode(model, course([])));
  assert.equal(decode(encode(model, shape), shape).checks, undefined);
});

test("a check added, edited or removed: the quizzes' answers kept, every check starts empty", () => {
  const text = encode({ visited: [true, false], current: 0, registration: "", quizzes, checks: practice }, course([checkA(), checkB()]));
  for (const changed of [course([checkA()]), course([checkA(), checkB(), checkB()]), course([]),
    course([checkA(), { ...checkB(), questions: [q("p3", "multiple", { choices: ["a", "b", "c", "d"] })] }])]) {
    const back = decode(text, changed);
    assert.deepEqual(back.quizzes, quizzes);
    assert.ok(!back.checks);
  }
});

test("a state of an earlier release (no checks part) reads as before", () => {
  const shape = course([checkA()]);
  const before = encode({ visited: [false, true], current: 1, registration: "", quizzes }, course([]));
  const back = decode(before, shape);
  assert.deepEqual(back.quizzes, quizzes);
  assert.equal(back.checks, undefined);
});
