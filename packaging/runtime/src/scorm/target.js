/*
 * The SCORM 1.2 target adapter: the verbs the player asks of an LMS, whatever its standard (a SCORM 2004 build
 * passes src/scorm2004/target.js instead). The player never spells a data-model key itself; it asks for:
 *
 *   initialize()                  find the LMS and open the session; true when connected
 *   connected, finished           the session's state
 *   read(hasOutcomes, quick)      what the LMS holds at launch: {resumable, done, location, suspend, learner, name,
 *                                 mastery (0..100, NaN when the LMS gives none)}; quick: `suspend` alone need be read
 *   resumeWith(record)            a saved state is back: `record()`'s writes only record what the LMS holds already
 *   keepObjectives()              leave the objectives the LMS holds as they are (an unreadable saved state)
 *   beginAttempt(held)            mark the attempt started (incomplete), committed on its own when written
 *   writeState(state)             location, saved state, exit, final score and status, objectives (src/player/session.js)
 *   writeInteractions(answers, startedAt)   one interaction per question of a checked quiz
 *   writeSessionTime(ms), commit(), finish()
 */
import { cmi } from "../contract.js";
import { createLms } from "./api.js";
import { createCmi, entry, lessonStatus } from "./cmi.js";

const DONE = /^(passed|failed|completed)$/;

/** @param {Window} win */
export function createScorm12Target(win) {
  const lms = createLms(win), data = createCmi(lms);
  let status = "", entered = "";

  return {
    initialize: () => lms.initialize(),
    get connected() { return lms.connected; },
    get finished() { return lms.finished; },
    read(hasOutcomes, quick) {
      const held = data.read(hasOutcomes, quick);
      status = held.status;
      entered = held.entry;
      return {
        resumable: held.entry !== entry.abInitio, done: DONE.test(held.status), location: held.location,
        suspend: held.suspend, learner: held.learner, name: held.name, mastery: held.mastery
      };
    },
    resumeWith(record) {
      lms.seed(record);
      // cmi.core.exit is write-only: written again whatever the earlier session left.
      lms.forget(cmi.exit);
    },
    keepObjectives: () => data.keepObjectives(),
    beginAttempt() {
      if (status === "" || status === lessonStatus.notAttempted || (entered === entry.abInitio && !DONE.test(status))) {
        // Otherwise Moodle turns "not attempted" into "completed" at LMSFinish; committed on its own, at once.
        lms.set(cmi.lessonStatus, lessonStatus.incomplete);
        lms.commit();
      }
    },
    writeState: (state) => data.writeState(state),
    writeInteractions: (answers, startedAt) => data.writeInteractions(answers, startedAt),
    writeSessionTime: (ms) => data.writeSessionTime(ms),
    commit: () => lms.commit(),
    finish: () => lms.finish()
  };
}
