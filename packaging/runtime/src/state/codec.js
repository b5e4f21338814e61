/*
 * The saved state (cmi.suspend_data, or localStorage without an LMS): a pure codec, no DOM. encode() writes the
 * compact format (v3.js); decode() also reads the text format of earlier releases (v2.js), whose answers it
 * translates to today's ids (QuestionType.fromLegacy), so that a learner who started before an upgrade loses nothing.
 * A state it cannot read (a foreign or damaged string, an edited course) gives null: the learner then starts afresh.
 */
import { legacyState } from "../contract.js";
import * as v2 from "./v2.js";
import * as v3 from "./v3.js";

/**
 * @typedef {object} SavedState
 * @property {boolean[]} visited  per section, in course order
 * @property {number} current     the index of the current section (the bookmark)
 * @property {{attempts: number, checked: boolean, answers: string[]}[]} quizzes  per quiz, in course order;
 *           answers in the question types' saved form (QuestionType.read), one per question
 * @property {string} registration  the xAPI registration (a UUID), or ""
 */

/**
 * What the codec needs to know of the course: its sections (ids), and each quiz's attempts limit and questions, each
 * with its id, its type module and its course data (`data`).
 * @typedef {{sections: {id: string}[], quizzes: {limit: (number|null), questions: {id: string, type: object, data: object}[]}[]}} CourseShape
 */

// A version-2 state's answers in today's ids (sequencing and matching ids are no longer in source order).
function fromLegacy(model, course) {
  if (!model) return null;
  model.quizzes.forEach((quiz, i) => {
    quiz.answers = quiz.answers.map((answer, j) => {
      const q = course.quizzes[i].questions[j];
      return q.type.fromLegacy ? q.type.fromLegacy(q, answer) : answer;
    });
  });
  return model;
}

/**
 * @param {SavedState} model
 * @param {CourseShape} course
 */
export function encode(model, course) {
  return v3.encode(model, course);
}

/**
 * @param {string} text
 * @param {CourseShape} course
 * @returns {SavedState|null}
 */
export function decode(text, course) {
  const saved = String(text || "");
  if (saved.startsWith(v3.marker)) return v3.decode(saved, course);
  if (saved.startsWith(legacyState.version + legacyState.fieldSeparator)) return fromLegacy(v2.decode(saved, course), course);
  return null;
}
