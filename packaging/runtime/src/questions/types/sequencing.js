/*
 * Sequencing: ol.sequence > li.sequence-item[data-item] > span.sequence-text + button.move-up + button.move-down.
 * The saved answer is the item ids in the learner's order ("cab"); SCORM 1.2 type sequencing ("c,a,b"). The items
 * are always shuffled, never into the right order, so an order is always there: an answer, but not one the learner
 * gave (prefilled).
 * Facts kept on q by bind: q.list, q.itemElements (id -> li), q.itemIds (sorted), q.initial (the shuffled order).
 */
import { classes } from "../../contract.js";
import { all, cls, itemOf, one } from "../../ui/dom.js";
import { joinedPattern, judgeInOrder, letterList, xapiList } from "../answers.js";
import { orderOf } from "../packing.js";
import { idsOf, valuesOf } from "../keyed.js";

export const name = "sequencing";
export const instructions = "orderItems";
export const prefilled = true;
export { showsFeedbackFor } from "../answers.js";

const FIRST_LETTER = "a".charCodeAt(0);
const MOVES = cls(classes.moveUp) + "," + cls(classes.moveDown);

function items(q) {
  return all(cls(classes.sequenceItem), q.list || q.element);
}

// aria-disabled, not disabled: the focused button must keep focus at either end.
function updateMoves(q) {
  const list = items(q);
  list.forEach((li, i) => {
    const up = one(cls(classes.moveUp), li), down = one(cls(classes.moveDown), li);
    if (up) up.setAttribute("aria-disabled", String(i === 0));
    if (down) down.setAttribute("aria-disabled", String(i === list.length - 1));
  });
}

export function bind(q, hooks) {
  q.list = one(cls(classes.sequence), q.element);
  q.itemElements = {};
  all(cls(classes.sequenceItem), q.element).forEach((li) => { q.itemElements[itemOf(li)] = li; });
  q.itemIds = Object.keys(q.itemElements).sort();
  if (!q.list) return;
  q.list.setAttribute("role", "list"); // list-style: none must not drop the list in Safari
  q.list.addEventListener("click", (event) => {
    const target = event.target && event.target.closest ? event.target : null;
    const button = target && target.closest(MOVES);
    if (!button || button.getAttribute("aria-disabled") === "true" || q.quiz.checked) return;
    const li = button.closest(cls(classes.sequenceItem)), list = li && li.parentNode;
    const up = button.classList.contains(classes.moveUp), sibling = up ? li.previousElementSibling : li.nextElementSibling;
    if (!sibling) return;
    list.insertBefore(li, up ? sibling : sibling.nextElementSibling);
    hooks.attempting();
    updateMoves(q);
    button.focus();
    const now = all(cls(classes.sequenceItem), list);
    hooks.announce(hooks.ui.format("movedTo", { n: now.indexOf(li) + 1, total: now.length }));
  });
}

export function read(q) {
  return items(q).map(itemOf).join("");
}

export function write(q, answer) {
  answer.split("").forEach((id) => { const li = q.itemElements[id]; if (li) q.list.appendChild(li); });
  updateMoves(q);
}

/** Back to the shuffled order. */
export function initialAnswer(q) {
  return q.initial || read(q);
}

/** Every item once. */
export function isValid(q, answer) {
  return answer.split("").sort().join("") === q.itemIds.join("");
}

export function isAnswered() {
  return true;
}

export function judge(q, answer) {
  return judgeInOrder(q, answer, true);
}

export function scormResponse(q, answer) {
  return letterList(answer);
}

export function xapiResponse(q, answer) {
  return xapiList(scormResponse(q, answer));
}

// After Check the buttons stay focusable, marked aria-disabled, so that the order can be reviewed item by item.
export function lock(q, locked) {
  if (locked) all(MOVES, q.element).forEach((button) => { button.setAttribute("aria-disabled", "true"); });
  else updateMoves(q);
}

/** The items written out in the right order. */
export function reveal(q, ui) {
  const box = ui.make("div", classes.answerKey);
  box.appendChild(ui.make("p", null, "correctOrder"));
  const list = box.appendChild(ui.make("ol"));
  q.correct.forEach((id) => {
    const source = q.itemElements[id] && one(cls(classes.sequenceText), q.itemElements[id]);
    list.appendChild(ui.make("li")).textContent = source ? source.textContent : id;
  });
  return box;
}

/** Always shuffled, and never already in the right order (then the first item moves to the end). */
export function arrange(q, shuffle) {
  let order = shuffle(q.itemIds.slice()).join("");
  if (order === q.correct.join("") && order.length > 1) order = order.slice(1) + order.charAt(0);
  write(q, order);
  q.initial = order;
}

export const defaultPattern = joinedPattern;

export function worstCaseAnswer(data) {
  return (data.choices || []).join("");
}

/** In the saved state: for each position of the learner's order, which item. */
export function stateBits(data) {
  return orderOf(data.choices || []).bits();
}

export function pack(data, answer, out) {
  orderOf(data.choices || []).pack(answer, out);
}

export function unpack(data, input) {
  return orderOf(data.choices || []).unpack(input);
}

/** In the keyed saved state: the items' identities in the learner's order. */
export function toKeyed(data, answer) {
  return { ids: idsOf(data.choices || [], data.keys, answer) };
}

/** The same items, all of them, in that order; an item added or removed makes another question: null. */
export function fromKeyed(data, saved, find) {
  const values = data.choices || [], answer = valuesOf(values, data.keys, saved, find, true);
  return answer !== null && answer.length === values.length ? answer : null;
}

/**
 * A version-2 state's answer in today's item ids: those releases lettered the items a, b, c... in the right order,
 * which the correct order gives back.
 */
export function fromLegacy(q, answer) {
  return answer.split("").map((c) => q.correct[c.charCodeAt(0) - FIRST_LETTER] || c).join("");
}
