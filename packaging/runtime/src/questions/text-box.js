/*
 * Typed answers (fill-in, numeric): div.text-answer > label + input[type=text][maxlength].
 * Facts kept on q by bind: q.text (the input, or null), q.maxLength (its maxlength; 0 without an input).
 * The saved answer is the text as typed.
 */
import { classes } from "../contract.js";
import { cls, one } from "../ui/dom.js";
import { foldArabic } from "./arabic.js";

export { initialAnswer, isAnswered, keepOrder, showsFeedbackFor } from "./answers.js";

// An input without maxlength: CMIFeedback's limit.
export const DEFAULT_MAX_LENGTH = 255;

export function bind(q) {
  q.text = one(cls(classes.textAnswer) + " input", q.element);
  q.maxLength = q.text ? +q.text.getAttribute("maxlength") || DEFAULT_MAX_LENGTH : 0;
}

export function read(q) {
  return q.text ? q.text.value : "";
}

export function write(q, answer) {
  if (q.text) q.text.value = answer;
}

/** At most maxlength characters, each of which may have been escaped into three. */
export function isValid(q, answer) {
  return answer.length <= 3 * (q.maxLength || DEFAULT_MAX_LENGTH);
}

export function lock(q, locked) {
  if (q.text) q.text.readOnly = locked;
}

/** The first accepted answer: correct_responses.0.pattern of typed types. */
export function firstPattern(correct) {
  return correct[0] || "";
}

/** The longest text the input takes, made of a character the saved state escapes (each becomes three). */
export function longestText(maxLength) {
  return "%".repeat(maxLength || DEFAULT_MAX_LENGTH);
}

/** Trimmed, inner white space collapsed to one space. */
export function squash(s) {
  return String(s).replace(/\s+/g, " ").trim();
}

/**
 * A typed text as it is compared: squashed, NFC, Arabic folded when `options.normalizeArabic`, lower case unless
 * `options.caseSensitive`.
 */
export function normalize(s, options) {
  s = squash(s);
  try { s = s.normalize("NFC"); } catch { /* old engines */ }
  const f = options || {};
  if (f.normalizeArabic) s = foldArabic(s);
  return f.caseSensitive ? s : s.toLowerCase();
}
