/* True or false: two radios valued "t" and "f"; SCORM 1.2 type true-false ("t"), xAPI "true" / "false". */
import * as choices from "../choices.js";
import { joinedPattern, judgeInOrder } from "../answers.js";

const TRUE = "t";

export const name = "true-false";
export const instructions = "selectOne";
export const prefilled = false;
export { bind, read, write, initialAnswer, isAnswered, scormResponse, showsFeedbackFor, lock, reveal } from "../choices.js";
export { keepOrder as arrange } from "../choices.js";

export function isValid(q, answer) {
  return choices.isValidChoice(q, answer, false);
}

export function judge(q, answer) {
  return judgeInOrder(q, answer, choices.isAnswered(q, answer));
}

export function xapiResponse(q, answer) {
  const response = choices.scormResponse(q, answer);
  return response === null ? "" : response === TRUE ? "true" : "false";
}

export const defaultPattern = joinedPattern;

export function worstCaseAnswer() {
  return TRUE;
}
