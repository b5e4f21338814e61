/*
 * The practice checks' answers (::: check, docs/blocks.md), written after the saved state proper and a separator
 * (legacyState.fieldSeparator, which no other format's text holds), when the compiler found that the course's widest
 * state with them fits SCORM 1.2's room (course data keepsPractice; SuspendDataBudget.KeepsPractice): a check then
 * never costs a quiz its answers, and the quizzes' state reads the same with checks added, edited or removed.
 * The checks are written in the compact format (v3.js), as the quizzes of a course of one section: its fingerprint
 * refuses the answers of checks that an update changed (every check then starts empty; nothing else is touched).
 */
import * as v3 from "./v3.js";

const shape = (course) => ({ sections: [{ id: "" }], quizzes: course.checks });

/** @param {{attempts: number, checked: boolean, answers: string[]}[]} checks per check of the course, in order */
export function encode(checks, course) {
  return v3.encode({ visited: [0], current: 0, registration: "", quizzes: checks }, shape(course));
}

/** The checks' states, or null when the text is not theirs (another course, an edited check, damage). */
export function decode(text, course) {
  const saved = v3.decode(text, shape(course));
  return saved && saved.quizzes;
}
