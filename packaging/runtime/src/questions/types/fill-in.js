/*
 * Fill in the blank: a text box; right when the text equals an accepted answer once both are normalised (spaces,
 * case unless fillIn.caseSensitive, Arabic folding when fillIn.normalizeArabic). SCORM 1.2 type fill-in.
 */
import * as box from "../text-box.js";
import { judgement, keyLine } from "../answers.js";
import { MAX_FEEDBACK } from "../../scorm/format.js";
import { text } from "../packing.js";
import { textOf } from "../keyed.js";

export const name = "fill-in";
export const instructions = null;
export const prefilled = false;
export { bind, read, write, initialAnswer, isValid, isAnswered, showsFeedbackFor, lock } from "../text-box.js";
export { keepOrder as arrange, firstPattern as defaultPattern } from "../text-box.js";

/** How this question compares texts: its own course data's fillIn (caseSensitive, normalizeArabic, maxLength). */
function optionsOf(data) {
  return data.fillIn || {};
}

export function judge(q, answer) {
  if (!box.isAnswered(q, answer)) return judgement.unanswered;
  const options = optionsOf(q.data);
  const typed = box.normalize(answer, options);
  return q.correct.some((accepted) => box.normalize(accepted, options) === typed) ? judgement.correct : judgement.incorrect;
}

/** The text with its spaces collapsed, cut at 255. */
export function scormResponse(q, answer) {
  return box.isAnswered(q, answer) ? box.squash(answer).slice(0, MAX_FEEDBACK) : null;
}

export function xapiResponse(q, answer) {
  const response = scormResponse(q, answer);
  return response === null ? "" : response;
}

export function reveal(q, ui) {
  return keyLine(ui, q.correct[0] || "");
}

export function worstCaseAnswer(data) {
  return box.longestText(optionsOf(data).maxLength);
}

function maxLength(data) {
  return optionsOf(data).maxLength || box.DEFAULT_MAX_LENGTH;
}

/** In the saved state: the typed text, 16 bits a unit. */
export function stateBits(data) {
  return text.bits(maxLength(data));
}

export function pack(data, answer, out) {
  text.pack(maxLength(data), answer, out);
}

export function unpack(data, input) {
  return text.unpack(maxLength(data), input);
}

/** In the keyed saved state: the typed text. */
export function toKeyed(data, answer) {
  return { text: answer };
}

/** The text as typed, while it still fits the box. */
export function fromKeyed(data, saved) {
  return textOf(saved, (typed) => typed.length <= maxLength(data));
}
