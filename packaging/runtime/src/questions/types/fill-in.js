/*
 * Fill in the blank: a text box; right when the text equals an accepted answer once both are normalised (spaces,
 * case unless fillIn.caseSensitive, Arabic folding when fillIn.normalizeArabic). SCORM 1.2 type fill-in.
 */
import * as box from "../text-box.js";
import { judgement, keyLine } from "../answers.js";
import { MAX_FEEDBACK } from "../../scorm/format.js";

export const name = "fill-in";
export const instructions = null;
export const prefilled = false;
export { bind, read, write, initialAnswer, isValid, isAnswered, showsFeedbackFor, lock } from "../text-box.js";
export { keepOrder as arrange, firstPattern as defaultPattern } from "../text-box.js";

export function judge(q, answer) {
  if (!box.isAnswered(q, answer)) return judgement.unanswered;
  const typed = box.normalize(answer, q.fillIn);
  return q.correct.some((accepted) => box.normalize(accepted, q.fillIn) === typed) ? judgement.correct : judgement.incorrect;
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
  return box.longestText(data.fillIn && data.fillIn.maxLength);
}
