/* One polite live region for the messages a screen reader should hear (an item moved in a sequence). */
import { classes } from "../contract.js";

/** Adds the live region to the page and returns announce(message). */
export function createAnnouncer(ui) {
  const region = ui.make("div", classes.visuallyHidden);
  region.setAttribute("aria-live", "polite");
  ui.doc.body.appendChild(region);
  return function announce(message) {
    region.textContent = "";
    // Emptied first and filled a moment later, so that the same message twice is read twice.
    setTimeout(() => { region.textContent = message; }, 60);
  };
}
