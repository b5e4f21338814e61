// quiz/scores.js outcomeResults(): the one computation of each outcome's result, for cmi.objectives and the summary.
import { test } from "node:test";
import assert from "node:assert/strict";
import { outcomeResults } from "../src/quiz/scores.js";
import { reaches } from "../src/scorm2004/cmi.js";

function player(lms, passingScore) {
  const quiz = { checked: true };
  const q = (right) => ({ quiz, weight: 1, right });
  return {
    lms, passingScore, lmsMastery: NaN,
    course: {
      outcomes: [{ id: "W1" }, { id: "W2" }, { id: "W3" }],
      outcomeQuestions: { W1: [q(true), q(true)], W2: [q(true), q(true), q(false)], W3: [] }
    }
  };
}

test("each outcome's score, completeness and mastery, judged against the pass mark", () => {
  assert.deepEqual(outcomeResults(player({}, 60)), [
    { id: "W1", score: 100, complete: true, mastered: true },
    { id: "W2", score: 200 / 3, complete: true, mastered: true },
    { id: "W3", score: null, complete: true, mastered: false }
  ]);
});

test("a SCORM 2004 target judges mastery as the LMS compares the written score.scaled", () => {
  // 66.666…% is written as score.scaled 0.6667, which reaches a pass mark of 0.6667 (66.67 %).
  const mark = 66.67;
  assert.equal(outcomeResults(player({}, mark))[1].mastered, false, "the score itself is below the mark");
  assert.equal(outcomeResults(player({ reaches }, mark))[1].mastered, true, "its scaled value reaches it");
});
