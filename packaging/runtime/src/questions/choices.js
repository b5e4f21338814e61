/*
 * Choice lists (single, multiple, true-false): ul.choices > li.choice > input[type=radio|checkbox][value] + label.
 * Facts kept on q by bindChoices: q.inputs (the inputs), q.values (their values, in page order).
 * The saved answer is the chosen values, sorted ("ac"), "" when none.
 */
import { attributes, classes } from "../contract.js";
import { all, cls, one } from "../ui/dom.js";
import { isAnswered, judgeInOrder, letterList, xapiList } from "./answers.js";
import { oneOf } from "./packing.js";
import * as keyed from "./keyed.js";

export { initialAnswer, isAnswered, keepOrder } from "./answers.js";

export function bind(q) {
  q.inputs = all('input[type="radio"], input[type="checkbox"]', q.element);
  q.values = q.inputs.map((input) => input.value);
}

export function read(q) {
  return q.inputs.filter((input) => input.checked).map((input) => input.value).sort().join("");
}

export function write(q, answer) {
  q.inputs.forEach((input) => { input.checked = answer.includes(input.value); });
}

/** Known values, each once, in order; at most one unless `several`. */
export function isValidChoice(q, answer, several) {
  return (several || answer.length <= 1) &&
    answer.split("").every((c, i) => q.values.includes(c) && answer.indexOf(c) === i);
}

/** One choice (single, true-false): at most one known value. */
export function isValidOne(q, answer) {
  return isValidChoice(q, answer, false);
}

/** One choice: right when it is the correct value. */
export function judgeOne(q, answer) {
  return judgeInOrder(q, answer, isAnswered(q, answer));
}

/**
 * One choice in the saved state: nothing, or which of the question's values (`valuesOf(data)`, from its course data).
 * Returns the type verbs stateBits, pack and unpack.
 */
export function oneChoiceState(valuesOf) {
  return {
    stateBits: (data) => oneOf.bits(valuesOf(data)),
    pack: (data, answer, out) => oneOf.pack(valuesOf(data), answer, out),
    unpack: (data, input) => oneOf.unpack(valuesOf(data), input)
  };
}

/**
 * Chosen values by identity (the keyed saved state): the type verbs toKeyed and fromKeyed, for the question's values
 * `listOf(data)`; `several`: more than one may be chosen.
 */
export function keyedChoices(listOf, several) {
  return {
    toKeyed: (data, answer) => ({ ids: keyed.idsOf(listOf(data), data.keys, answer) }),
    fromKeyed(data, saved, find) {
      const answer = keyed.valuesOf(listOf(data), data.keys, saved, find, false);
      return answer !== null && (several || answer.length <= 1) ? answer : null;
    }
  };
}

export function scormResponse(q, answer) {
  return isAnswered(q, answer) ? letterList(answer) : null;
}

export function showsFeedbackFor(q, answer, choice) {
  return answer.includes(choice);
}

// aria-disabled, not disabled: a checked quiz's answers stay focusable for review (the form refuses changes).
export function lock(q, locked) {
  q.inputs.forEach((input) => { input.setAttribute("aria-disabled", locked); });
}

/** Marks the correct choices. */
export function reveal(q, ui) {
  q.inputs.forEach((input) => {
    if (!q.correct.includes(input.value)) return;
    const li = input.closest(cls(classes.choice));
    if (li) {
      li.setAttribute(attributes.correct, "true");
      li.appendChild(ui.make("span", classes.answerKey + " " + classes.choiceKey, "correctChoice"));
    }
  });
  return null;
}

/** The chosen letters as xAPI's list (single and multiple; true and false answer "true" or "false"). */
export function xapiChoices(q, answer) {
  return xapiList(scormResponse(q, answer));
}

/** Shuffles the choices when the quiz says so (single's and multiple's arrange; true and false keep their order). */
export function shuffleChoices(q, shuffle, settings) {
  const list = one(cls(classes.choices), q.element);
  if (settings.shuffleChoices && list) shuffle(all(cls(classes.choice), list)).forEach((li) => { list.appendChild(li); });
}
