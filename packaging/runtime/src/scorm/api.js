/*
 * The LMS connection: finding the LMS's API object, calling it without ever throwing at the learner, and writing
 * each value only when it changed (the written-values cache). Nothing is called after LMSFinish (Terminate), except
 * LMSGetLastError (GetLastError) on its failure. SCORM 1.2 and 2004 differ only in the object's name and its
 * methods' names: the dialect.
 */
import { warn } from "../ui/dom.js";

const MAX_LEVELS = 500;

/** SCORM 1.2's API object and methods. */
export const SCORM12 = {
  api: "API", initialize: "LMSInitialize", getValue: "LMSGetValue", setValue: "LMSSetValue", commit: "LMSCommit",
  finish: "LMSFinish", lastError: "LMSGetLastError", errorString: "LMSGetErrorString"
};

function findApi(win, dialect) {
  for (let level = 0; win && level < MAX_LEVELS; level++) {
    try {
      const api = win[dialect.api];
      if (api && typeof api[dialect.initialize] === "function") return api;
    } catch { /* cross-origin */ }
    let parent;
    try { parent = win.parent; } catch { parent = null; }
    if (!parent || parent === win) break;
    win = parent;
  }
  return null;
}

/** The window and its parents, then the opener and its parents, then the top window's opener and its parents. */
export function discover(win, dialect = SCORM12) {
  let found = findApi(win, dialect);
  [() => win.opener, () => win.top.opener].forEach((get) => {
    if (found) return;
    let opener;
    try { opener = get(); } catch { opener = null; }
    if (opener) found = findApi(opener, dialect);
  });
  return found;
}

/** A connection to the LMS of `win` (none until initialize() succeeds), in SCORM 1.2's dialect unless told. */
export function createLms(win, dialect = SCORM12) {
  let api = null, connected = false, finished = false, dirty = false, seeding = false;
  const written = {};

  function call(name, ...args) {
    if (!api || finished) return "";
    try {
      const result = api[name].apply(api, args);
      return result === undefined || result === null ? "" : String(result);
    } catch (e) {
      warn(name + " threw: " + e);
      return "";
    }
  }
  // True (and a console warning) when the last call failed; `quiet` is an error code that is no failure here.
  function failed(what, quiet) {
    const code = call(dialect.lastError);
    if (code === "" || code === "0" || code === quiet) return false;
    warn(what + " failed: " + code + " " + call(dialect.errorString, code));
    return true;
  }

  return {
    /** Finds the API and calls LMSInitialize; true when connected. */
    initialize() {
      api = discover(win, dialect);
      if (api) {
        if (call(dialect.initialize, "") === "true") connected = true;
        else { failed(dialect.initialize); api = null; }
      }
      return connected;
    },
    get connected() { return connected; },
    get finished() { return finished; },
    /**
     * The value ("" for one the LMS holds none of yet), or null when the LMS reports an error for it. A GetValue
     * that fails returns "" in both standards: only then is the LMS asked for its error, which spares a launch the
     * error calls of every value the LMS does hold, before its first paint.
     */
    get(key) {
      const value = call(dialect.getValue, key);
      return value === "" && failed(dialect.getValue + " " + key, dialect.notInitialized) ? null : value;
    },
    /** Writes a value unless the LMS holds it already; false when the LMS refused it. */
    set(key, value) {
      value = String(value);
      if (!connected || finished) return false;
      if (seeding) { if (!(key in written)) written[key] = value; return true; }
      if (written[key] === value) return true;
      if (call(dialect.setValue, key, value) === "true") { written[key] = value; dirty = true; return true; }
      failed(dialect.setValue + " " + key + "=" + value);
      return false;
    },
    /** LMSCommit, when something was written since the last one. */
    commit() {
      if (!connected || finished || !dirty) return;
      if (call(dialect.commit, "") === "true") dirty = false; else failed(dialect.commit);
    },
    /** Records that the LMS holds `value` for `key` already. */
    know(key, value) { written[key] = value; },
    /** Forgets what was written for `key`, so that the next set() writes it again. */
    forget(key) { delete written[key]; },
    /** Runs `write` with every set() only recording values the LMS is known to hold already. */
    seed(write) {
      seeding = true;
      try { write(); } finally { seeding = false; }
    },
    /** LMSFinish (once, when connected); afterwards nothing is called. */
    finish() {
      if (connected && call(dialect.finish, "") !== "true") failed(dialect.finish);
      finished = true;
    }
  };
}
