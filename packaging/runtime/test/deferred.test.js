// Sections kept out of the page's first parse (the compiler's Rendering/DeferredSections.cs): the section the launch
// shows is painted first, then the others are put back and the course is set up exactly as on a page that has them
// all (the same page, the same LMS calls).
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { JSDOM } from "jsdom";
import { unfoldSections } from "../src/ui/dom.js";
import { fakeLms, fakeLms2004, fixture, openPage } from "./helpers.mjs";

const html = fixture("every-question-type.html");

// The page as the compiler writes it now: every section after the first an empty placeholder, its HTML in
// sections.js (document.currentScript.sections = {id: html}); the first section's quiz and checks too, hidden, each
// under "#ID/N" with a placeholder in its place; and every section's title, quiz and checks from the course data
// (document.currentScript.quizzes = {id: {title, quiz, checks}}; the page's course data keeps the sections' ids).
// With `contentsKept`, the contents' entries past that many wait there too, under "#toc", as one placeholder.
function deferred(page, contentsKept = Infinity) {
  let first = true, entries = 0;
  const sections = {}, quizzes = {};
  const text = page.replace(/<li><a href="#s-[^"]*" data-section=[\s\S]*?<\/li>/g, (entry) => {
    if (++entries <= contentsKept) return entry;
    sections["#toc"] = (sections["#toc"] || "") + entry;
    return entries === contentsKept + 1 ? '<script type="text/html" data-section="#toc"></script>' : "";
  }).replace(/<section class="section"[\s\S]*?<\/section>/g, (section) => {
    const id = /data-section="([^"]+)"/.exec(section)[1];
    if (first) {
      first = false;
      let n = 0;
      return section.replace(/<form class="quiz"[\s\S]*?<\/form>/g, (form) => {
        const key = "#" + id + "/" + n++;
        sections[key] = form.replace(/^<form class="quiz"([^>]*)>/, '<form class="quiz"$1 hidden="">');
        return `<script type="text/html" data-section="${key}"></script>`;
      });
    }
    sections[id] = section;
    return `<script type="text/html" data-section="${id}"></script>`;
  }).replace(/(id="course-data">)([\s\S]*?)(<\/script>)/, (all, open, json, close) => {
    let data;
    try { data = JSON.parse(json); } catch { return all; }
    data.sections = data.sections.map((s) => {
      quizzes[s.id] = { title: s.title, quiz: s.quiz, checks: s.checks };
      return { id: s.id };
    });
    return open + JSON.stringify(data) + close;
  });
  return { html: text, sections, quizzes };
}

// A page whose sections.js the browser loads as soon as the player asks for it (jsdom runs no script it loads).
function openDeferred(page, options, loaded = true, contentsKept = Infinity) {
  const { html: text, sections, quizzes } = deferred(page, contentsKept), opened = openPage(text, options);
  opened.requested = [];
  const serve = () => {
    const script = opened.doc.querySelector('script[src="sections.js"]');
    if (!script) return false;
    opened.requested.push(script.getAttribute("src"));
    if (loaded) Object.assign(script, { sections, quizzes });
    script.dispatchEvent(new opened.win.Event(loaded ? "load" : "error"));
    return true;
  };
  if (!serve()) new opened.win.MutationObserver((records, observer) => { if (serve()) observer.disconnect(); }).observe(opened.doc.head, { childList: true });
  return opened;
}

// The first frame, then the tasks after it: the other sections a few a task, the model, then the set-up (done when
// the contents mark the section shown).
const frame = async (win) => {
  await new Promise((resolve) => { win.requestAnimationFrame(resolve); });
  for (let i = 0; i < 200 && !win.document.querySelector("[data-slot=toc] [aria-current]"); i++) await new Promise((resolve) => { setTimeout(resolve, 10); });
};
const content = (doc) => doc.getElementById("content").outerHTML;

test("the fixture has a section to defer, and the compiler's form of it", () => {
  const page = deferred(html);
  assert.equal((page.html.match(/<script type="text\/html" data-section=/g) || []).length, 2, "the first section's quiz, the other section");
  assert.ok(page.html.includes('<section class="section" id="s-stages"'));
  assert.deepEqual(Object.keys(page.sections), ["#stages/0", "energy"]);
  assert.deepEqual(Object.keys(page.quizzes), ["stages", "energy"]);
  assert.ok(page.quizzes.energy.quiz.questions.length > 0, "its quiz's course data is in the file");
  assert.ok(!page.html.includes(page.quizzes.energy.quiz.questions[0].sealed), "and not in the page");
  assert.ok(!page.html.includes('id="quiz-stages"'), "nor the first section's quiz");
});

test("a first launch shows the first section before the course is set up, then the same page and LMS calls", async () => {
  const api = fakeLms({ "cmi.core.student_id": "s1" }), plainApi = fakeLms({ "cmi.core.student_id": "s1" });
  const plain = openPage(html, { api: plainApi });
  const { doc, win, requested } = openDeferred(html, { api });
  assert.equal(doc.getElementById("s-stages").hidden, false);
  assert.deepEqual(requested, [], "the sections' file waits for the first frame");
  assert.equal(doc.getElementById("quiz-stages"), null, "its quiz waits in the file for its controls");
  assert.equal(doc.getElementById("s-energy"), null, "the other section is not parsed yet");
  assert.deepEqual(api.calls, [["LMSInitialize"], ["LMSGetValue", "cmi.suspend_data"]], "of the LMS, only what decides the paint");
  await frame(win);
  assert.equal(doc.querySelector("script[data-section]"), null);
  assert.equal(doc.getElementById("quiz-stages").hidden, false);
  assert.equal(doc.getElementById("s-energy").hidden, true);
  assert.deepEqual(api.calls, plainApi.calls);
  assert.equal(content(doc), content(plain.doc));
});

test("the first section's quiz, put back before the set-up, is shown only once its controls are arranged", async () => {
  const { doc, win } = openDeferred(html, { api: fakeLms({ "cmi.core.student_id": "s1" }) });
  // After each task that changed it (a mutation observer runs after the task): was it hidden, was the course set up?
  const seen = [];
  new win.MutationObserver(() => {
    const form = doc.getElementById("quiz-stages");
    if (form) seen.push([form.hidden, !!doc.querySelector("[data-slot=toc] [aria-current]")]);
  }).observe(doc.body, { subtree: true, childList: true, attributes: true, attributeFilter: ["hidden"] });
  await frame(win);
  assert.deepEqual(seen[0], [true, false], "put back hidden, before the set-up");
  assert.ok(seen.every(([hidden, setUp]) => hidden || setUp), "never shown before it");
  assert.equal(doc.getElementById("quiz-stages").hidden, false);
});

test("the contents' entries kept out of the page are put back in their place, all of them: the same contents and LMS calls", async () => {
  const api = fakeLms({ "cmi.core.student_id": "s1" }), plain = openPage(html, { api: fakeLms({ "cmi.core.student_id": "s1" }) });
  const { doc, win } = openDeferred(html, { api }, true, 1), links = () => [...doc.querySelectorAll("[data-slot=toc] a")].map((a) => a.hash);
  assert.deepEqual(links(), ["#s-stages"]);
  await frame(win);
  assert.deepEqual(links(), ["#s-stages", "#s-energy"]);
  assert.equal(doc.getElementById("toc").outerHTML, plain.doc.getElementById("toc").outerHTML);
  assert.equal(content(doc), content(plain.doc));
  assert.deepEqual(api.calls, plain.win.API.calls);
  doc.querySelector('[data-slot=toc] a[data-section="energy"]').click();
  assert.equal(doc.getElementById("s-energy").hidden, false, "the entry put back navigates");
});

test("a resumed launch shows its bookmarked section once set up, as on a page that has every section", async () => {
  // A state saved on the plain page: the first quiz answered, the learner on the second section.
  const first = openPage(html, { api: fakeLms({ "cmi.core.student_id": "s1" }) }), api0 = first.win.API;
  first.doc.querySelector("#q-stages-q-name input").value = "evaporation";
  first.doc.getElementById("quiz-stages").dispatchEvent(new first.win.Event("input", { bubbles: true }));
  first.doc.querySelector('[data-action="next"]').click();
  first.win.dispatchEvent(new first.win.Event("pagehide"));
  const held = Object.assign({}, api0.held, { "cmi.core.entry": "resume" });
  assert.equal(held["cmi.core.lesson_location"], "energy");

  const plain = openPage(html, { api: fakeLms(held) }), api = fakeLms(held);
  const { doc, win } = openDeferred(html, { api });
  assert.equal(doc.getElementById("s-stages").hidden, true, "only the saved state can tell which section it is");
  await frame(win);
  assert.equal(doc.querySelector("#q-stages-q-name input").value, "evaporation");
  assert.equal(doc.getElementById("s-energy").hidden, false);
  assert.deepEqual(api.calls, plain.win.API.calls);
  assert.equal(content(doc), content(plain.doc));
});

test("a page whose course data cannot be read shows every section, the deferred ones too", () => {
  const page = html.replace(/(id="course-data">)/, "$1{");
  const { doc } = openDeferred(page);
  assert.equal(doc.querySelector("script[data-section]"), null);
  assert.equal(doc.getElementById("s-energy").hidden, false);
});

// The course is not whole without it: a state saved then would drop the learner's answers in the sections missing,
// and the one section there is could finish the course. So the page's sections are shown and the LMS is only read.
for (const [launch, held] of [["a first", {}], ["a resumed", { "cmi.suspend_data": "kept", "cmi.core.entry": "resume" }]]) {
  test(`on ${launch} launch, a sections.js that cannot be loaded shows the sections the page has and records nothing`, async () => {
    const api = fakeLms({ "cmi.core.student_id": "s1", ...held });
    const { doc, win } = openDeferred(html, { api }, false);
    await frame(win);
    win.dispatchEvent(new win.Event("pagehide"));
    assert.equal(doc.querySelector("script[data-section]"), null);
    assert.equal(doc.querySelector('script[src="sections.js"]'), null);
    assert.equal(doc.getElementById("s-stages").hidden, false);
    assert.deepEqual(api.calls.filter(([name]) => !["LMSInitialize", "LMSGetValue", "LMSGetLastError"].includes(name)), []);
    assert.equal(api.held["cmi.suspend_data"], held["cmi.suspend_data"]);
  });
}

// What the LMS holds is read in two steps (src/player/start.js): suspend_data alone before the first paint (it alone
// decides what that paint shows: the first section, or the learner's own), then all of it (the entry, the status, the
// learner, the pass mark, the objectives...) before the set-up, which is what writes: nothing is written or committed
// before the whole read, on a first launch (set up after the first section is painted) as on a resumed one (set up
// before its section is shown). In both standards: each has its own read (src/scorm/cmi.js, src/scorm2004/cmi.js).
const STANDARDS = [
  { name: "SCORM 1.2", lms: fakeLms, option: "api", script: "player.js", get: "LMSGetValue", entry: "cmi.core.entry",
    learner: "cmi.core.student_id", location: "cmi.core.lesson_location", resumed: { "cmi.core.entry": "resume" } },
  { name: "SCORM 2004", lms: fakeLms2004, option: "api2004", script: "player-scorm2004.js", get: "GetValue", entry: "cmi.entry",
    learner: "cmi.learner_id", location: "cmi.location", resumed: { "cmi.entry": "resume" } }
];

for (const standard of STANDARDS) {
  const open = (page, api, loaded = true) => openDeferred(page, { [standard.option]: api, scripts: [standard.script] }, loaded);
  const reads = (api) => api.calls.filter((c) => c[0] === standard.get).map((c) => c[1]);
  // Every read comes before the first write or commit, and the whole read (with the learner and the entry) after
  // the quick one.
  const readBeforeWrites = (api) => {
    const firstWrite = api.calls.findIndex((c) => c[0] !== standard.get && !/Initialize$/.test(c[0]));
    assert.ok(firstWrite > 0, "the set-up wrote");
    assert.deepEqual(api.calls.slice(firstWrite).filter((c) => c[0] === standard.get), [], "nothing read after the first write");
    const read = reads(api);
    assert.equal(read[0], "cmi.suspend_data");
    for (const key of [standard.entry, standard.learner, standard.location, "cmi.suspend_data"]) assert.ok(read.slice(1).includes(key), key);
  };

  test(`${standard.name}, a first launch: suspend_data alone read before the first paint, all of it before the set-up`, async () => {
    const api = standard.lms({ [standard.learner]: "s1" });
    const { doc, win } = open(html, api);
    assert.equal(doc.getElementById("s-stages").hidden, false, "the first section painted");
    assert.deepEqual(api.calls.slice(1), [[standard.get, "cmi.suspend_data"]]);
    await frame(win);
    readBeforeWrites(api);
    assert.equal(doc.querySelector('[data-slot="toc"] [aria-current]').dataset.section, "stages");
  });

  test(`${standard.name}, a resumed launch: suspend_data alone decides, all of it is read before the set-up restores the state`, async () => {
    // A state saved on the plain page: the first quiz answered, the learner on the second section.
    const first = openPage(html, { [standard.option]: standard.lms({ [standard.learner]: "s1" }), scripts: [standard.script] });
    first.doc.querySelector("#q-stages-q-name input").value = "evaporation";
    first.doc.getElementById("quiz-stages").dispatchEvent(new first.win.Event("input", { bubbles: true }));
    first.doc.querySelector('[data-action="next"]').click();
    first.win.dispatchEvent(new first.win.Event("pagehide"));
    const saved = (first.win.API || first.win.API_1484_11).held;
    assert.equal(saved[standard.location], "energy");

    const api = standard.lms(Object.assign({}, saved, standard.resumed));
    const { doc, win } = open(html, api);
    await frame(win);
    readBeforeWrites(api);
    assert.equal(reads(api).filter((key) => key === "cmi.suspend_data").length, 2, "once for the paint, once in the whole read");
    assert.equal(doc.querySelector("#q-stages-q-name input").value, "evaporation");
    assert.equal(doc.getElementById("s-energy").hidden, false);
  });

  // No LMS to read from: no API object in reach, or one whose Initialize fails. Neither read asks the LMS anything
  // (nor anything after the failed Initialize but its error), and the launch is the one without an LMS: every section
  // put back before the set-up, the notice shown, the state kept in this browser and resumed from it.
  const prefix = standard.get.replace("GetValue", "");
  const failing = () => Object.assign(standard.lms({}), {
    [prefix + "Initialize"]() { this.calls.push([prefix + "Initialize"]); return "false"; },
    [prefix + "GetLastError"]: () => "101"
  });
  for (const [what, lms] of [["no LMS API", () => null], ["an LMS whose Initialize fails", failing]]) {
    test(`${standard.name}, ${what}: nothing read, the launch without an LMS, resumed from this browser`, async () => {
      const api = lms(), first = open(html, api);
      await frame(first.win);
      assert.equal(first.doc.querySelector("script[data-section]"), null, "every section put back");
      assert.equal(first.doc.querySelector('[data-slot="no-lms-notice"]').hidden, false);
      first.doc.querySelector("#q-stages-q-name input").value = "evaporation";
      first.doc.getElementById("quiz-stages").dispatchEvent(new first.win.Event("input", { bubbles: true }));
      first.doc.querySelector('[data-action="next"]').click();
      first.win.dispatchEvent(new first.win.Event("pagehide"));
      if (api) assert.deepEqual(api.calls, [[prefix + "Initialize"]]);

      const storage = Object.fromEntries(Object.entries(first.win.localStorage));
      const again = lms(), { doc, win } = openDeferred(html, { [standard.option]: again, scripts: [standard.script], storage });
      await frame(win);
      if (again) assert.deepEqual(again.calls, [[prefix + "Initialize"]]);
      assert.equal(doc.querySelector("#q-stages-q-name input").value, "evaporation");
      assert.equal(doc.getElementById("s-energy").hidden, false);
    });
  }
}

// The placeholders themselves (src/ui/dom.js unfoldSections): a run of sections is one placeholder naming them all,
// space-separated (Rendering/DeferredSections.cs); a package of the previous release has one a section.
describe("unfoldSections", () => {
  const ids = Array.from({ length: 14 }, (_, i) => "s" + (i + 2));
  const sections = Object.fromEntries(ids.map((id) => [id, `<section data-section="${id}"><p>${id}</p></section>`]));
  // jsdom's page is hidden unless it pretends to be visual.
  const page = (placeholders, visible = true) => new JSDOM("<!doctype html><html><head></head><body><nav><ol><li>s1</li>" +
    '<script type="text/html" data-section="#toc"></script><li>summary</li></ol></nav><main><section data-section="s1"></section>' +
    placeholders.map((keys) => `<script type="text/html" data-section="${keys.join(" ")}"></script>`).join("") +
    '<div><script type="text/html" data-section="#ending"></script></div></main></body></html>', { pretendToBeVisual: visible }).window.document;
  const file = Object.assign({ "#toc": "<li>s2</li><li>s3</li>", "#ending": "<p>ending</p>" }, sections);
  const shown = (doc) => [...doc.querySelectorAll("main section")].map((s) => s.dataset.section);
  // Starts the unfolding; the sections file "loads" (jsdom runs no script it loads) with `loaded`, or fails without it.
  const unfold = (doc, later, loaded) => new Promise((resolve) => {
    unfoldSections(doc, later, (quizzes, failed) => { resolve({ quizzes, failed }); });
    const script = doc.querySelector('script[src="sections.js"]');
    if (loaded) Object.assign(script, { sections: loaded, quizzes: { s2: { quiz: null } } });
    script.dispatchEvent(new doc.defaultView.Event(loaded ? "load" : "error"));
  });

  test("a run's sections come back in order in its place, six a task, then the rest; input waits for no more than six", async () => {
    const doc = page([ids]), tasks = [];
    const done = unfold(doc, (task) => { tasks.push(task); }, file);
    assert.equal(doc.hidden, false);
    assert.deepEqual(shown(doc), ["s1", "s2", "s3", "s4", "s5", "s6"], "the contents' entries, then five sections");
    assert.equal(doc.querySelector("main > script").dataset.section, ids.join(" "), "the run's placeholder stays until its last section");
    assert.equal(doc.querySelector("nav li:nth-child(2)").textContent, "s2", "the contents' entries came first");
    tasks.shift()();
    assert.deepEqual(shown(doc), ["s1", ...ids.slice(0, 11)], "six more");
    while (tasks.length) tasks.shift()();
    assert.deepEqual(await done, { quizzes: { s2: { quiz: null } }, failed: false });
    assert.deepEqual(shown(doc), ["s1", ...ids]);
    assert.equal(doc.querySelector("script[data-section]"), null);
    assert.equal(doc.querySelector("main div").innerHTML, "<p>ending</p>");
  });

  test("a page of the previous release (one placeholder a section) and a hidden page (all at once) unfold the same", async () => {
    const one = page(ids.map((id) => [id])), hidden = page([ids.slice(0, 3), ids.slice(3)], false);
    assert.equal(hidden.hidden, true);
    await Promise.all([unfold(one, null, file), unfold(hidden, () => { throw new Error("no task for a hidden page"); }, file)]);
    const plain = page([ids]);
    await unfold(plain, null, file);
    assert.equal(one.body.innerHTML, plain.body.innerHTML);
    assert.equal(hidden.body.innerHTML, plain.body.innerHTML);
  });

  test("without the sections file, every placeholder goes and nothing comes back", async () => {
    const doc = page([ids]);
    assert.deepEqual(await unfold(doc, null, null), { quizzes: {}, failed: true });
    assert.deepEqual(shown(doc), ["s1"]);
    assert.equal(doc.querySelector("script"), null);
  });
});
