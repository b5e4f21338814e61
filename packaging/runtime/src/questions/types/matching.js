/*
 * Matching: ul.pairs > li.pair > label + select[data-item] (options valued 1..9, the first empty). The saved answer
 * is one right id per left item in item order, "_" when not chosen ("2_1"); SCORM 1.2 type matching ("a.2,c.1").
 * Facts kept on q by bind: q.selects (sorted by item), q.items (their item ids), q.options (each one's option values).
 */
import { classes, legacyState } from "../../contract.js";
import { all, cls, itemOf } from "../../ui/dom.js";
import { joinedPattern, judgement, keyLine, xapiList } from "../answers.js";
import { listOf } from "../packing.js";
import { keysOf } from "../keyed.js";

const NOT_CHOSEN = legacyState.notChosen;
const PAIR = ".", LIST = ",";

export const name = "matching";
export const instructions = "matchAll";
export const prefilled = false;
// The options keep the author's order.
export { initialAnswer, showsFeedbackFor, keepOrder as arrange } from "../answers.js";

export function read(q) {
  return q.selects.map((select) => select.value || NOT_CHOSEN).join("");
}

export function write(q, answer) {
  q.selects.forEach((select, i) => { select.value = answer.charAt(i) === NOT_CHOSEN ? "" : answer.charAt(i); });
}

export function bind(q) {
  q.selects = all(cls(classes.pair) + " select", q.element).sort((x, y) => (itemOf(x) < itemOf(y) ? -1 : 1));
  q.items = q.selects.map(itemOf);
  q.options = q.selects.map((select) => all("option", select).map((option) => option.value));
  // A checked quiz's lists refuse a change (a key press still makes one): put back before the form's listeners see it.
  ["input", "change"].forEach((type) => {
    q.element.addEventListener(type, (event) => { if (q.quiz.checked) { write(q, q.held); event.stopPropagation(); } });
  });
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

// aria-disabled, not disabled: after Check the lists stay focusable for review; bind refuses their changes.
export function lock(q, locked) {
  q.held = read(q);
  q.selects.forEach((select) => { select.setAttribute("aria-disabled", locked); });
}

/** Writes the right option next to each pair that is not already right. */
export function reveal(q, ui) {
  const rights = key(q);
  q.selects.forEach((select) => {
    const option = all("option", select).find((o) => o.value === rights[itemOf(select)]);
    if (option && select.value !== option.value) select.parentNode.appendChild(keyLine(ui, option.textContent));
  });
  return null;
}

export const defaultPattern = joinedPattern;

/** A right id for every left item. */
export function worstCaseAnswer(data) {
  const last = (data.targets || []).slice(-1)[0] || NOT_CHOSEN;
  return (data.choices || []).map(() => last).join("");
}

function packing(data) {
  return listOf(data.targets || [], NOT_CHOSEN);
}

/** In the saved state: for each left item, no right item or which one. */
export function stateBits(data) {
  return packing(data).bits((data.choices || []).length);
}

export function pack(data, answer, out) {
  packing(data).pack((data.choices || []).length, answer, out);
}

export function unpack(data, input) {
  return packing(data).unpack((data.choices || []).length, input);
}

/** In the keyed saved state: the chosen pairs, each as its left item's identity and its right item's. */
export function toKeyed(data, answer) {
  const lefts = keysOf(data.choices || [], data.keys), targets = data.targets || [], rights = keysOf(targets, data.targetKeys);
  const pairs = [];
  lefts.forEach((left, i) => {
    const at = targets.indexOf(answer.charAt(i));
    if (at >= 0) pairs.push([left, rights[at]]);
  });
  return { pairs };
}

/** Each pair's left and right items found again, else null (a left item added since stays unanswered). */
export function fromKeyed(data, saved, find) {
  if (!saved || !saved.pairs) return null;
  const lefts = keysOf(data.choices || [], data.keys), targets = data.targets || [], rights = keysOf(targets, data.targetKeys);
  const answer = lefts.map(() => NOT_CHOSEN);
  for (const pair of saved.pairs) {
    const left = find(lefts, pair[0]), right = find(rights, pair[1]);
    if (left < 0 || right < 0 || answer[left] !== NOT_CHOSEN) return null;
    answer[left] = targets[right];
  }
  return answer.join("");
}

/**
 * A version-2 state's answer in today's right ids: those releases numbered the right items 1, 2... in the order they
 * first appear in the pairs, which the correct pairs (in left order) give back.
 */
export function fromLegacy(q, answer) {
  const legacy = {};
  q.correct.forEach((pair) => {
    const right = String(pair).split(PAIR)[1];
    if (right && !Object.values(legacy).includes(right)) legacy[String(Object.keys(legacy).length + 1)] = right;
  });
  return answer.split("").map((c) => (c === NOT_CHOSEN ? c : legacy[c] || c)).join("");
}
