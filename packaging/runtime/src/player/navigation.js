/*
 * What the page shows: one section at a time, the summary, or the closed page after exit; the progress, the
 * position and the table of contents follow.
 */
import { actions, attributes, classes, events, ids, slots, states } from "../contract.js";
import { actionButtons, all, cls, emit, focusHeading, one, pauseMedia, slot } from "../ui/dom.js";
import { markCurrent, setTocOpen } from "./page.js";
import { describeQuestions } from "./quiz-actions.js";
import { renderSummary } from "./summary.js";
import { leaveSection, save, VIEW } from "./session.js";

function seenCount(player) {
  return player.visited.filter(Boolean).length;
}

export function refresh(player) {
  const doc = player.doc, ui = player.ui, page = player.page, sections = player.course.sections, done = seenCount(player);
  const progressText = slot(doc, slots.progressText), bar = slot(doc, slots.progressBar), position = slot(doc, slots.position);
  if (progressText) ui.fill(progressText, "progress", { done: done, total: sections.length });
  if (bar) { bar.max = sections.length; bar.value = done; }
  if (position) {
    if (player.view === VIEW.section) ui.fill(position, "sectionNumber", { n: player.current + 1, total: sections.length });
    else position.textContent = "";
  }
  sections.forEach((s) => {
    const link = page.tocLinks[s.id];
    if (!link) return;
    markCurrent(link, player.view === VIEW.section && s.index === player.current);
    link.parentNode.setAttribute(attributes.state, player.visited[s.index] ? states.seen : states.unseen);
    link.lastChild.hidden = !player.visited[s.index];
  });
  if (page.summaryLink) markCurrent(page.summaryLink, player.view === VIEW.summary);
  actionButtons(doc, actions.previous).forEach((b) => { b.disabled = player.view === VIEW.section && player.current === 0; });
  actionButtons(doc, actions.next).forEach((b) => { b.hidden = player.view !== VIEW.section; });
  if (player.view === VIEW.summary) renderSummary(player);
}

function hideSections(player) {
  player.course.sections.forEach((s) => {
    if (!s.element.hidden) { pauseMedia(s.element); s.element.hidden = true; }
  });
}

/** Shows section `index`; `moveFocus` when the learner asked for it (not on launch). */
export function show(player, index, moveFocus, launching) {
  if (player.view === VIEW.closed) return;
  const sections = player.course.sections;
  index = Math.max(0, Math.min(sections.length - 1, index));
  leaveSection(player);
  hideSections(player);
  if (player.page.summary) player.page.summary.hidden = true;
  const section = sections[index];
  if (section.quiz) describeQuestions(player, section.quiz);
  section.element.hidden = false;
  if (section.quiz && !section.quiz.shown) { section.quiz.shown = true; section.quiz.started = Date.now(); }
  player.current = index;
  player.visited[index] = true;
  player.view = VIEW.section;
  player.shownAt = Date.now();
  setTocOpen(player.page, false);
  refresh(player);
  if (!launching) emit(player.doc, events.progressed, { progress: 100 * seenCount(player) / sections.length });
  if (moveFocus) focusHeading(section.heading);
}

export function showSummary(player) {
  const summary = player.page.summary;
  if (player.view === VIEW.closed || !summary) return;
  leaveSection(player);
  hideSections(player);
  summary.hidden = false;
  player.view = VIEW.summary;
  setTocOpen(player.page, false);
  refresh(player);
  focusHeading(one("h2", summary));
}

export function showClosed(player) {
  const doc = player.doc, layout = player.page.layout, closed = player.page.closed;
  player.view = VIEW.closed;
  pauseMedia(doc.body);
  if (layout) {
    layout.setAttribute(attributes.state, states.closed);
    all(":scope > *", layout).forEach((el) => { el.hidden = true; });
  }
  all(cls(classes.mastheadTools), doc).forEach((el) => { el.hidden = true; });
  const main = doc.getElementById(ids.content);
  if (main) {
    main.hidden = false;
    all(":scope > *", main).forEach((el) => { el.hidden = el !== closed; });
  }
  if (closed) { closed.hidden = false; focusHeading(one("h2", closed)); }
}

/** The learner goes to section `index` (or back to its heading). */
export function navigate(player, index) {
  if (index === player.current && player.view === VIEW.section) {
    focusHeading(player.course.sections[index].heading);
    return;
  }
  show(player, index, true);
  // The LMS is told in a task of its own: after the click's, Chromium runs the frame the click asked for before it
  // (and when that frame is not due yet, the task takes the wait for it), so the LMS's calls do not hold back the
  // click's answer. A page hidden or left before then has saved in its own listeners (wiring.js).
  setTimeout(() => save(player));
}
