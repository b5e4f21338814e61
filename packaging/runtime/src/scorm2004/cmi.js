/*
 * What the runtime reads from and writes to the SCORM 2004 data model. Completion and success are kept apart:
 * completed once every section was seen; passed or failed once every quiz is checked, from the score against the
 * scaled passing score (the LMS's cmi.scaled_passing_score, else the course's). The course and each outcome
 * (cmi.objectives.n.success_status) are judged against that one pass mark, as the LMS judges cmi.score.scaled
 * (docs/scorm2004-pass-mark.md). Every value goes through the connection's set(), which skips what the LMS holds
 * already; the caller commits.
 */
import { cmi2004 as cmi } from "../contract.js";
import { appendInteractions, interactionCursor } from "../scorm/interactions.js";
import { decimal } from "../scorm/format.js";
import { duration, identifier, scaled, timestamp, MAX_DESCRIPTION } from "./format.js";

/** cmi.completion_status and cmi.success_status values. */
export const completion = { completed: "completed", incomplete: "incomplete", notAttempted: "not attempted", unknown: "unknown" };
export const success = { passed: "passed", failed: "failed", unknown: "unknown" };
/** cmi.entry values. */
export const entry = { abInitio: "ab-initio", resume: "resume" };
const EXIT = { suspend: "suspend", normal: "normal" };
const RESULT = { correct: "correct", incorrect: "incorrect" };
// The elements below cmi.objectives.n. and cmi.interactions.n. (learner_response from the contract: its "learner"
// would read as a storage key to test/contract-literals.test.js).
const OBJECTIVE = {
  id: "id", scaled: "score.scaled", min: "score.min", max: "score.max", raw: "score.raw",
  success: "success_status", completion: "completion_status"
};
const INTERACTION = {
  timestamp: "timestamp", weighting: "weighting",
  response: cmi.learnerResponse, pattern: "correct_responses.0.pattern", result: "result", latency: "latency",
  description: "description"
};
const DECIMAL = /^-?\d+(\.\d+)?$/;

/**
 * The LMS's cmi.scaled_passing_score (real(10,7), -1..1) as a passing score of 0..100, NaN when it gives none. A
 * negative one passes every score (ours are 0..1); the percentage keeps the value's own digits (0.55 is 55, not
 * the 55.00000000000001 of 100 × 0.55).
 */
export function passingPercent(text) {
  if (!DECIMAL.test(text) || +text < -1 || +text > 1) return NaN;
  return Math.max(0, Math.round(parseFloat(text) * 1e7) / 1e5);
}

/**
 * Passed: the cmi.score.scaled written for `score` reaches the pass mark of `mastery` (0..100), the comparison
 * the LMS makes of the same two values.
 */
export function reaches(score, mastery) {
  return +scaled(score) >= Math.round(mastery * 1e5) / 1e7;
}

/** @param {ReturnType<import("../scorm/api.js").createLms>} lms a connection in the SCORM 2004 dialect */
export function createCmi(lms) {
  let objectivesOn = false, interactions = interactionCursor(null), bestScore = null, completedBefore = false;
  // Each outcome's index in cmi.objectives: where the LMS holds it already (from the manifest or an earlier
  // session), else appended after the last.
  const objectiveIndex = {};
  let objectiveCount = 0;

  function readObjectives() {
    const count = lms.get(cmi.objectivesCount);
    if (count === null || !/^\d+$/.test(count)) return false;
    objectiveCount = parseInt(count, 10);
    for (let k = 0; k < objectiveCount; k++) {
      const id = lms.get(cmi.objectives + k + "." + OBJECTIVE.id);
      if (id) objectiveIndex[id] = k;
    }
    return true;
  }

  function indexOf(id) {
    if (!(id in objectiveIndex)) objectiveIndex[id] = objectiveCount++;
    return objectiveIndex[id];
  }

  function writeObjective(objective) {
    const id = identifier(objective.id), prefix = cmi.objectives + indexOf(id) + ".";
    if (!lms.set(prefix + OBJECTIVE.id, id)) return false;
    if (objective.score !== null) {
      lms.set(prefix + OBJECTIVE.scaled, scaled(objective.score));
      lms.set(prefix + OBJECTIVE.min, "0");
      lms.set(prefix + OBJECTIVE.max, "100");
      lms.set(prefix + OBJECTIVE.raw, decimal(objective.score));
    }
    lms.set(prefix + OBJECTIVE.success, !objective.complete || objective.score === null ? success.unknown
      : objective.mastered ? success.passed : success.failed);
    lms.set(prefix + OBJECTIVE.completion, objective.complete ? completion.completed : completion.incomplete);
    return true;
  }

  return {
    /**
     * What the LMS holds at launch (all empty without an LMS); `mastery` is NaN when the LMS gives none. `quick`
     * reads suspend_data alone, all the first paint needs (src/player/start.js): the rest is read before the set-up.
     */
    read(hasOutcomes, quick) {
      const held = { entry: "", completion: "", success: "", location: "", suspend: "", learner: "", name: "", mastery: NaN };
      if (!lms.connected) return held;
      held.suspend = lms.get(cmi.suspendData) || "";
      if (quick) return held;
      held.entry = lms.get(cmi.entry) || "";
      held.completion = lms.get(cmi.completionStatus) || "";
      held.success = lms.get(cmi.successStatus) || "";
      held.location = lms.get(cmi.location) || "";
      held.learner = lms.get(cmi.learnerId) || "";
      held.name = lms.get(cmi.learnerName) || "";
      const scoreText = lms.get(cmi.scoreScaled) || "";
      if (held.success !== success.unknown && held.success !== "" && DECIMAL.test(scoreText)) bestScore = 100 * parseFloat(scoreText);
      held.mastery = passingPercent(lms.get(cmi.scaledPassingScore) || "");
      objectivesOn = hasOutcomes && readObjectives();
      interactions = interactionCursor(lms.get(cmi.interactionsCount));
      completedBefore = held.completion === completion.completed;
      lms.know(cmi.completionStatus, held.completion);
      lms.know(cmi.successStatus, held.success);
      lms.know(cmi.location, held.location);
      lms.know(cmi.suspendData, held.suspend);
      return held;
    },

    keepObjectives() { objectivesOn = false; },

    /** Marks the attempt begun, committed on its own (a status the LMS holds already is not written again). */
    beginAttempt(held) {
      if (held.completion === completion.completed || held.completion === completion.incomplete) return;
      lms.set(cmi.completionStatus, completion.incomplete);
      lms.commit();
    },

    /**
     * Writes the whole state (src/player/session.js record()); only what changed reaches the LMS.
     * @param {{location: string, suspendData: string, complete: boolean, final: boolean, score: number|null,
     *          mastery: number, objectives: {id: string, score: number|null, complete: boolean, mastered: boolean}[]}} state
     */
    writeState(state) {
      lms.set(cmi.location, state.location);
      lms.set(cmi.suspendData, state.suspendData);
      // Completed stays completed (a saved state this version could not read starts the sections unseen again).
      if (state.complete || !completedBefore) lms.set(cmi.completionStatus, state.complete ? completion.completed : completion.incomplete);
      if (state.final && state.score !== null && (bestScore === null || state.score >= bestScore)) {
        // Never a worse result than the LMS holds: a learner who passed and tries a quiz again stays passed.
        lms.set(cmi.scoreScaled, scaled(state.score));
        lms.set(cmi.scoreMin, "0");
        lms.set(cmi.scoreMax, "100");
        lms.set(cmi.scoreRaw, decimal(state.score));
        lms.set(cmi.successStatus, reaches(state.score, state.mastery) ? success.passed : success.failed);
        bestScore = state.score;
      }
      lms.set(cmi.exit, state.final ? EXIT.normal : EXIT.suspend);
      for (let i = 0; i < state.objectives.length && objectivesOn; i++) {
        if (!writeObjective(state.objectives[i])) objectivesOn = false;
      }
    },

    /**
     * One interaction per question of a checked quiz, appended at cmi.interactions._count.
     * @param {{section: string, id: string, scormType: string, outcomes: string[], weight: number,
     *          scorm2004Response: string|null, pattern: string, right: boolean, description: string}[]} answers
     * @param {number} startedAt when the attempt started (ms), for the latency
     */
    writeInteractions(answers, startedAt) {
      const now = new Date(), latency = duration(now.getTime() - startedAt);
      appendInteractions(lms, interactions, cmi.interactions, identifier, answers, (answer) => [
        [INTERACTION.timestamp, timestamp(now)],
        [INTERACTION.weighting, String(answer.weight)],
        [INTERACTION.response, answer.scorm2004Response || null],
        [INTERACTION.pattern, answer.pattern || null],
        [INTERACTION.result, answer.right ? RESULT.correct : RESULT.incorrect],
        [INTERACTION.latency, latency],
        [INTERACTION.description, answer.description ? answer.description.slice(0, MAX_DESCRIPTION) : null]
      ]);
    },

    writeSessionTime(ms) {
      lms.set(cmi.sessionTime, duration(ms));
    }
  };
}
