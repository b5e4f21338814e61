/*
 * The compact saved state (docs/runtime-contract.md, "The saved state"): the marker, then bits, six to a character:
 *
 *   fingerprint   24 bits   of the course's structure: a state of another course, or of an edited one, is refused
 *   visited       1 bit per section, in course order
 *   bookmark      the index of the current section, in as few bits as the number of sections needs
 *   registration  1 bit (kept?) then, if kept, the xAPI registration's 128 bits
 *   per quiz, in course order:
 *     attempts    0 to its attempts limit (or the count's cap, 1295), in as few bits as that range needs
 *     checked     1 bit
 *     answers     each question's answer, packed by its type (QuestionType.pack; its width: stateBits)
 *
 * The compiler counts the same fields at their widest (Validation/SuspendDataBudget.cs) and refuses a course whose
 * state could exceed SCORM 1.2's 4096 characters; a test checks that both agree.
 */
import { savedState } from "../contract.js";
import { hash } from "../shuffle.js";
import { compact, expand, isCompactUuid } from "../uuid.js";
import { bitsToHold, createReader, createWriter } from "./bits.js";

export const marker = savedState.marker;

const FINGERPRINT = savedState.fingerprintBits, REGISTRATION = savedState.registrationBits;
const HEX_DIGIT = 4;

/** The attempts a quiz's state counts up to. */
export function attemptCap(quiz) {
  return quiz.limit !== null && quiz.limit > 0 ? Math.min(quiz.limit, savedState.maxCountedAttempts) : savedState.maxCountedAttempts;
}

// What the state's layout depends on: section and question ids, types, and their answers' ranges.
function fingerprint(course) {
  const parts = [course.sections.map((s) => s.id).join(",")];
  course.quizzes.forEach((quiz) => {
    parts.push(attemptCap(quiz) + ":" + quiz.questions.map((q) => q.id + "/" + q.type.name + "/" + q.type.stateBits(q.data)).join(","));
  });
  return hash(parts.join("|")) % Math.pow(2, FINGERPRINT);
}

/** The xAPI registration: 1 bit (kept?) then, if kept, its 128 bits (v4.js writes it the same way). */
export function writeRegistration(out, registration) {
  out.write(registration ? 1 : 0, 1);
  if (registration) compact(registration).split("").forEach((digit) => { out.write(parseInt(digit, 16), HEX_DIGIT); });
}

export function readRegistration(input) {
  if (input.read(1) !== 1) return "";
  let hex = "";
  for (let i = 0; i < REGISTRATION / HEX_DIGIT; i++) hex += input.read(HEX_DIGIT).toString(16);
  return isCompactUuid(hex) ? expand(hex) : "";
}

/**
 * @param {import("./codec.js").SavedState} model
 * @param {import("./codec.js").CourseShape} course
 */
export function encode(model, course) {
  const out = createWriter(), sections = course.sections.length;
  out.write(fingerprint(course), FINGERPRINT);
  model.visited.forEach((seen) => { out.write(seen ? 1 : 0, 1); });
  out.write(model.current, bitsToHold(sections));
  writeRegistration(out, model.registration);
  course.quizzes.forEach((quiz, i) => {
    const state = model.quizzes[i], cap = attemptCap(quiz);
    out.write(Math.min(state.attempts, cap), bitsToHold(cap + 1));
    out.write(state.checked ? 1 : 0, 1);
    quiz.questions.forEach((q, j) => { q.type.pack(q.data, state.answers[j], out); });
  });
  return marker + out.text();
}

/**
 * @param {string} text
 * @param {import("./codec.js").CourseShape} course
 * @returns {import("./codec.js").SavedState|null}
 */
export function decode(text, course) {
  const input = createReader(String(text).slice(marker.length)), sections = course.sections.length;
  if (!input || input.read(FINGERPRINT) !== fingerprint(course)) return null;
  const visited = course.sections.map(() => input.read(1) === 1);
  const current = input.read(bitsToHold(sections));
  const registration = readRegistration(input), quizzes = [];
  for (const quiz of course.quizzes) {
    const attempts = input.read(bitsToHold(attemptCap(quiz) + 1)), checked = input.read(1) === 1, answers = [];
    for (const q of quiz.questions) {
      const answer = q.type.unpack(q.data, input);
      if (answer === null) return null;
      answers.push(answer);
    }
    quizzes.push({ attempts, checked, answers });
  }
  if (!(current < sections) || quizzes.some((quiz) => isNaN(quiz.attempts)) || !input.atEnd()) return null;
  return { visited, current, quizzes, registration };
}
