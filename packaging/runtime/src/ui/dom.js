/* Small DOM helpers. Every function takes the root it works in: nothing here knows the page. */
import { attributes, classes, events } from "../contract.js";

/** The elements matching `selector` inside `root`, as an array. */
export function all(selector, root) {
  return Array.prototype.slice.call(root.querySelectorAll(selector));
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
 * The sections the compiler kept out of the page's first parse (script[data-section]: Rendering/DeferredSections.cs)
 * put back in their places. The compiler's own HTML, one section a block, parsed at once in an inert document (no
 * script runs, no resource loads), as the seal's feedback is.
 */
export function unfoldSections(doc) {
  const blocks = all("script" + has(attributes.section), doc);
  const parsed = new doc.defaultView.DOMParser().parseFromString(blocks.map((b) => b.textContent).join(""), "text/html").body.children;
  blocks.forEach((block) => { block.parentNode.replaceChild(doc.adoptNode(parsed[0]), block); });
}

/** The fallback when the player cannot run: every section readable, nothing tracked. */
export function unhideSections(doc) {
  unfoldSections(doc);
  all(cls(classes.section) + "[hidden]", doc).forEach((section) => { section.hidden = false; });
}

export function warn(message) {
  try { console.warn("[course] " + message); } catch { /* no console */ }
}

/** Tells optional listeners (runtime/xapi.js) what happened; they can never break the player. */
export function emit(doc, name, detail) {
  try { doc.dispatchEvent(new CustomEvent(events.prefix + name, { detail: detail })); } catch { /* old engines */ }
}

/** Pauses every audio and video inside `root`. */
export function pauseMedia(root) {
  all("audio, video", root).forEach((media) => {
    try { media.pause(); } catch { /* ignore */ }
  });
}

/** Scrolls a heading to the top and focuses it (without a second scroll). */
export function focusHeading(heading) {
  if (!heading) return;
  try { heading.scrollIntoView({ block: "start" }); } catch { /* old engines */ }
  try { heading.focus({ preventScroll: true }); } catch { heading.focus(); }
}
