// Shared by the tests: the question types as Node imports them, the fixture pages, and a page in jsdom running the
// committed bundles with a fake SCORM 1.2 LMS.
//
// fixtures/every-question-type.html and fixtures/every-question-type-xapi.html are index.html of
// samples/every-question-type as the compiler builds it (the second with --xapi-base https://example.org/xapi/
// --xapi-endpoint https://lrs.example.org/xapi/). Rebuild them when the compiler's markup changes.
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { JSDOM } from "jsdom";
import { loadTypes } from "../tools/question-types.mjs";
import { createRegistry } from "../src/questions/registry.js";
import { openSeal } from "../src/seal/seal.js";

export const runtimeDirectory = join(dirname(fileURLToPath(import.meta.url)), "..");

/** Every .js file below `directory` (default: src/), as absolute paths. */
export function sourceFiles(directory = join(runtimeDirectory, "src")) {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? sourceFiles(join(directory, entry.name)) : entry.name.endsWith(".js") ? [join(directory, entry.name)] : []);
}

export async function loadRegistry() {
  return createRegistry(await loadTypes());
}

export function fixture(name) {
  return readFileSync(join(runtimeDirectory, "test", "fixtures", name), "utf8");
}

export function bundle(name) {
  return readFileSync(join(runtimeDirectory, name), "utf8");
}

/** The course data of a page (script#course-data). */
export function courseData(html) {
  const match = /<script type="application\/json" id="course-data">([\s\S]*?)<\/script>/.exec(html);
  return JSON.parse(match[1]);
}

/** A question's answer key, opened from the page's seal as the runtime does (correct, pattern, xapi, feedback). */
export function answerKey(data, sectionId, item) {
  return openSeal(data.seal, sectionId + "." + item.id, item.sealed);
}

/** A question record as the quiz engine keeps it, for the pure verbs: course data plus the facts bind() keeps. */
export function question(type, fields) {
  return Object.assign({ type, data: {}, correct: [], weight: 1, outcomes: [], quiz: { checked: false } }, fields);
}

/**
 * A SCORM 1.2 API that keeps values in memory and logs every call.
 * @param {Record<string, string>} values what the LMS holds at launch
 */
export function fakeLms(values) {
  const held = Object.assign({ "cmi.core.entry": "ab-initio", "cmi.core.lesson_status": "not attempted",
    "cmi.objectives._count": "0", "cmi.interactions._count": "0" }, values);
  const calls = [];
  let error = "0";
  const api = {
    held, calls,
    LMSInitialize: () => { calls.push(["LMSInitialize"]); return "true"; },
    LMSGetValue: (key) => { calls.push(["LMSGetValue", key]); error = key in held ? "0" : "401"; return held[key] || ""; },
    LMSSetValue: (key, value) => { calls.push(["LMSSetValue", key, value]); held[key] = value; error = "0"; return "true"; },
    LMSCommit: () => { calls.push(["LMSCommit"]); return "true"; },
    LMSFinish: () => { calls.push(["LMSFinish"]); return "true"; },
    LMSGetLastError: () => error,
    LMSGetErrorString: () => "",
    LMSGetDiagnostic: () => ""
  };
  return api;
}

/**
 * A SCORM 2004 API_1484_11 that keeps values in memory and logs every call but GetLastError; GetValue of a value it
 * does not hold is "" with error 403, as SCORM 2004 says.
 * @param {Record<string, string>} values what the LMS holds at launch
 */
export function fakeLms2004(values) {
  const held = Object.assign({ "cmi.entry": "ab-initio", "cmi.completion_status": "unknown", "cmi.success_status": "unknown",
    "cmi.objectives._count": "0", "cmi.interactions._count": "0" }, values);
  const calls = [];
  let error = "0";
  return {
    held, calls,
    Initialize: () => { calls.push(["Initialize"]); return "true"; },
    GetValue: (key) => { calls.push(["GetValue", key]); error = key in held ? "0" : "403"; return held[key] || ""; },
    SetValue: (key, value) => { calls.push(["SetValue", key, value]); held[key] = value; error = "0"; return "true"; },
    Commit: () => { calls.push(["Commit"]); return "true"; },
    Terminate: () => { calls.push(["Terminate"]); return "true"; },
    GetLastError: () => error,
    GetErrorString: () => "",
    GetDiagnostic: () => ""
  };
}

/**
 * A page in jsdom running the committed bundles.
 * @param {string} html
 * @param {{api?: object, api2004?: object, storage?: Record<string, string>, search?: string, fetch?: Function,
 *          scripts?: string[]}} options (api2004: the page's API_1484_11, for player-scorm2004.js)
 */
export function openPage(html, options = {}) {
  const dom = new JSDOM(html, { url: "https://lms.example/course/index.html" + (options.search || ""), runScripts: "outside-only", pretendToBeVisual: true });
  const win = dom.window;
  Object.entries(options.storage || {}).forEach(([key, value]) => win.localStorage.setItem(key, value));
  if (options.api) win.API = options.api;
  if (options.api2004) win.API_1484_11 = options.api2004;
  if (options.fetch) win.fetch = options.fetch;
  win.console.warn = () => {};
  (options.scripts || ["player.js"]).forEach((name) => win.eval(bundle(name)));
  return { dom, win, doc: win.document };
}
