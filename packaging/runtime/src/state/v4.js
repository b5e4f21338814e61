/*
 * The keyed saved state (docs/runtime-contract.md, "The saved state"; docs/republishing.md): every unit that can
 * survive an update of the course on its own is written under its identity, never by its position, so that a
 * learner resuming on an edited course keeps everything whose meaning did not change. The marker, then bits, six to
 * a character:
 *
 *   bookmark      the key of the current section
 *   registration  1 bit (kept?) then, if kept, the xAPI registration's 128 bits
 *   visited       how many sections were seen, then the key of each
 *   quizzes       how many, then per quiz:
 *     section     the key of its section
 *     attempts    0 to 1295, checked (1 bit)
 *     questions   how many, then per question: its key (its id and type), the kind of its answer and the answer by
 *                 identity (questions/keyed.js): the keys of the chosen choices or ordered items, the keys of each
 *                 chosen pair, or the typed text
 *
 * A key is a 16-bit hash of an identity (a section id, a question id and type, a choice's key). An answer whose
 * choices cannot all be found again, each exactly once, is not restored: that question alone starts afresh.
 * The compiler counts the same fields at their widest (Validation/SuspendDataBudget.cs); when they could overflow
 * SCORM 1.2's 4096 characters (a very large course) the player writes the compact format (v3.js) instead.
 */
import { savedState } from "../contract.js";
import { hash } from "../shuffle.js";
import { bitsToHold, createReader, createWriter } from "./bits.js";
import { attemptCap, readRegistration, writeRegistration } from "./v3.js";

export const marker = savedState.keyedMarker;

const KEY = savedState.keyBits, KIND = savedState.keyedKindBits, LIST = savedState.keyedListCountBits;
const TEXT = savedState.keyedTextLengthBits, UNIT = savedState.textUnitBits;
const SECTIONS = savedState.keyedSectionCountBits, QUESTIONS = savedState.keyedQuestionCountBits;
const ATTEMPTS = bitsToHold(savedState.maxCountedAttempts + 1);
const KINDS = { ids: 0, pairs: 1, text: 2 };

/** The key of an identity. */
export function keyOf(identity) {
  return hash(String(identity)) % Math.pow(2, KEY);
}

/** A question's key: its id and its type (a question whose type changed is another question). */
export function questionKey(q) {
  return keyOf(q.id + "/" + q.type.name);
}

/** The position of the one key of `keys` whose key is `saved`; -1 for none or several. */
export function find(keys, saved) {
  let at = -1;
  for (let i = 0; i < keys.length; i++) {
    if (keyOf(keys[i]) !== saved) continue;
    if (at >= 0) return -1;
    at = i;
  }
  return at;
}

/** Whether the course has more sections, quizzes or questions in a quiz than the format's counts hold. */
export function tooLarge(course) {
  return course.sections.length >= Math.pow(2, SECTIONS) || course.quizzes.some((quiz) => quiz.questions.length >= Math.pow(2, QUESTIONS));
}

function writeAnswer(out, keyed) {
  if (typeof keyed.text === "string") {
    const text = keyed.text.slice(0, Math.pow(2, TEXT) - 1);
    out.write(KINDS.text, KIND);
    out.write(text.length, TEXT);
    for (let i = 0; i < text.length; i++) out.write(text.charCodeAt(i), UNIT);
  } else if (keyed.pairs) {
    out.write(KINDS.pairs, KIND);
    out.write(keyed.pairs.length, LIST);
    keyed.pairs.forEach((pair) => { out.write(keyOf(pair[0]), KEY); out.write(keyOf(pair[1]), KEY); });
  } else {
    out.write(KINDS.ids, KIND);
    out.write(keyed.ids.length, LIST);
    keyed.ids.forEach((id) => { out.write(keyOf(id), KEY); });
  }
}

// Reads n values of `width` bits; null past the end.
function readList(input, n, width) {
  const values = [];
  for (let i = 0; i < n; i++) values.push(input.read(width));
  return values.some(isNaN) ? null : values;
}

function readAnswer(input) {
  const kind = input.read(KIND);
  if (kind === KINDS.text) {
    const units = readList(input, input.read(TEXT), UNIT);
    return units && { text: String.fromCharCode.apply(null, units) };
  }
  const n = input.read(LIST);
  if (kind === KINDS.pairs) {
    const keys = readList(input, 2 * n, KEY);
    return keys && { pairs: keys.filter((key, i) => i % 2 === 0).map((key, i) => [key, keys[2 * i + 1]]) };
  }
  if (kind !== KINDS.ids) return null;
  const ids = readList(input, n, KEY);
  return ids && { ids };
}

function answered(keyed) {
  return (keyed.ids || keyed.pairs || keyed.text || "").length > 0;
}

/**
 * @param {import("./codec.js").SavedState} model
 * @param {import("./codec.js").CourseShape} course
 */
export function encode(model, course) {
  const out = createWriter(), seen = course.sections.filter((s, k) => model.visited[k]);
  out.write(keyOf(course.sections[model.current].id), KEY);
  writeRegistration(out, model.registration);
  out.write(seen.length, SECTIONS);
  seen.forEach((s) => { out.write(keyOf(s.id), KEY); });
  out.write(course.quizzes.length, SECTIONS);
  course.quizzes.forEach((quiz, i) => {
    const state = model.quizzes[i];
    out.write(keyOf(quiz.section.id), KEY);
    out.write(Math.min(state.attempts, attemptCap(quiz)), ATTEMPTS);
    out.write(state.checked ? 1 : 0, 1);
    out.write(quiz.questions.length, QUESTIONS);
    quiz.questions.forEach((q, j) => {
      out.write(questionKey(q), KEY);
      writeAnswer(out, q.type.toKeyed(q.data, state.answers[j]));
    });
  });
  return marker + out.text();
}

// The saved quizzes as written: {section, attempts, checked, questions: [{key, answer}]}; null when unreadable.
function readQuizzes(input) {
  const quizzes = [], count = input.read(SECTIONS);
  for (let i = 0; i < count; i++) {
    const quiz = { section: input.read(KEY), attempts: input.read(ATTEMPTS), checked: input.read(1) === 1, questions: [] };
    const n = input.read(QUESTIONS);
    for (let j = 0; j < n; j++) {
      const key = input.read(KEY), answer = readAnswer(input);
      if (!answer || isNaN(key)) return null;
      quiz.questions.push({ key, answer, used: false });
    }
    if (isNaN(quiz.attempts)) return null;
    quizzes.push(quiz);
  }
  return quizzes;
}

// One quiz of the course, from what was saved under its section's key (or afresh).
function carryQuiz(quiz, saved) {
  const fresh = { attempts: 0, checked: false, answers: quiz.questions.map(() => null) };
  if (!saved) return fresh;
  let complete = true;
  const answers = quiz.questions.map((q) => {
    const record = saved.questions.filter((r) => r.key === questionKey(q));
    const answer = record.length === 1 ? q.type.fromKeyed(q.data, record[0].answer, find) : null;
    if (record.length === 1 && answer !== null) record[0].used = true;
    if (answer === null) complete = false;
    return answer;
  });
  const cap = attemptCap(quiz);
  // A checked quiz with a question new or reset since is opened again, with an attempt left to answer it.
  const reopened = saved.checked && !complete;
  return {
    attempts: Math.min(saved.attempts, reopened && quiz.limit !== null ? Math.max(cap - 1, 0) : cap),
    checked: saved.checked && complete,
    answers
  };
}

/**
 * The state carried over to the course as it is now: a learner keeps every section seen, the bookmark, each quiz's
 * attempts and each answer whose section, question and choices still exist. `reset` counts the answers that were
 * not carried over (their question removed, retyped, or its choices changed beyond recognition).
 * @param {string} text
 * @param {import("./codec.js").CourseShape} course
 * @returns {import("./codec.js").SavedState|null}
 */
export function decode(text, course) {
  const input = createReader(String(text).slice(marker.length));
  if (!input) return null;
  const bookmark = input.read(KEY), registration = readRegistration(input);
  const seen = readList(input, input.read(SECTIONS), KEY);
  const saved = seen && readQuizzes(input);
  if (!saved || isNaN(bookmark) || !input.atEnd()) return null;
  const sectionKeys = course.sections.map((s) => keyOf(s.id));
  const quizzes = course.quizzes.map((quiz) => {
    const matches = saved.filter((s) => s.section === keyOf(quiz.section.id));
    return carryQuiz(quiz, matches.length === 1 ? matches[0] : null);
  });
  let reset = 0;
  saved.forEach((quiz) => { quiz.questions.forEach((r) => { if (!r.used && answered(r.answer)) reset++; }); });
  return {
    visited: sectionKeys.map((key) => seen.includes(key)),
    current: Math.max(sectionKeys.indexOf(bookmark), 0),
    quizzes, registration, reset
  };
}
