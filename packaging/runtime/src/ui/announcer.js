/*
 * One polite live region for the messages a screen reader should hear (an item moved in a sequence): the shell's
 * (runtime/index.html), in the page from the start, as screen readers watch a region they have seen appear.
 */
import { slots } from "../contract.js";
import { slot } from "./dom.js";

/** Returns announce(message), into the shell's live region. */
export function createAnnouncer(ui) {
  const region = slot(ui.doc, slots.announcer);
  return function announce(message) {
    if (!region) return;
    region.textContent = "";
    // Emptied first and filled a moment later, so that the same message twice is read twice.
    setTimeout(() => { region.textContent = message; }, 60);
  };
}
