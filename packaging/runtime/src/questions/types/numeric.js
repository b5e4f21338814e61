/*
 * A number: a text box (maxlength savedState.numericMaxLength); right when the number read from it lies within
 * correct [min, max]. SCORM 1.2 type numeric, the parsed number in plain form ("3.5").
 */
import * as box from "../text-box.js";
import { judgement, keyLine } from "../answers.js";
import { inRange, parseNumber } from "../numbers.js";
import { savedState } from "../../contract.js";

export const name = "numeric";
export const instructions = "typeNumber";
export const prefilled = false;
export { bind, read, write, initialAnswer, isValid, isAnswered, showsFeedbackFor, lock } from "../text-box.js";
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
  return box.longestText(savedState.numericMaxLength);
}
