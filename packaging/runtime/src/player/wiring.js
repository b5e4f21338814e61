/*
 * The page's own listeners: the shell's actions (data-action), links into sections, and the page being hidden,
 * left or brought back from the back/forward cache. No unload handlers.
 */
import { actions, attributes, classes } from "../contract.js";
import { cls, has } from "../ui/dom.js";
import { navigate, show, showClosed, showSummary } from "./navigation.js";
import { setTocOpen } from "./page.js";
import { finish, save, VIEW } from "./session.js";

function act(player, button) {
  const name = button.getAttribute(attributes.action), last = player.course.sections.length - 1;
  if (name === actions.toggleToc) setTocOpen(player.page, button.getAttribute("aria-expanded") !== "true");
  else if (name === actions.previous) {
    if (player.view === VIEW.summary) navigate(player, last);
    else if (player.current > 0) navigate(player, player.current - 1);
  } else if (name === actions.next) {
    if (player.current < last) navigate(player, player.current + 1); else showSummary(player);
  } else if (name === actions.print) {
    player.win.print();
  } else if (name === actions.exit) {
    finish(player, true);
    showClosed(player);
  }
}

function follow(player, event, link) {
  let id;
  try { id = decodeURIComponent(link.getAttribute("href").slice(1)); } catch { return; }
  const summary = player.page.summary;
  if (summary && id === summary.id) { event.preventDefault(); showSummary(player); return; }
  const element = id && player.doc.getElementById(id);
  const home = element && element.closest(cls(classes.section) + has(attributes.section));
  const section = home && player.course.sections.find((s) => s.element === home);
  if (!section) return;
  if (element === home) { event.preventDefault(); navigate(player, section.index); return; }
  // A footnote or anchor inside a section: open that section, then let the browser scroll to the target.
  if (section.index !== player.current || player.view !== VIEW.section) {
    show(player, section.index, false);
    save(player);
  }
}

export function wire(player) {
  const doc = player.doc, win = player.win;
  doc.addEventListener("click", (event) => {
    const target = event.target && event.target.closest ? event.target : null;
    if (!target) return;
    const button = target.closest(has(attributes.action));
    if (button) { act(player, button); return; }
    const link = target.closest('a[href^="#"]');
    if (!link || player.view === VIEW.closed) return;
    follow(player, event, link);
  });
  doc.addEventListener("visibilitychange", () => {
    if (doc.visibilityState === "hidden") save(player);
  });
  // Capture: at the window, before runtime/xapi.js flushes its queue on the same event.
  win.addEventListener("pagehide", () => { finish(player); }, true);
  win.addEventListener("pageshow", (event) => { if (event.persisted && player.lms.finished) showClosed(player); });
}
