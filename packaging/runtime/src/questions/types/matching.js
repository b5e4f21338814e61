/*
 * Matching: ul.pairs > li.pair > label + select[data-item] (options valued 1..9, the first empty). The saved answer
 * is one right id per left item in item order, "_" when not chosen ("2_1"); SCORM 1.2 type matching ("a.2,c.1").
 * Facts kept on q by bind: q.selects (sorted by item), q.items (their item ids), q.options (each one's option values).
 */
import { classes, savedState } from "../../contract.js";
import { all, cls, itemOf } from "../../ui/dom.js";
import { joinedPattern, judgement, keyLine, xapiList } from "../answers.js";

const NOT_CHOSEN = savedState.notChosen;
const PAIR = ".", LIST = ",";

export const name = "matching";
export const instructions = "matchAll";
export const prefilled = false;

export function bind(q) {
  q.selects = all(cls(classes.pair) + " select", q.element).sort((x, y) => (itemOf(x) < itemOf(y) ? -1 : 1));
  q.items = q.selects.map(itemOf);
  q.options = q.selects.map((select) => all("option", select).map((option) => option.value));
}

export function read(q) {
  return q.selects.map((select) => select.value || NOT_CHOSEN).join("");
}

export function write(q, answer) {
  q.selects.forEach((select, i) => { select.value = answer.charAt(i) === NOT_CHOSEN ? "" : answer.charAt(i); });
}

export function initialAnswer() {
  return "";
}

export function isValid(q, answer) {
  return answer.length === q.selects.length &&
    answer.split("").every((c, i) => c === NOT_CHOSEN || q.options[i].some((value) => value === c));
}

export function isAnswered(q, answer) {
  return answer.split("").some((c) => c !== NOT_CHOSEN);
}

// The right id of each left item: {a: "2", b: "1"}.
function key(q) {
  const rights = {};
  q.correct.forEach((pair) => { const p = pair.split(PAIR); rights[p[0]] = p[1]; });
  return rights;
}

// The chosen right id per left item ("" when none), as the selects hold it.
function chosen(answer, i) {
  return answer.charAt(i) === NOT_CHOSEN ? "" : answer.charAt(i);
}

/** Right when every left item has its right id; partial when some have. */
export function judge(q, answer) {
  if (!isAnswered(q, answer)) return judgement.unanswered;
  const rights = key(q), right = q.items.filter((item, i) => rights[item] === chosen(answer, i)).length;
  return right === q.items.length && right === q.correct.length ? judgement.correct
    : right ? judgement.partial : judgement.incorrect;
}

export function scormResponse(q, answer) {
  if (!isAnswered(q, answer)) return null;
  return q.items.map((item, i) => (chosen(answer, i) ? item + PAIR + chosen(answer, i) : "")).filter(Boolean).join(LIST);
}

export function xapiResponse(q, answer) {
  return xapiList(scormResponse(q, answer));
}

export function showsFeedbackFor() {
  return false;
}

export function lock(q, locked) {
  q.selects.forEach((select) => { select.disabled = locked; });
}

/** Writes the right option next to each pair that is not already right. */
export function reveal(q, ui) {
  const rights = key(q);
  q.selects.forEach((select) => {
    const option = all("option", select).filter((o) => o.value === rights[itemOf(select)])[0];
    if (option && select.value !== option.value) select.parentNode.appendChild(keyLine(ui, option.textContent));
  });
  return null;
}

export function arrange() {
  /* the options keep the author's order */
}

export const defaultPattern = joinedPattern;

/** One right id per left item. */
export function worstCaseAnswer(data) {
  return (data.correct || []).map((pair) => String(pair).split(PAIR)[1] || NOT_CHOSEN).join("");
}
