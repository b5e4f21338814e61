/*
 * What the runtime reads from and writes to the SCORM 1.2 data model: the launch values, the state after each
 * learner action (location, suspend_data, exit, the final score and status, the objectives), the interactions of a
 * checked quiz, and the session time. Every value goes through the LMS connection's set(), which skips what the LMS
 * holds already; the caller commits.
 */
import { cmi } from "../contract.js";
import { appendInteractions, interactionCursor } from "./interactions.js";
import { decimal, identifier, timeOfDay, timespan, MAX_FEEDBACK } from "./format.js";

/** cmi.core.lesson_status values. */
export const lessonStatus = {
  notAttempted: "not attempted", incomplete: "incomplete", completed: "completed", passed: "passed", failed: "failed"
};
/** cmi.core.entry values. */
export const entry = { abInitio: "ab-initio", resume: "resume" };
const EXIT_SUSPEND = "suspend";
const RESULT = { correct: "correct", wrong: "wrong" };
// The elements below cmi.objectives.n. and cmi.interactions.n.
const OBJECTIVE = { id: "id", min: "score.min", max: "score.max", raw: "score.raw", status: "status" };
const INTERACTION = {
  time: "time", weighting: "weighting",
  response: "student_response", pattern: "correct_responses.0.pattern", result: "result", latency: "latency"
};
const DECIMAL = /^\d+(\.\d+)?$/;

/** @param {ReturnType<import("./api.js").createLms>} lms */
export function createCmi(lms) {
  let objectivesOn = false, interactions = interactionCursor(null), bestScore = null;

  return {
    /**
     * What the LMS holds at launch (all empty without an LMS); `mastery` is NaN when the LMS gives none. `quick`
     * reads suspend_data alone, all the first paint needs (src/player/start.js): the rest is read before the set-up.
     */
    read(hasOutcomes, quick) {
      const held = { entry: "", status: "", location: "", suspend: "", learner: "", name: "", mastery: NaN };
      if (!lms.connected) return held;
      held.suspend = lms.get(cmi.suspendData) || "";
      if (quick) return held;
      held.entry = lms.get(cmi.entry) || "";
      held.status = lms.get(cmi.lessonStatus) || "";
      held.location = lms.get(cmi.lessonLocation) || "";
      held.learner = lms.get(cmi.studentId) || "";
      held.name = lms.get(cmi.studentName) || "";
      const scoreText = lms.get(cmi.scoreRaw) || "";
      if (/^(passed|failed)$/.test(held.status) && DECIMAL.test(scoreText)) bestScore = parseFloat(scoreText);
      const masteryText = lms.get(cmi.masteryScore) || "";
      if (DECIMAL.test(masteryText)) held.mastery = parseFloat(masteryText);
      objectivesOn = hasOutcomes && lms.get(cmi.objectivesCount) !== null;
      interactions = interactionCursor(lms.get(cmi.interactionsCount));
      // What the LMS holds already need not be written again.
      lms.know(cmi.lessonStatus, held.status);
      lms.know(cmi.lessonLocation, held.location);
      lms.know(cmi.suspendData, held.suspend);
      return held;
    },

    /** Leaves the objectives the LMS holds as they are. */
    keepObjectives() { objectivesOn = false; },

    /**
     * Writes the whole state; only what changed reaches the LMS.
     * @param {{location: string, suspendData: string, final: boolean, score: number|null, mastery: number,
     *          objectives: {id: string, score: number|null, mastered: boolean}[]}} state
     */
    writeState(state) {
      lms.set(cmi.lessonLocation, state.location);
      lms.set(cmi.suspendData, state.suspendData);
      if (state.final && state.score === null) {
        lms.set(cmi.lessonStatus, lessonStatus.completed);
      } else if (state.final && (bestScore === null || state.score >= bestScore)) {
        // The score only once it is final: Moodle applies its mastery override to any raw score at LMSFinish.
        // Never a worse one than the LMS holds: a learner who passed and tries a quiz again for practice stays passed.
        lms.set(cmi.scoreMin, "0");
        lms.set(cmi.scoreMax, "100");
        lms.set(cmi.scoreRaw, decimal(state.score));
        lms.set(cmi.lessonStatus, state.score >= state.mastery ? lessonStatus.passed : lessonStatus.failed);
        bestScore = state.score;
      }
      lms.set(cmi.exit, state.final ? "" : EXIT_SUSPEND);
      // One objective per outcome, at its position in the outcomes array, written in order from 0.
      for (let i = 0; i < state.objectives.length && objectivesOn; i++) {
        const prefix = cmi.objectives + i + ".", objective = state.objectives[i];
        if (!lms.set(prefix + OBJECTIVE.id, identifier(objective.id))) { objectivesOn = false; break; }
        if (objective.score !== null) {
          lms.set(prefix + OBJECTIVE.min, "0");
          lms.set(prefix + OBJECTIVE.max, "100");
          lms.set(prefix + OBJECTIVE.raw, decimal(objective.score));
        }
        lms.set(prefix + OBJECTIVE.status, objective.score === null ? lessonStatus.incomplete
          : objective.mastered ? lessonStatus.passed : lessonStatus.failed);
      }
    },

    /**
     * One interaction per question of a checked quiz, appended at cmi.interactions._count.
     * @param {{section: string, id: string, scormType: string, outcomes: string[], weight: number,
     *          response: string|null, pattern: string, right: boolean}[]} answers
     * @param {number} startedAt when the attempt started (ms), for the latency
     */
    writeInteractions(answers, startedAt) {
      const now = new Date(), latency = timespan(now.getTime() - startedAt);
      appendInteractions(lms, interactions, cmi.interactions, identifier, answers, (answer) => [
        [INTERACTION.time, timeOfDay(now)],
        [INTERACTION.weighting, String(answer.weight)],
        [INTERACTION.response, answer.response],
        [INTERACTION.pattern, answer.pattern.slice(0, MAX_FEEDBACK)],
        [INTERACTION.result, answer.right ? RESULT.correct : RESULT.wrong],
        [INTERACTION.latency, latency]
      ]);
    },

    writeSessionTime(ms) {
      lms.set(cmi.sessionTime, timespan(ms));
    }
  };
}
