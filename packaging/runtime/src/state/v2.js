/*
 * suspend_data version 2 (docs/runtime-contract.md, "suspend_data encoding"):
 *
 *   state    := "2" "|" visited "|" bookmark "|" quiz ( "~" quiz )* [ "|" registration ]
 *   visited  := one character per section in course order: "1" seen, "0" not
 *   bookmark := base-36 index of the current section
 *   quiz     := attempts "." checked ( "." answer )*     one per quiz, in course order
 *   attempts := base-36 count of checks;  checked := "1" or "0"
 *   registration := the xAPI registration's 32 lowercase hex digits
 *   answer   := the question type's saved answer, with % . ~ | written as %25 %2E %7E %7C
 *
 * Only typed answers (fill-in, numeric) can hold those four characters; every other type's saved answer is made of
 * choice letters, digits and "_", which escaping leaves as they are. So every answer is escaped here, and the
 * format is the one the version-2 runtime wrote.
 */
import { savedState } from "../contract.js";
import { compact, expand, isCompactUuid } from "../uuid.js";

export const version = savedState.version;

const FIELD = savedState.fieldSeparator, QUIZ = savedState.quizSeparator, ANSWER = savedState.answerSeparator;
const BASE36 = /^[0-9a-z]+$/;

// "%.~|" -> /[%.~|]/g and /%(25|2E|7E|7C)/gi
const special = new RegExp("[" + savedState.escapedCharacters.replace(/[\\\]^-]/g, "\\$&") + "]", "g");
const codes = savedState.escapedCharacters.split("").map((c) => c.charCodeAt(0).toString(16).toUpperCase());
const escapedCode = new RegExp("%(" + codes.join("|") + ")", "gi");

export function escape(s) {
  return s.replace(special, (c) => "%" + c.charCodeAt(0).toString(16).toUpperCase());
}

export function unescape(s) {
  return s.replace(escapedCode, (match, hex) => String.fromCharCode(parseInt(hex, 16)));
}

/** @param {import("./codec.js").SavedState} model */
export function encode(model) {
  return version + FIELD + model.visited.map((seen) => (seen ? "1" : "0")).join("") + FIELD + model.current.toString(36) +
    FIELD + model.quizzes.map((quiz) => [quiz.attempts.toString(36), quiz.checked ? "1" : "0"]
      .concat(quiz.answers.map(escape)).join(ANSWER)).join(QUIZ) +
    (model.registration ? FIELD + compact(model.registration) : "");
}

/**
 * @param {string} text
 * @param {import("./codec.js").CourseShape} course
 * @returns {import("./codec.js").SavedState|null}
 */
export function decode(text, course) {
  const parts = String(text || "").split(FIELD);
  let registration = "";
  // An optional fifth part: the xAPI registration, so that a relaunch on any device continues it.
  if (parts.length === 5 && isCompactUuid(parts[4])) registration = expand(parts.pop());
  const sections = course.sections.length;
  if (parts.length !== 4 || parts[0] !== version || parts[1].length !== sections || /[^01]/.test(parts[1]) ||
      !BASE36.test(parts[2]) || parseInt(parts[2], 36) >= sections) return null;
  const saved = parts[3] === "" ? [] : parts[3].split(QUIZ);
  if (saved.length !== course.quizzes.length) return null;
  const quizzes = [];
  for (let i = 0; i < saved.length; i++) {
    const questions = course.quizzes[i].questions, fields = saved[i].split(ANSWER);
    if (fields.length !== 2 + questions.length || !BASE36.test(fields[0]) || /[^01]/.test(fields[1])) return null;
    const answers = [];
    for (let j = 0; j < questions.length; j++) {
      const q = questions[j], answer = unescape(fields[2 + j]);
      if (!q.type.isValid(q, answer)) return null;
      answers.push(answer);
    }
    quizzes.push({ attempts: parseInt(fields[0], 36), checked: fields[1] === "1", answers });
  }
  return { visited: parts[1].split("").map((v) => v === "1"), current: parseInt(parts[2], 36), quizzes, registration };
}
