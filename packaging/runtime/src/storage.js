/*
 * localStorage, which may be missing or refuse (private modes, full): every access is wrapped. The keys are built
 * from the contract's storage names: civilsociety-scorm:<course id> (the saved state without an LMS),
 * civilsociety-scorm:learner, civilsociety-scorm:xapi-queue:<course id>,
 * civilsociety-scorm:xapi-registration:<course id>:<student id>. Releases before the contract kept xAPI's keys
 * under civil-scorm: (storage.legacyXapiPrefix); runtime/xapi.js moves them over once.
 */
import { storage } from "./contract.js";

const PART = ":";

export const keys = {
  state: (courseId) => storage.prefix + courseId,
  learner: () => storage.prefix + storage.learner,
  xapiQueue: (courseId) => storage.prefix + storage.xapiQueue + courseId,
  legacyXapiQueue: (courseId) => storage.legacyXapiPrefix + storage.xapiQueue + courseId,
  xapiRegistration: (courseId, studentId) => storage.prefix + storage.xapiRegistration + courseId + PART + studentId,
  legacyXapiRegistration: (courseId, studentId) =>
    storage.legacyXapiPrefix + storage.xapiRegistration + courseId + PART + studentId
};

/** Text values; "" for a missing key or a refused read. */
export function openStorage(win) {
  return {
    read(key) {
      try { return win.localStorage.getItem(key) || ""; } catch { return ""; }
    },
    /** False when the browser refused it. */
    write(key, value) {
      try { win.localStorage.setItem(key, value); return true; } catch { return false; }
    },
    remove(key) {
      try { win.localStorage.removeItem(key); } catch { /* storage blocked */ }
    }
  };
}

