/* Small DOM helpers. Every function takes the root it works in: nothing here knows the page. */
import { attributes, classes, events, files } from "../contract.js";

/** The elements matching `selector` inside `root`, as an array. */
export function all(selector, root) {
  return [...root.querySelectorAll(selector)];
}

export function one(selector, root) {
  return root.querySelector(selector);
}

/** A class selector. */
export function cls(name) {
  return "." + name;
}

/** An attribute selector: `[name]`, or `[name="value"]`. */
export function has(name, value) {
  return value === undefined ? "[" + name + "]" : "[" + name + '="' + value + '"]';
}

/** The shell's element for slot `name` (data-slot). */
export function slot(doc, name) {
  return one(has(attributes.slot, name), doc);
}

/** The shell's controls for action `name` (data-action). */
export function actionButtons(doc, name) {
  return all(has(attributes.action, name), doc);
}

/** The item id (data-item) of a matching select or a sequencing item. */
export function itemOf(element) {
  return element.getAttribute(attributes.item);
}

/**
 * The sections the compiler kept out of the page (script[data-section] placeholders, one for each run of sections,
 * their ids space-separated; their HTML in sections.js: Rendering/DeferredSections.cs) put back in their places, in
 * order, each placeholder removed after its last, then `done` with their quizzes' course data from the same
 * file (by section id; empty when the file has none or could not load). The file is a script (file:// and an LMS
 * serve it as they serve the page; fetch cannot read file://), loaded only now: after the first paint, on a first
 * launch. Each section is the compiler's own HTML, parsed in an inert document (no script runs, no resource loads),
 * as the seal's feedback is. With `later` (which posts a task), a few sections a task: a course of 300 sections
 * takes a third of a second to parse, and input is handled between the slices rather than after them; a hidden page
 * (whose timers run once a second) takes the rest at once.
 */
export function unfoldSections(doc, later, done) {
  // Each key of each placeholder, with the key after it in the same placeholder (none: the placeholder's last).
  const blocks = all("script" + has(attributes.section), doc).flatMap((block) =>
    block.getAttribute(attributes.section).split(" ").map((key, i, keys) => [block, key, keys[i + 1]]));
  const parser = new doc.defaultView.DOMParser();
  let failed = false; // sections.js could not be loaded
  // One section a document: faster in Chromium than all in one (300 sections: 0.4 s against 1 s, a loaded machine).
  const next = (html, quizzes) => {
    // Six sections a task (about 100 KB of HTML, a few milliseconds).
    blocks.splice(0, later && !doc.hidden ? 6 : blocks.length).forEach(([block, key, more]) => {
      // A section, the ending, or the contents' entries past the first (all of them).
      block.before(...parser.parseFromString(html[key] || "", "text/html").body.childNodes);
      if (!more) block.remove();
    });
    if (blocks.length) later(() => { next(html, quizzes); }); else if (done) done(quizzes || {}, failed);
  };
  if (!blocks.length) return next({});
  const script = doc.createElement("script");
  script.onload = script.onerror = (event) => { script.remove(); failed = event.type == "error"; next(script.sections || {}, script.quizzes); };
  script.src = files.sections;
  doc.head.appendChild(script);
}

/**
 * Calls `then` in a task of its own once the page's first frame has been presented (Paint Timing: its "paint" entries
 * are reported then, not when the frame is drawn) and two frames have begun since the call: what follows does not
 * share the cores with that frame's raster (on a first launch, the first section's: 12 to 20 ms of CPU). Where the
 * frame was presented before the call (a browser that does not hold rendering for the player, Firefox, may draw the
 * shell first), the two frames alone.
 * Without Paint Timing (jsdom), after the two frames; a browser that has the observer but not "paint" entries reports
 * nothing, which the caller's own time-out covers.
 */
export function afterFirstPaint(win, then) {
  let left = 2;
  const step = () => { if (!--left) setTimeout(then); };
  win.requestAnimationFrame(() => { win.requestAnimationFrame(step); });
  try {
    // Once: first paint and first contentful paint may be reported apart.
    new win.PerformanceObserver((list, observer) => { observer.disconnect(); step(); }).observe({ type: "paint", buffered: true });
  } catch { step(); }
}

/** The fallback when the player cannot run: every section readable, nothing tracked. */
export function unhideSections(doc) {
  unfoldSections(doc, null, () => {
    all(cls(classes.section) + "[hidden]", doc).forEach((section) => { section.hidden = false; });
  });
}

export function warn(message) {
  try { console.warn("[course] " + message); } catch { /* no console */ }
}

/** Tells optional listeners (runtime/xapi.js) what happened; they can never break the player (a listener's error is reported, not thrown here). */
export function emit(doc, name, detail) {
  doc.dispatchEvent(new CustomEvent(events.prefix + name, { detail: detail }));
}

/** Pauses every audio and video inside `root`. */
export function pauseMedia(root) {
  all("audio, video", root).forEach((media) => {
    try { media.pause(); } catch { /* ignore */ }
  });
}

/** Scrolls a heading to the top and focuses it (without a second scroll; an engine without focus options ignores them). */
export function focusHeading(heading) {
  if (!heading) return;
  try { heading.scrollIntoView({ block: "start" }); } catch { /* old engines */ }
  heading.focus({ preventScroll: true });
}
