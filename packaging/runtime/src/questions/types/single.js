/* Single choice: radios, one letter ("b"); SCORM 1.2 type choice. */
import * as choices from "../choices.js";
import { joinedPattern, judgeInOrder, xapiList } from "../answers.js";

export const name = "single";
export const instructions = "selectOne";
export const prefilled = false;
export { bind, read, write, initialAnswer, isAnswered, scormResponse, showsFeedbackFor, lock, reveal } from "../choices.js";

export function isValid(q, answer) {
  return choices.isValidChoice(q, answer, false);
}

export function judge(q, answer) {
  return judgeInOrder(q, answer, choices.isAnswered(q, answer));
}

export function xapiResponse(q, answer) {
  return xapiList(choices.scormResponse(q, answer));
}

export function arrange(q, shuffle, settings) {
  choices.shuffleChoices(q, shuffle, settings);
}

export const defaultPattern = joinedPattern;

export function worstCaseAnswer(data) {
  return (data.choices || []).slice(-1).join("");
}
