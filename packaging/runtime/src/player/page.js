/*
 * The shell's hooks the runtime drives (runtime/index.html): the table of contents, with a hidden "(seen)" marker
 * in each section's link and a last link to the summary; the summary and closed panels; the layout.
 */
import { actions, attributes, classes, slots } from "../contract.js";
import { actionButtons, all, has, slot } from "../ui/dom.js";

export function preparePage(doc, ui) {
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
    all("a" + has(attributes.section), page.toc).forEach((a) => {
      page.tocLinks[a.getAttribute(attributes.section)] = a;
      a.appendChild(ui.make("span", classes.visuallyHidden, "seen")).hidden = true;
    });
    if (page.summary) {
      const item = ui.make("li", classes.tocSummary);
      page.summaryLink = ui.make("a", null, "summary");
      page.summaryLink.href = "#" + page.summary.id;
      item.appendChild(page.summaryLink);
      page.toc.appendChild(item);
    }
  }
  return page;
}

export function setTocOpen(page, open) {
  if (page.tocToggle) page.tocToggle.setAttribute("aria-expanded", open ? "true" : "false");
}

/** aria-current="step" on the link of what is shown. */
export function markCurrent(link, on) {
  if (on) link.setAttribute("aria-current", "step"); else link.removeAttribute("aria-current");
}
