/*
 * A checked quiz's interactions, appended at cmi.interactions._count, the same way in both SCORM editions: each
 * interaction's id first (an LMS that refuses it has no room left, and no later one is tried), its type and the
 * outcomes it assesses, then the elements of the edition, which each edition's cmi.js names and formats.
 */
import { ids } from "../contract.js";

// The elements below cmi.interactions.n. that both editions share.
const ELEMENT = { id: "id", type: "type", objectives: "objectives.", objectiveId: ".id" };

/** Where the next interaction goes, from cmi.interactions._count; `on` is false when the LMS keeps none. */
export function interactionCursor(count) {
  const on = count !== null && /^\d+$/.test(count);
  return { on, next: on ? parseInt(count, 10) : 0 };
}

/**
 * @param {ReturnType<import("./api.js").createLms>} lms
 * @param {{on: boolean, next: number}} cursor advanced past each interaction written; off once one is refused
 * @param {string} base the edition's "cmi.interactions."
 * @param {(id: string) => string} identifier the edition's identifier format
 * @param {{section: string, id: string, scormType: string, outcomes: string[]}[]} answers (quiz/engine.js)
 * @param {(answer: object) => [string, string|null][]} elements the edition's other elements, in writing order
 *        (a null value is not written)
 */
export function appendInteractions(lms, cursor, base, identifier, answers, elements) {
  answers.forEach((answer) => {
    if (!cursor.on) return;
    const prefix = base + cursor.next + ".";
    if (!lms.set(prefix + ELEMENT.id, identifier(answer.section + ids.interactionSeparator + answer.id))) {
      cursor.on = false;
      return;
    }
    cursor.next++;
    lms.set(prefix + ELEMENT.type, answer.scormType);
    // Every outcome the question assesses, so that each outcome's report in the LMS lists it.
    answer.outcomes.forEach((id, k) => { lms.set(prefix + ELEMENT.objectives + k + ELEMENT.objectiveId, identifier(id)); });
    elements(answer).forEach(([name, value]) => { if (value !== null) lms.set(prefix + name, value); });
  });
}
