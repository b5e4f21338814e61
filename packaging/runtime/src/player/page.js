/*
 * The shell's hooks the runtime drives (runtime/index.html): the table of contents, with the compiler's hidden
 * "(seen)" marker in each section's link and its last link to the summary; the summary and closed panels; the layout.
 */
import { actions, attributes, classes, slots } from "../contract.js";
import { actionButtons, all, cls, has, one, slot } from "../ui/dom.js";

export function preparePage(doc) {
  const page = {
    toc: slot(doc, slots.toc),
    tocToggle: actionButtons(doc, actions.toggleToc)[0],
    layout: slot(doc, slots.layout),
    summary: slot(doc, slots.summary),
    closed: slot(doc, slots.closed),
    tocLinks: {},
    summaryLink: null
  };
  if (page.toc) {
    // Each link ends in the compiler's hidden "(seen)" marker (player/navigation.js shows it).
    all("a" + has(attributes.section), page.toc).forEach((a) => { page.tocLinks[a.getAttribute(attributes.section)] = a; });
    // The link to the summary, last in the contents: written by the compiler.
    page.summaryLink = one(cls(classes.tocSummary) + " a", page.toc);
  }
  return page;
}

export function setTocOpen(page, open) {
  if (page.tocToggle) page.tocToggle.setAttribute("aria-expanded", String(open));
}

/** aria-current="step" on the link of what is shown. */
export function markCurrent(link, on) {
  if (on) link.setAttribute("aria-current", "step"); else link.removeAttribute("aria-current");
}
