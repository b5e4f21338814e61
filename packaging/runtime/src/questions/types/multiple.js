/* Multiple response: checkboxes, the chosen letters sorted ("ac"); SCORM 1.2 type choice. */
import * as choices from "../choices.js";
import { joinedPattern, judgement, xapiList } from "../answers.js";

export const name = "multiple";
export const instructions = "selectAll";
export const prefilled = false;
export { bind, read, write, initialAnswer, isAnswered, scormResponse, showsFeedbackFor, lock, reveal } from "../choices.js";

export function isValid(q, answer) {
  return choices.isValidChoice(q, answer, true);
}

/** Right with all and only the correct letters; partial with some of them (it still scores 0). */
export function judge(q, answer) {
  if (!choices.isAnswered(q, answer)) return judgement.unanswered;
  if (answer === q.correct.slice().sort().join("")) return judgement.correct;
  return answer.split("").some((c) => q.correct.indexOf(c) >= 0) ? judgement.partial : judgement.incorrect;
}

export function xapiResponse(q, answer) {
  return xapiList(choices.scormResponse(q, answer));
}

export function arrange(q, shuffle, settings) {
  choices.shuffleChoices(q, shuffle, settings);
}

export const defaultPattern = joinedPattern;

export function worstCaseAnswer(data) {
  return (data.choices || []).join("");
}
