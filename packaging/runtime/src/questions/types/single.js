/* Single choice: radios, one letter ("b"); SCORM 1.2 type choice. */
import * as choices from "../choices.js";
import { joinedPattern } from "../answers.js";

export const name = "single";
export const instructions = "selectOne";
export const prefilled = false;
export { bind, read, write, initialAnswer, isAnswered, scormResponse, showsFeedbackFor, lock, reveal } from "../choices.js";
export { isValidOne as isValid, judgeOne as judge, xapiChoices as xapiResponse, shuffleChoices as arrange } from "../choices.js";

export const defaultPattern = joinedPattern;

export function worstCaseAnswer(data) {
  return (data.choices || []).slice(-1).join("");
}

/** In the saved state: no choice, or which one. */
export const { stateBits, pack, unpack } = choices.oneChoiceState((data) => data.choices || []);

/** In the keyed saved state: the identity of the choice. */
export const { toKeyed, fromKeyed } = choices.keyedChoices((data) => data.choices || [], false);
