/* True or false: two radios valued "t" and "f"; SCORM 1.2 type true-false ("t"), xAPI "true" / "false". */
import * as choices from "../choices.js";
import { joinedPattern } from "../answers.js";

const TRUE = "t";
const VALUES = [TRUE, "f"];

export const name = "true-false";
export const instructions = "selectOne";
export const prefilled = false;
export { bind, read, write, initialAnswer, isAnswered, scormResponse, showsFeedbackFor, lock, reveal } from "../choices.js";
export { isValidOne as isValid, judgeOne as judge, keepOrder as arrange } from "../choices.js";

export function xapiResponse(q, answer) {
  const response = choices.scormResponse(q, answer);
  return response === null ? "" : response === TRUE ? "true" : "false";
}

export const defaultPattern = joinedPattern;

export function worstCaseAnswer() {
  return TRUE;
}

/** In the saved state: not answered, true or false. */
export const { stateBits, pack, unpack } = choices.oneChoiceState(() => VALUES);

/** In the keyed saved state: "t" or "f" (true and false are their own identities). */
export const { toKeyed, fromKeyed } = choices.keyedChoices(() => VALUES, false);
