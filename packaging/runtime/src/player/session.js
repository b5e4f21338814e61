/*
 * The learner's session: the saved state, and what goes to the LMS (and to listeners such as runtime/xapi.js)
 * after each action; the scores it sends are judged by quiz/scores.js. `player` is the page runtime's state (start.js).
 */
import { events } from "../contract.js";
import { encode } from "../state/codec.js";
import { decimal } from "../scorm/format.js";
import { emit } from "../ui/dom.js";
import { courseScore, isFinal, mastery, outcomeResults } from "../quiz/scores.js";

/** What the page shows. */
export const VIEW = { section: "section", summary: "summary", closed: "closed" };

const stateOf = (quiz) => ({ attempts: quiz.attempts, checked: quiz.checked, answers: quiz.questions.map((q) => q.type.read(q)) });

// The learner's calendar day, as days since 1970-01-01 (the certificate prints it in UTC: the same day).
const today = () => { const now = new Date(); return Date.UTC(now.getFullYear(), now.getMonth(), now.getDate()) / 864e5; };

/**
 * The saved state (suspend_data, or localStorage without an LMS); the practice checks' kept when they fit (state/codec.js).
 * The first state written with the result final dates the completion (again after a retried quiz makes it final anew).
 */
export function encodeState(player) {
  player.completedOn = isFinal(player) ? player.completedOn || today() : 0;
  return encode({
    visited: player.visited,
    current: player.current,
    quizzes: player.course.quizzes.map(stateOf),
    checks: player.data.keepsPractice && player.course.checks.map(stateOf),
    registration: player.registration,
    completed: player.completedOn
  }, player.course);
}

export function saveLocal(player) {
  if (!player.lms.connected) player.store.write(player.storageKey, encodeState(player));
}

/** Writes the whole state (only what changed reaches the LMS); the caller commits. */
export function record(player) {
  saveLocal(player);
  if (!player.lms.connected) return;
  const course = player.course;
  player.lms.writeState({
    location: course.sections[player.current].id,
    suspendData: encodeState(player),
    complete: player.visited.every(Boolean),
    final: isFinal(player),
    score: courseScore(player),
    mastery: mastery(player),
    objectives: outcomeResults(player)
  });
}

export function commit(player) {
  player.lms.commit();
}

/** The learner leaves the current section (or the page). */
export function leaveSection(player) {
  if (player.view === VIEW.section && player.shownAt) {
    emit(player.doc, events.sectionExperienced, {
      section: player.course.sections[player.current].id, durationMs: Date.now() - player.shownAt
    });
  }
  player.shownAt = 0;
}

/**
 * The end of the session: the last state, the session time and LMSFinish, exactly once. `byLearner`: the learner
 * chose to leave (the exit button), which a SCORM 2004 target tells the LMS as a navigation request.
 */
export function finish(player, byLearner) {
  if (player.lms.finished) return;
  leaveSection(player);
  emit(player.doc, events.exit, { suspended: !isFinal(player), durationMs: Date.now() - player.startedAt });
  saveLocal(player);
  if (player.lms.connected) {
    record(player);
    player.lms.writeSessionTime(Date.now() - player.startedAt);
  }
  player.lms.finish({ byLearner: !!byLearner, suspended: !isFinal(player) });
}

/** The course result becoming final (again, after a retried quiz is checked). */
export function milestones(player) {
  const final = isFinal(player);
  if (final && !player.wasFinal) {
    const result = courseScore(player), took = Date.now() - player.startedAt;
    if (result !== null) {
      emit(player.doc, events.courseScored, {
        raw: +decimal(result), passed: result >= mastery(player), mastery: mastery(player) / 100, durationMs: took
      });
    }
    if (!player.completedSent) {
      player.completedSent = true;
      emit(player.doc, events.courseCompleted, { durationMs: took });
    }
  }
  player.wasFinal = final;
}

/** After an action: the state written and committed, then what it made final; nothing once the session has ended. */
export function save(player) {
  if (player.lms.finished) return;
  record(player);
  commit(player);
  milestones(player);
}
