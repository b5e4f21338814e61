/*
 * Answers by identity (the keyed saved state, state/v4.js): what a learner chose, named by the identity of each
 * choice, pair or item (course data "keys" / "targetKeys", docs/republishing.md), never by its position, so that the
 * answer survives choices being added, removed or reordered. The types' verbs toKeyed and fromKeyed use these.
 *
 * A keyed answer is {ids: [...]} (choices, items in order), {pairs: [[left, right], ...]} (matching) or
 * {text: "..."} (typed). fromKeyed gets the saved answer with each identity as the state holds it, and
 * `find(keys, saved)`, the position of the one key among `keys` that the saved identity names (-1 for none, or for
 * more than one: never a guess).
 */

/** The identities of a question's values: its course data's keys, or the values themselves (true and false). */
export function keysOf(values, keys) {
  return keys && keys.length === values.length ? keys : values;
}

/** The chosen values of `answer` (one character each) as identities. */
export function idsOf(values, keys, answer) {
  const named = keysOf(values, keys);
  return answer.split("").map((c) => named[values.indexOf(c)]).filter((key) => key !== undefined);
}

/**
 * Saved identities back to values: each found once, else null. `ordered`: kept in the saved order (sequencing),
 * otherwise sorted as choices.read gives them.
 */
export function valuesOf(values, keys, saved, find, ordered) {
  if (!saved || !saved.ids) return null;
  const named = keysOf(values, keys), chosen = [];
  for (const id of saved.ids) {
    const at = find(named, id);
    if (at < 0 || chosen.includes(values[at])) return null;
    chosen.push(values[at]);
  }
  return ordered ? chosen.join("") : chosen.sort().join("");
}

/** A typed answer kept as it was, when it still fits the question (`fits`), else null. */
export function textOf(saved, fits) {
  return saved && typeof saved.text === "string" && fits(saved.text) ? saved.text : null;
}
