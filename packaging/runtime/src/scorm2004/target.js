/*
 * The SCORM 2004 4th edition target adapter: the verbs of src/scorm/target.js over the API_1484_11 object and the
 * 2004 data model (src/scorm2004/cmi.js). When the learner leaves with the exit button, the LMS is told what to do
 * next through adl.nav.request: suspendAll while the course is unfinished, exitAll once it is; then Terminate.
 */
import { cmi2004 } from "../contract.js";
import { createLms } from "../scorm/api.js";
import { createCmi, completion, entry, reaches, success } from "./cmi.js";

/**
 * SCORM 2004's API object and methods; GetValue of an element the LMS has no value for yet (cmi.location on a
 * first launch) is error 403, which means only "empty".
 */
export const SCORM2004 = {
  api: "API_1484_11", initialize: "Initialize", getValue: "GetValue", setValue: "SetValue", commit: "Commit",
  finish: "Terminate", lastError: "GetLastError", errorString: "GetErrorString", notInitialized: "403"
};
const NAV = { suspendAll: "suspendAll", exitAll: "exitAll" };

/** @param {Window} win */
export function createScorm2004Target(win) {
  const lms = createLms(win, SCORM2004), data = createCmi(lms);
  let held = null;

  return {
    initialize: () => lms.initialize(),
    get connected() { return lms.connected; },
    get finished() { return lms.finished; },
    read(hasOutcomes, quick) {
      held = data.read(hasOutcomes, quick);
      return {
        resumable: held.entry !== entry.abInitio,
        done: held.completion === completion.completed || held.success === success.passed || held.success === success.failed,
        location: held.location, suspend: held.suspend, learner: held.learner, name: held.name, mastery: held.mastery
      };
    },
    // cmi.exit is write-only: written again whatever the earlier session left.
    resumeWith(record) {
      lms.seed(record);
      lms.forget(cmi2004.exit);
    },
    // The pass mark as the LMS judges it (quiz/scores.js): each outcome's mastery, shown and written, is judged so.
    reaches,
    keepObjectives: () => data.keepObjectives(),
    beginAttempt: () => data.beginAttempt(held),
    writeState: (state) => data.writeState(state),
    writeInteractions: (answers, startedAt) => data.writeInteractions(answers, startedAt),
    writeSessionTime: (ms) => data.writeSessionTime(ms),
    commit: () => lms.commit(),
    finish(how) {
      if (how && how.byLearner) lms.set(cmi2004.navRequest, how.suspended ? NAV.suspendAll : NAV.exitAll);
      lms.finish();
    }
  };
}
