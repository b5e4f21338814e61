/* Multiple response: checkboxes, the chosen letters sorted ("ac"); SCORM 1.2 type choice. */
import * as choices from "../choices.js";
import { joinedPattern, judgement } from "../answers.js";
import { subsetOf } from "../packing.js";

export const name = "multiple";
export const instructions = "selectAll";
export const prefilled = false;
export { bind, read, write, initialAnswer, isAnswered, scormResponse, showsFeedbackFor, lock, reveal } from "../choices.js";
export { xapiChoices as xapiResponse, shuffleChoices as arrange } from "../choices.js";

export function isValid(q, answer) {
  return choices.isValidChoice(q, answer, true);
}

/** Right with all and only the correct letters; partial with some of them (it still scores 0). */
export function judge(q, answer) {
  if (!choices.isAnswered(q, answer)) return judgement.unanswered;
  if (answer === q.correct.slice().sort().join("")) return judgement.correct;
  return answer.split("").some((c) => q.correct.includes(c)) ? judgement.partial : judgement.incorrect;
}

export const defaultPattern = joinedPattern;

export function worstCaseAnswer(data) {
  return (data.choices || []).join("");
}

/** In the saved state: a bit per choice. */
export function stateBits(data) {
  return subsetOf.bits(data.choices || []);
}

export function pack(data, answer, out) {
  subsetOf.pack(data.choices || [], answer, out);
}

export function unpack(data, input) {
  return subsetOf.unpack(data.choices || [], input);
}

/** In the keyed saved state: the identities of the chosen choices (a choice added or removed elsewhere changes nothing). */
export const { toKeyed, fromKeyed } = choices.keyedChoices((data) => data.choices || [], true);
