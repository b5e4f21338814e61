/*
 * The saved state (cmi.suspend_data, or localStorage without an LMS): a pure codec, no DOM. encode() writes the
 * keyed format (v4.js), in which every section, quiz and answer is kept under its identity so that a learner
 * resuming on an updated course keeps what did not change; a course too large for it to fit SCORM 1.2's 4096
 * characters gets the keyed format by quiz (v5.js: sections by identity, each quiz's answers together), and one too
 * large even for that the compact format (v3.js). decode() reads all three, and the text format of earlier releases (v2.js),
 * whose answers it translates to today's ids (QuestionType.fromLegacy), so that a learner who started before an
 * upgrade loses nothing. A state it cannot read (a foreign or damaged string, or a compact one of an edited course)
 * gives null: the learner then starts afresh.
 */
import { legacyState, savedState } from "../contract.js";
import { decode as decode2 } from "./v2.js";
import { decode as decode3, encode as encode3, marker as marker3 } from "./v3.js";
import { decode as decode4, encode as encode4, marker as marker4, tooLarge as tooLarge4 } from "./v4.js";
import { decode as decode5, encode as encode5, marker as marker5, tooLarge as tooLarge5 } from "./v5.js";
import { decode as decodePractice, encode as encodePractice } from "./practice.js";

/**
 * @typedef {object} SavedState
 * @property {boolean[]} visited  per section, in course order
 * @property {number} current     the index of the current section (the bookmark)
 * @property {{attempts: number, checked: boolean, answers: (string|null)[]}[]} quizzes  per quiz, in course order;
 *           answers in the question types' saved form (QuestionType.read), one per question; null (decoded only)
 *           for a question that starts afresh (new since the state was saved, or reset by an update)
 * @property {string} registration  the xAPI registration (a UUID), or ""
 * @property {{attempts: number, checked: boolean, answers: string[]}[]|null} [checks]  per practice check, in
 *           course order, as quizzes: written when the course keeps them (state/practice.js); decoded when unchanged
 * @property {number} [reset]  decoded only: how many answers an update of the course reset (the learner is told)
 * @property {number} [completed]  the day the course was completed (days since 1970-01-01 of the learner's calendar
 *           date), for the certificate: written last, only when the state still fits SCORM 1.2's room with it
 */

/**
 * What the codec needs to know of the course: its sections (ids), and each quiz's section, attempts limit and
 * questions, each with its id, its type module and its course data (`data`).
 * @typedef {{sections: {id: string}[], quizzes: {section: {id: string}, limit: (number|null), questions: {id: string, type: object, data: object}[]}[]}} CourseShape
 */

// The formats encode() writes, as plain objects (namespace imports would bundle as tables of getters).
const v3 = { marker: marker3, encode: encode3 };
const v4 = { marker: marker4, encode: encode4, tooLarge: tooLarge4 }, v5 = { marker: marker5, encode: encode5, tooLarge: tooLarge5 };

const formats = new WeakMap(), WIDEST_REGISTRATION = "ffffffff-ffff-4fff-bfff-ffffffffffff", PRACTICE = legacyState.fieldSeparator;

/**
 * The format a course's state is written in: the first of v4, v5 whose widest state (every section seen, every
 * answer at its widest, a registration kept) fits SCORM 1.2's cmi.suspend_data, else v3. The compiler's
 * SuspendDataBudget.FormatOf agrees.
 * @returns {{marker: string, encode: Function, tooLarge?: Function}} the format (its marker names it)
 */
export function formatOf(course) {
  if (!formats.has(course)) {
    const widest = {
      visited: course.sections.map(() => true), current: 0, registration: WIDEST_REGISTRATION,
      quizzes: course.quizzes.map((quiz) => ({ attempts: 0, checked: true, answers: quiz.questions.map((q) => q.type.worstCaseAnswer(q.data)) }))
    };
    formats.set(course, [v4, v5].find((format) => !format.tooLarge(course) && format.encode(widest, course).length <= savedState.limit) || v3);
  }
  return formats.get(course);
}

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
  const text = formatOf(course).encode(model, course) + (model.checks ? PRACTICE + encodePractice(model.checks, course) : "");
  // The completion day after a third field (the checks' may be empty): never counted in the budget, so left out
  // when it would not fit; the certificate then shows the day it is shown (docs/ending.md).
  const day = model.completed ? PRACTICE.repeat(model.checks ? 1 : 2) + model.completed.toString(36) : "";
  return text.length + day.length <= savedState.limit ? text + day : text;
}

// The state without the practice checks' part (`saved`); a version-2 state, which has no such part, whole (`text`).
function decodeQuizzes(saved, text, course) {
  if (saved.startsWith(marker4)) return decode4(saved, course);
  if (saved.startsWith(marker5)) return decode5(saved, course);
  if (saved.startsWith(marker3)) return decode3(saved, course);
  if (saved === legacyState.version) return fromLegacy(decode2(text, course), course);
  return null;
}

/**
 * @param {string} text
 * @param {CourseShape} course
 * @returns {SavedState|null}
 */
export function decode(text, course) {
  const [saved, checks, day] = String(text || "").split(PRACTICE), model = decodeQuizzes(saved, text, course);
  if (!model || saved === legacyState.version) return model;
  if (checks) model.checks = decodePractice(checks, course);
  if (/^[0-9a-z]{1,5}$/.test(day || "")) model.completed = parseInt(day, 36);
  return model;
}
