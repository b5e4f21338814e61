/*
 * The keyed saved state by quiz (docs/republishing.md, "Very large courses"), for a course whose keyed state (v4.js)
 * could overflow SCORM 1.2's 4096 characters. Sections are kept under their keys, as in v4.js; a quiz's answers are
 * kept together, packed as in v3.js (QuestionType.pack), under a key of what they depend on (its questions' ids,
 * types and widths, the identities of their choices, items and pairs in order): after an update a quiz whose key
 * changed starts afresh (its attempts kept), every other one is kept whole. The marker, then bits, six to a character:
 *
 *   widths        4 bits: every quiz's attempts field; 5 bits: the field of every quiz's answers' length
 *   sections      how many (12 bits), the bookmark (a position among them), the registration (as v3.js),
 *                 then per section: its key, seen (1 bit), has a quiz (1 bit)
 *   quizzes       per section with a quiz, in that order: the quiz's key, attempts, checked (1 bit), the length of
 *                 its answers in bits, then its answers
 *
 * The compiler counts the same fields at their widest (Validation/SuspendDataBudget.cs).
 */
import { savedState } from "../contract.js";
import { bitsToHold, createReader, createWriter } from "./bits.js";
import { attemptCap, readRegistration, writeRegistration } from "./v3.js";
import { keyOf } from "./v4.js";

export const marker = savedState.quizKeyedMarker;

const KEY = savedState.keyBits, SECTIONS = savedState.keyedSectionCountBits;
const ATTEMPTS = savedState.quizKeyedAttemptsWidthBits, LENGTH = savedState.quizKeyedLengthWidthBits;

// What a quiz's packed answers mean: a quiz whose key changed is not read by position. Kept per quiz (it depends on
// the course only): every action of a 3,000-question course writes the state, and these keys were most of its time.
const quizKeys = new WeakMap();
function quizKey(quiz) {
  if (!quizKeys.has(quiz)) {
    quizKeys.set(quiz, keyOf(JSON.stringify(quiz.questions.map((q) => {
      const d = q.data;
      return [q.id, q.type.name, q.type.stateBits(d), d.choices, d.keys, d.targets, d.targetKeys];
    }))));
  }
  return quizKeys.get(quiz);
}

const answerBits = (quiz) => quiz.questions.reduce((sum, q) => sum + q.type.stateBits(q.data), 0);
const widest = (course, width) => course.quizzes.reduce((most, quiz) => Math.max(most, width(quiz)), 0);
const quizOf = (course, section) => course.quizzes.findIndex((quiz) => quiz.section.id === section.id);

/** Whether the course has more sections than the format's count holds. */
export function tooLarge(course) {
  return course.sections.length >= Math.pow(2, SECTIONS);
}

/**
 * @param {import("./codec.js").SavedState} model
 * @param {import("./codec.js").CourseShape} course
 */
export function encode(model, course) {
  const out = createWriter(), n = course.sections.length;
  const attempts = widest(course, (quiz) => bitsToHold(attemptCap(quiz) + 1)), length = bitsToHold(widest(course, answerBits) + 1);
  out.write(attempts, ATTEMPTS);
  out.write(length, LENGTH);
  out.write(n, SECTIONS);
  out.write(model.current, bitsToHold(n));
  writeRegistration(out, model.registration);
  course.sections.forEach((s, k) => {
    out.write(keyOf(s.id), KEY);
    out.write(model.visited[k] ? 1 : 0, 1);
    out.write(quizOf(course, s) >= 0 ? 1 : 0, 1);
  });
  course.sections.forEach((s) => {
    const i = quizOf(course, s), quiz = course.quizzes[i], state = model.quizzes[i];
    if (!quiz) return;
    out.write(quizKey(quiz), KEY);
    out.write(Math.min(state.attempts, attemptCap(quiz)), attempts);
    out.write(state.checked ? 1 : 0, 1);
    out.write(answerBits(quiz), length);
    quiz.questions.forEach((q, j) => { q.type.pack(q.data, state.answers[j], out); });
  });
  return marker + out.text();
}

/**
 * The state carried over to the course as it is now: the sections seen and the bookmark by key, each quiz whose
 * key is unchanged whole, the attempts of the others (their answers reset: `reset` counts their questions).
 * @param {string} text
 * @param {import("./codec.js").CourseShape} course
 * @returns {import("./codec.js").SavedState|null}
 */
export function decode(text, course) {
  const input = createReader(String(text).slice(marker.length));
  if (!input) return null;
  const attemptsWidth = input.read(ATTEMPTS), lengthWidth = input.read(LENGTH), n = input.read(SECTIONS);
  const bookmark = input.read(bitsToHold(n)), registration = readRegistration(input), saved = [];
  for (let k = 0; k < n; k++) saved.push({ key: input.read(KEY), seen: input.read(1), quiz: input.read(1) });
  // A section is found again by its key, when exactly one section has it.
  const keys = course.sections.map((s) => keyOf(s.id));
  const found = saved.map((s) => (keys.indexOf(s.key) === keys.lastIndexOf(s.key) ? keys.indexOf(s.key) : -1));
  const quizzes = course.quizzes.map((quiz) => ({ attempts: 0, checked: false, answers: quiz.questions.map(() => null) }));
  let reset = 0;
  for (let j = 0; j < n; j++) {
    if (saved[j].quiz !== 1) continue;
    const key = input.read(KEY), attempts = input.read(attemptsWidth), checked = input.read(1) === 1, length = input.read(lengthWidth);
    const k = found[j], i = k < 0 ? -1 : quizOf(course, course.sections[k]), quiz = course.quizzes[i];
    if (quiz && key === quizKey(quiz) && length === answerBits(quiz)) {
      const answers = quiz.questions.map((q) => q.type.unpack(q.data, input));
      if (answers.includes(null)) return null;
      quizzes[i] = { attempts: Math.min(attempts, attemptCap(quiz)), checked, answers };
      continue;
    }
    let answered = 0;
    for (let b = 0; b < length; b++) answered |= input.read(1);
    if (!quiz) continue;
    // As in v4.js: a checked quiz whose answers are reset is opened again, with an attempt left to answer them.
    const cap = attemptCap(quiz);
    quizzes[i].attempts = Math.min(attempts, checked && quiz.limit !== null ? Math.max(cap - 1, 0) : cap);
    if (answered) reset += quiz.questions.length;
  }
  if (!(bookmark < n) || !input.atEnd()) return null;
  return {
    visited: keys.map((key, k) => saved.some((s, j) => s.seen === 1 && found[j] === k)),
    current: Math.max(found[bookmark], 0),
    quizzes, registration, reset
  };
}
