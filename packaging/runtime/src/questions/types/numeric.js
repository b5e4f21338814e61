/*
 * A number: a text box (maxlength savedState.numericMaxLength); right when the number read from it lies within
 * correct [min, max]. SCORM 1.2 type numeric, the parsed number in plain form ("3.5").
 */
import * as box from "../text-box.js";
import { judgement, keyLine } from "../answers.js";
import { inRange, parseNumber } from "../numbers.js";
import { savedState } from "../../contract.js";
import { textIn } from "../packing.js";
import { textOf } from "../keyed.js";

export const name = "numeric";
export const instructions = "typeNumber";
export const prefilled = false;
export { read, write, initialAnswer, isValid, isAnswered, showsFeedbackFor, lock } from "../text-box.js";

// What a number is typed with (savedState.numericAlphabet): the box takes nothing else, so that the saved state
// keeps its answer in 6 bits a character rather than 16.
const ALPHABET = savedState.numericAlphabet, digits = textIn(ALPHABET);

export function bind(q, hooks) {
  box.bind(q, hooks);
  if (!q.text) return;
  q.text.addEventListener("input", () => {
    const typed = q.text.value, kept = typed.split("").filter((c) => ALPHABET.includes(c)).join("");
    if (kept !== typed) q.text.value = kept;
  });
}
export { keepOrder as arrange, firstPattern as defaultPattern } from "../text-box.js";

export function judge(q, answer) {
  if (!box.isAnswered(q, answer)) return judgement.unanswered;
  return inRange(answer, q.correct) ? judgement.correct : judgement.incorrect;
}

/** Null (nothing written) for a text that is not a number. */
export function scormResponse(q, answer) {
  if (!box.isAnswered(q, answer)) return null;
  const x = parseNumber(answer);
  return isNaN(x) ? null : String(x);
}

export function xapiResponse(q, answer) {
  const response = scormResponse(q, answer);
  return response === null ? "" : response;
}

export function reveal(q, ui) {
  const min = q.correct[0], max = q.correct[q.correct.length - 1];
  return min === max ? keyLine(ui, min) : keyLine(ui, ui.format("numberRange", { min: min, max: max }));
}

export function worstCaseAnswer() {
  return ALPHABET.charAt(0).repeat(savedState.numericMaxLength);
}

/** In the saved state: the typed number, a position in the alphabet a character. */
export function stateBits() {
  return digits.bits(savedState.numericMaxLength);
}

export function pack(data, answer, out) {
  digits.pack(savedState.numericMaxLength, answer, out);
}

export function unpack(data, input) {
  return digits.unpack(savedState.numericMaxLength, input);
}

/** In the keyed saved state: the typed number. */
export function toKeyed(data, answer) {
  return { text: answer };
}

/** The number as typed, while the box still takes it. */
export function fromKeyed(data, saved) {
  return textOf(saved, (typed) => typed.length <= savedState.numericMaxLength &&
    typed.split("").every((c) => ALPHABET.includes(c)));
}
