// The keyed saved state by quiz (state/v5.js, docs/republishing.md, "Very large courses"): the format of a course
// too large for the keyed one, such as the synthetic 300 sections x 10 questions course of scripts/bench.sh. Sections
// are kept by identity; a quiz's answers are kept together, or reset together when what they name changed. Never
// moved to another choice.
import { test } from "node:test";
import assert from "node:assert/strict";
import { decode, encode, formatOf } from "../src/state/codec.js";
import * as v5 from "../src/state/v5.js";
import { encode as encodeCompact } from "../src/state/v3.js";
import { worstCaseState } from "../tools/worst-case.mjs";
import { loadRegistry, question } from "./helpers.mjs";

const registry = await loadRegistry();
const single = (id, keys) => question(registry.get("single"), { id, data: { choices: ["a", "b", "c", "d"].slice(0, keys.length), keys } });

// The synthetic course's shape: sections s00001..., each with ten four-choice questions q1..q10, no attempts limit.
function synthetic(sections = 300, edit = () => {}) {
  const course = { sections: [], quizzes: [] };
  for (let i = 1; i <= sections; i++) {
    const section = { id: "s" + String(i).padStart(5, "0") };
    course.sections.push(section);
    const questions = [];
    for (let j = 1; j <= 10; j++) questions.push(single("q" + j, [1, 2, 3, 4].map((c) => `~${i}-${j}-${c}`)));
    course.quizzes.push({ section, limit: null, questions });
  }
  edit(course);
  return course;
}

// A learner who read every section, answered every question ("a" to "d" in turn) and checked every other quiz.
function learnerOf(course) {
  return {
    visited: course.sections.map(() => true), current: Math.min(150, course.sections.length - 1), registration: "",
    quizzes: course.quizzes.map((quiz, i) => ({
      attempts: i % 2 ? 0 : 2, checked: i % 2 === 0,
      answers: quiz.questions.map((q, j) => "abcd".charAt((i + j) % 4))
    }))
  };
}

function resumeOn(edit) {
  const a = synthetic(), saved = encode(learnerOf(a), a), b = synthetic(300, edit);
  return { state: decode(saved, b), before: learnerOf(a), b };
}

test("the synthetic course (300 sections x 10 questions) is kept by quiz, its widest state within SCORM 1.2's 4096 characters", () => {
  const course = synthetic(), widest = encode(worstCaseState(course, false), course);
  assert.equal(formatOf(course).marker, v5.marker);
  assert.match(widest, /^5[A-Za-z0-9_-]+$/);
  // Widths 4 + 5, 300 sections 12, bookmark 9, registration flag 1; 300 sections x (key 16, seen, quiz);
  // 300 quizzes x (key 16, attempts 11, checked 1, length 5, 10 answers x 3): 24,335 bits, 4,056 characters, the marker.
  assert.equal(widest.length, 4057);
  assert.equal(encode(worstCaseState(course, true), course).length, 4078, "with an xAPI registration, 128 bits more");
});

test("no edit, or one the answers do not name (the correct answer, prose): everything is kept", () => {
  const r = resumeOn(() => {});
  assert.deepEqual(r.state, Object.assign({ reset: 0 }, r.before));
});

test("a quiz whose questions or choices changed starts afresh, attempts kept; every other quiz is kept whole", () => {
  const edits = {
    "choice added at the end": (q) => { q.data.keys.push("~new"); q.data.choices.push("e"); },
    "choices reordered": (q) => { q.data.keys.reverse(); },
    "choice reworded": (q) => { q.data.keys[0] = "~reworded"; },
    "type changed": (q) => { q.type = registry.get("multiple"); }
  };
  for (const [name, edit] of Object.entries(edits)) {
    const r = resumeOn((b) => { edit(b.quizzes[2].questions[4]); });
    assert.deepEqual(r.state.quizzes[2], { attempts: 2, checked: false, answers: Array(10).fill(null) }, name);
    assert.equal(r.state.reset, 10, name);
    assert.deepEqual(r.state.quizzes.filter((quiz, i) => i !== 2), r.before.quizzes.filter((quiz, i) => i !== 2), name);
    assert.deepEqual(r.state.visited, r.before.visited, name);
  }
});

test("a question added, removed or reordered: that quiz alone starts afresh (the notice counts its questions as they are now)", () => {
  for (const [edit, now] of [[(qs) => { qs.push(single("q11", ["~x", "~y"])); }, 11], [(qs) => { qs.pop(); }, 9], [(qs) => { qs.reverse(); }, 10]]) {
    const r = resumeOn((b) => { edit(b.quizzes[7].questions); });
    assert.ok(r.state.quizzes[7].answers.every((answer) => answer === null));
    assert.equal(r.state.reset, now);
    assert.deepEqual(r.state.quizzes[8], r.before.quizzes[8]);
  }
});

test("sections added, removed or reordered: sections seen, the bookmark and quizzes follow their ids", () => {
  const r = resumeOn((b) => {
    const added = { id: "s-new" };
    b.sections.splice(0, 1);
    b.quizzes.splice(0, 1);
    b.sections.reverse();
    b.quizzes.reverse();
    b.sections.push(added);
    b.quizzes.push({ section: added, limit: null, questions: [single("q1", ["~x", "~y"])] });
  });
  const at = (id) => r.b.sections.findIndex((s) => s.id === id);
  assert.equal(r.state.current, at("s00151"));
  assert.deepEqual(r.state.visited, r.b.sections.map((s) => s.id !== "s-new"));
  assert.deepEqual(r.state.quizzes[at("s00002")], r.before.quizzes[1]);
  assert.deepEqual(r.state.quizzes[at("s00300")], r.before.quizzes[299]);
  assert.deepEqual(r.state.quizzes[at("s-new")], { attempts: 0, checked: false, answers: [null] });
  assert.equal(r.state.reset, 0, "a quiz removed with its section is not something the learner can answer again");
});

test("attempts: kept up to a new limit; a checked quiz reset keeps an attempt to answer it", () => {
  const lowered = resumeOn((b) => { b.quizzes[0].limit = 1; });
  assert.equal(lowered.state.quizzes[0].attempts, 1);
  assert.deepEqual(lowered.state.quizzes[0].answers, lowered.before.quizzes[0].answers);
  const reset = resumeOn((b) => { b.quizzes[0].limit = 2; b.quizzes[0].questions.pop(); });
  assert.deepEqual(reset.state.quizzes[0], { attempts: 1, checked: false, answers: Array(9).fill(null) });
});

test("states of earlier formats still resume: compact (v3) on the same course", () => {
  const course = synthetic(20);
  assert.deepEqual(decode(encodeCompact(learnerOf(course), course), course), learnerOf(course));
});

test("refused: cut short, bits left over, a bookmark past the sections", () => {
  const course = synthetic(3), text = encode(learnerOf(course), course);
  assert.equal(v5.encode(learnerOf(course), course).charAt(0), "5");
  for (const damaged of ["5", text.slice(0, -2), text + "AAAA", "5AAAAAA"]) {
    assert.equal(decode(damaged, course), null, damaged);
  }
});

test("a course that grows past the keyed format, or shrinks back into it: the state of either format resumes on the other", () => {
  const small = synthetic(20), large = synthetic(300), learner = learnerOf(small);
  assert.equal(formatOf(small).marker, "4");
  assert.equal(formatOf(large).marker, v5.marker);
  // Saved keyed (v4) on 20 sections, resumed on 300: the 20 kept, answer by answer; the others new.
  const grown = decode(encode(learner, small), large);
  assert.deepEqual(grown.quizzes.slice(0, 20), learner.quizzes);
  assert.deepEqual(grown.visited, large.sections.map((s, i) => i < 20));
  assert.equal(grown.current, learner.current);
  // Saved by quiz (v5) on 300 sections, resumed on the first 20.
  const wide = learnerOf(large), shrunk = decode(encode(wide, large), small);
  assert.deepEqual(shrunk.quizzes, wide.quizzes.slice(0, 20));
  assert.equal(shrunk.current, 0, "the bookmark's section is gone: the first");
  assert.equal(shrunk.reset, 0);
});

test("what a large course's encoding keeps per quiz (its key) changes no byte, action after action", async () => {
  const { createHash } = await import("node:crypto");
  const course = synthetic(300, (c) => { c.quizzes.forEach((quiz, i) => { if (i % 7 === 6) quiz.limit = 3; }); });
  const states = [];
  for (let step = 0; step < 40; step++) {
    const model = {
      visited: course.sections.map((s, k) => k < step * 8), current: step * 7 % 300,
      registration: step % 2 ? "" : "0f8fad5b-d9cb-469f-a165-70867728950e",
      quizzes: course.quizzes.map((quiz, i) => ({
        attempts: (i + step) % 5, checked: i < step * 8 && i % 3 === 0,
        answers: quiz.questions.map((q, j) => (i < step * 8 ? "abcd".charAt((i + j + step) % 4) : ""))
      }))
    };
    const text = encode(model, course);
    // The same state on a course never encoded before: the layout it keeps is the course's, not a stale one.
    if (step % 10 === 0) assert.equal(text, encode(model, synthetic(300, (c) => { c.quizzes.forEach((quiz, i) => { if (i % 7 === 6) quiz.limit = 3; }); })));
    states.push(text);
  }
  // The forty states as the encoding wrote them before it kept anything per course (6f7052a's state/v5.js).
  assert.equal(createHash("sha256").update(states.join("\n")).digest("hex"), "6d5f494d5c560ac5d389230bd2162e8cffa8a0785b314eb1af23c7d7a10ecac9");
});
