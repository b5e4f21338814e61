/*
 * The saved state (cmi.suspend_data, or localStorage without an LMS): a pure codec, no DOM. encode() writes the
 * current version; decode() reads any version it knows, chosen by the leading field, and gives null for a state it
 * cannot read (another version, a foreign or damaged string, an edited course): the learner then starts afresh.
 * A new version is one more module like v2.js, put first in VERSIONS.
 */
import { savedState } from "../contract.js";
import * as v2 from "./v2.js";

/**
 * @typedef {object} SavedState
 * @property {boolean[]} visited  per section, in course order
 * @property {number} current     the index of the current section (the bookmark)
 * @property {{attempts: number, checked: boolean, answers: string[]}[]} quizzes  per quiz, in course order;
 *           answers in the question types' saved form (QuestionType.read), one per question
 * @property {string} registration  the xAPI registration (a UUID), or ""
 */

/**
 * What decoding needs to know of the course: how many sections, and each quiz's questions, each with its type
 * module (QuestionType.isValid checks a saved answer).
 * @typedef {{sections: {length: number}, quizzes: {questions: {type: import("../questions/registry.js").QuestionType}[]}[]}} CourseShape
 */

const VERSIONS = [v2]; // the first is written

/** @param {SavedState} model */
export function encode(model) {
  return VERSIONS[0].encode(model);
}

/**
 * @param {string} text
 * @param {CourseShape} course
 * @returns {SavedState|null}
 */
export function decode(text, course) {
  const version = String(text || "").split(savedState.fieldSeparator)[0];
  for (let i = 0; i < VERSIONS.length; i++) {
    if (VERSIONS[i].version === version) return VERSIONS[i].decode(text, course);
  }
  return null;
}
