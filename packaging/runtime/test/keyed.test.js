// The keyed saved state (state/v4.js, docs/republishing.md): a learner's state saved on version A of a course,
// resumed on version B after each kind of edit. Everything whose meaning did not change is kept; an answer is never
// moved to another choice; a question whose choices cannot be found again is reset alone, and counted.
import { test } from "node:test";
import assert from "node:assert/strict";
import { decode, encode, formatOf } from "../src/state/codec.js";
import * as v4 from "../src/state/v4.js";
import { encode as encodeCompact } from "../src/state/v3.js";
import { loadRegistry, question } from "./helpers.mjs";

const registry = await loadRegistry();
const q = (id, name, data) => question(registry.get(name), { id, data });
const letters = (n) => "abcdefghijklmnopqrstuvwxyz".slice(0, n).split("");
// A choice question whose choices have these identities, lettered a, b, c... in that order (as the compiler writes).
const choice = (id, keys, name = "single") => q(id, name, { choices: letters(keys.length), keys });

// Version A: three sections; a quiz in the first (limit 3) and in the third.
function versionA() {
  const sections = [{ id: "stages" }, { id: "reading" }, { id: "energy" }];
  return {
    sections,
    quizzes: [
      {
        section: sections[0], limit: 3,
        questions: [
          choice("q-clouds", ["evaporation", "condensation", "collection"]),
          choice("q-forms", ["rain", "snow", "vapour", "hail"], "multiple"),
          q("q-droplets", "true-false", { choices: [] }),
          q("q-name", "fill-in", { choices: ["a"], fillIn: { maxLength: 30 } }),
          q("q-match", "matching", { choices: ["a", "b"], keys: ["evap", "cond"], targets: ["1", "2"], targetKeys: ["rises", "clouds"] }),
          q("q-order", "sequencing", { choices: ["a", "b", "c"], keys: ["first", "second", "third"] })
        ]
      },
      { section: sections[2], limit: null, questions: [choice("q-gravity", ["wind", "gravity", "heat"])] }
    ]
  };
}

// The learner read two sections, is on the second, checked quiz 1 once and chose the sun's heat in quiz 2.
const learner = {
  visited: [true, true, false], current: 1, registration: "",
  quizzes: [
    { attempts: 1, checked: true, answers: ["b", "abd", "t", "evaporation", "12", "cab"] },
    { attempts: 0, checked: false, answers: ["c"] }
  ]
};

// The learner's state saved on A, resumed on A edited by `edit`.
function resumeOn(edit) {
  const saved = encode(learner, versionA()), b = versionA();
  edit(b);
  return { state: decode(saved, b), b };
}

const quiz1 = (r) => r.state.quizzes[0];

test("the keyed format is written for a course whose widest state fits 4096 characters", () => {
  assert.equal(formatOf(versionA()).marker, v4.marker);
  assert.match(encode(learner, versionA()), /^4[A-Za-z0-9_-]+$/);
});

test("no edit (or prose, outcomes, the correct answer changed: nothing the state names): everything is kept", () => {
  const r = resumeOn(() => {});
  assert.deepEqual(r.state, Object.assign({ reset: 0 }, learner));
});

test("a choice added at the top, in the middle or at the end: the chosen one is still chosen, under its new letter", () => {
  for (const [at, letter] of [[0, "c"], [1, "c"], [3, "b"]]) {
    const r = resumeOn((b) => {
      const keys = ["evaporation", "condensation", "collection"];
      keys.splice(at, 0, "sublimation");
      b.quizzes[0].questions[0] = choice("q-clouds", keys);
    });
    assert.equal(quiz1(r).answers[0], letter, "added at " + at);
    assert.equal(r.state.reset, 0);
    assert.equal(quiz1(r).checked, true);
  }
});

test("choices reordered: the same choice, never its neighbour", () => {
  const r = resumeOn((b) => { b.quizzes[0].questions[0] = choice("q-clouds", ["collection", "evaporation", "condensation"]); });
  assert.equal(quiz1(r).answers[0], "c");
});

test("the chosen choice reworded (another identity): that question alone is reset; another choice reworded changes nothing", () => {
  const chosen = resumeOn((b) => { b.quizzes[0].questions[0] = choice("q-clouds", ["evaporation", "condensing", "collection"]); });
  assert.equal(quiz1(chosen).answers[0], null);
  assert.deepEqual(quiz1(chosen).answers.slice(1), learner.quizzes[0].answers.slice(1));
  assert.equal(chosen.state.reset, 1);
  assert.equal(quiz1(chosen).checked, false, "reopened, so that the learner can answer it again");
  assert.equal(quiz1(chosen).attempts, 1);
  const other = resumeOn((b) => { b.quizzes[0].questions[0] = choice("q-clouds", ["evaporating", "condensation", "collection"]); });
  assert.equal(quiz1(other).answers[0], "b");
  assert.equal(other.state.reset, 0);
});

test("multiple answers: a choice added or an unchosen one removed keeps the chosen ones; a chosen one removed resets", () => {
  const added = resumeOn((b) => { b.quizzes[0].questions[1] = choice("q-forms", ["sleet", "rain", "snow", "vapour", "hail"], "multiple"); });
  assert.equal(quiz1(added).answers[1], "bce");
  const removed = resumeOn((b) => { b.quizzes[0].questions[1] = choice("q-forms", ["rain", "snow", "hail"], "multiple"); });
  assert.equal(quiz1(removed).answers[1], "abc");
  const gone = resumeOn((b) => { b.quizzes[0].questions[1] = choice("q-forms", ["rain", "vapour", "hail"], "multiple"); });
  assert.equal(quiz1(gone).answers[1], null);
  assert.equal(gone.state.reset, 1);
});

test("a question added: the others kept, the new one unanswered, the checked quiz opened again with an attempt left", () => {
  const r = resumeOn((b) => { b.quizzes[0].questions.splice(1, 0, choice("q-new", ["x", "y"])); });
  assert.deepEqual(quiz1(r).answers, ["b", null, "abd", "t", "evaporation", "12", "cab"]);
  assert.equal(quiz1(r).checked, false);
  assert.equal(r.state.reset, 0, "nothing the learner did was lost");
  const exhausted = encode(Object.assign({}, learner, { quizzes: [Object.assign({}, learner.quizzes[0], { attempts: 3 }), learner.quizzes[1]] }), versionA());
  const grown = versionA();
  grown.quizzes[0].questions.push(choice("q-new", ["x", "y"]));
  assert.equal(decode(exhausted, grown).quizzes[0].attempts, 2);
});

test("a question removed, or reordered: every other answer kept, under its question", () => {
  const removed = resumeOn((b) => { b.quizzes[0].questions.splice(2, 1); });
  assert.deepEqual(quiz1(removed).answers, ["b", "abd", "evaporation", "12", "cab"]);
  assert.equal(removed.state.reset, 1, "the removed question's answer is gone");
  assert.equal(quiz1(removed).checked, true);
  const reordered = resumeOn((b) => { b.quizzes[0].questions.reverse(); });
  assert.deepEqual(quiz1(reordered).answers, learner.quizzes[0].answers.slice().reverse());
  assert.equal(reordered.state.reset, 0);
});

test("a question's type changed: it is another question, reset alone", () => {
  const r = resumeOn((b) => { b.quizzes[0].questions[0] = choice("q-clouds", ["evaporation", "condensation", "collection"], "multiple"); });
  assert.equal(quiz1(r).answers[0], null);
  assert.deepEqual(quiz1(r).answers.slice(1), learner.quizzes[0].answers.slice(1));
  assert.equal(r.state.reset, 1);
});

test("sequencing: reordered or reworded items keep the order by identity; an item added resets the question", () => {
  const moved = resumeOn((b) => { b.quizzes[0].questions[5] = q("q-order", "sequencing", { choices: ["a", "b", "c"], keys: ["third", "first", "second"] }); });
  assert.equal(quiz1(moved).answers[5], "abc", "the learner's order third, first, second in today's letters");
  const added = resumeOn((b) => { b.quizzes[0].questions[5] = q("q-order", "sequencing", { choices: ["a", "b", "c", "d"], keys: ["first", "second", "third", "fourth"] }); });
  assert.equal(quiz1(added).answers[5], null);
});

test("matching: a pair added keeps the learner's pairs; a chosen right item gone resets the question", () => {
  const added = resumeOn((b) => {
    b.quizzes[0].questions[4] = q("q-match", "matching", { choices: ["a", "b", "c"], keys: ["prec", "evap", "cond"], targets: ["1", "2", "3"], targetKeys: ["falls", "rises", "clouds"] });
  });
  assert.equal(quiz1(added).answers[4], "_23");
  const gone = resumeOn((b) => {
    b.quizzes[0].questions[4] = q("q-match", "matching", { choices: ["a", "b"], keys: ["evap", "cond"], targets: ["1", "2"], targetKeys: ["rises", "forms clouds"] });
  });
  assert.equal(quiz1(gone).answers[4], null);
});

test("sections added, removed or reordered: sections seen and the bookmark follow their ids, quizzes their sections", () => {
  const added = resumeOn((b) => { b.sections.unshift({ id: "intro" }); });
  assert.deepEqual(added.state.visited, [false, true, true, false]);
  assert.equal(added.state.current, 2);
  assert.deepEqual(added.state.quizzes, learner.quizzes);
  const reordered = resumeOn((b) => { b.sections.reverse(); b.quizzes.reverse(); });
  assert.deepEqual(reordered.state.visited, [false, true, true]);
  assert.equal(reordered.state.current, 1);
  assert.deepEqual(reordered.state.quizzes[0].answers, ["c"]);
  const removed = resumeOn((b) => { b.sections.splice(2, 1); b.quizzes.splice(1, 1); });
  assert.deepEqual(removed.state.visited, [true, true]);
  assert.equal(removed.state.reset, 1, "the removed section's answer");
  const bookmarkGone = resumeOn((b) => { b.sections.splice(1, 1); });
  assert.equal(bookmarkGone.state.current, 0);
});

test("attempts changed: the attempts made are kept, up to the new limit", () => {
  const fewer = resumeOn((b) => { b.quizzes[0].limit = 1; });
  assert.equal(quiz1(fewer).attempts, 1);
  const unlimited = resumeOn((b) => { b.quizzes[0].limit = null; });
  assert.equal(quiz1(unlimited).attempts, 1);
  assert.equal(quiz1(unlimited).checked, true);
});

test("typed answers survive while the box still takes them", () => {
  const shorter = resumeOn((b) => { b.quizzes[0].questions[3] = q("q-name", "fill-in", { choices: ["a"], fillIn: { maxLength: 5 } }); });
  assert.equal(quiz1(shorter).answers[3], null, "cut, it would be another answer");
  assert.equal(shorter.state.reset, 1);
});

test("a state of the previous release (compact format) still resumes on the same course", () => {
  const saved = encodeCompact(learner, versionA());
  assert.deepEqual(decode(saved, versionA()), learner);
});

test("refused: what is not a keyed state at all, cut short, or with bits left over", () => {
  const text = encode(learner, versionA());
  for (const damaged of ["4", "4!!!", text.slice(0, -3), text + "AAAA"]) {
    assert.equal(decode(damaged, versionA()), null, damaged);
  }
});
