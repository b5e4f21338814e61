/*
 * The cmi5 target adapter (the verbs of src/scorm/target.js): the session prepared by launch.js, the saved state in
 * our own State document (the suspend-data string, the bookmark, and which of completed / passed / failed this
 * registration has sent), initialized when the player connects, terminated when it finishes, then the LMS's
 * returnURL. Completed, passed and failed come from the player's events (listeners.js).
 */
import { cmi5, xapiVerbs as verbs } from "../contract.js";
import { warn } from "../xapi/delivery.js";
import { duration } from "../xapi/statements.js";
import { headers, stateUrl } from "./launch.js";

/** What the learner's account is called: its name, else the mbox. */
function learnerOf(actor) {
  return (actor.account && actor.account.name) || actor.mbox || actor.openid || "";
}

/**
 * @param {Window} win
 * @param {object|null} session from launch.js's connect(), with `statements` and `delivery` (player-cmi5.js)
 */
export function createCmi5Target(win, session) {
  let connected = false, finished = false, sending = false, sent = "", pending = null, last = null;
  const startedAt = Date.now();
  const launchData = session ? session.launchData : {}, saved = (session && session.saved) || {};
  // What this registration has sent already, across sessions: each is said at most once.
  const progress = { completed: !!saved.completed, passed: !!saved.passed, failed: !!saved.failed };
  const review = launchData.launchMode === cmi5.review;

  function compose() {
    if (!last) return;
    pending = JSON.stringify({
      state: last.suspendData, location: last.location, completed: progress.completed, passed: progress.passed, failed: progress.failed
    });
  }

  // One PUT at a time, the latest state last; leaving, with keepalive (the page may be gone before it answers).
  function put(leaving) {
    if (!pending || pending === sent || (sending && !leaving)) return;
    const body = pending;
    sending = !leaving;
    const request = win.fetch(stateUrl(session.launch, cmi5.savedStateId),
      { method: "PUT", headers: headers(session.auth, true), body, credentials: "omit", keepalive: leaving });
    request.then((response) => { if (response.ok) sent = body; }, () => { /* kept in pending: sent again next time */ })
      // A newer state waiting goes at once; a refused one waits for the next commit (no loop against a failing LRS).
      .then(() => { sending = false; if (!leaving && pending !== body) put(false); });
  }

  const self = {
    progress,
    /** Browse and Review are looked at, not taken: no completed, passed or failed (cmi5 spec, launchMode). */
    get judged() { return !launchData.launchMode || launchData.launchMode === cmi5.normal; },
    initialize() {
      connected = !!session;
      if (connected) session.statements.say(verbs.initialized, session.statements.au, null, session.statements.definedContext(false));
      return connected;
    },
    get connected() { return connected; },
    get finished() { return finished; },
    // Read by launch.js already, so the player's quick read (suspend only, before the first paint) is the whole one.
    read() {
      const actor = session ? session.launch.actor : {}, mastery = +launchData.masteryScore;
      return {
        resumable: typeof saved.state === "string" && saved.state !== "", done: progress.completed || progress.passed || progress.failed,
        location: saved.location || "", suspend: saved.state || "", learner: learnerOf(actor), name: actor.name || "",
        mastery: launchData.masteryScore !== undefined && mastery >= 0 && mastery <= 1 ? mastery * 100 : NaN
      };
    },
    resumeWith() { /* the State document holds what was just read */ },
    keepObjectives() { /* cmi5 has no objectives data model */ },
    beginAttempt() { /* initialized says it */ },
    writeState(state) {
      if (!connected || finished || review) return;
      // The State document has no limit of its own; a generous room keeps a runaway state out of the LRS.
      if (state.suspendData.length > cmi5.roomCharacters) { warn("the saved state exceeds " + cmi5.roomCharacters + " characters; not saved"); return; }
      last = state;
      compose();
    },
    /** After completed, passed or failed: kept at once, so that a relaunch never sends it again. */
    keepProgress() {
      compose();
      self.commit();
    },
    writeInteractions() { /* answered statements come from the player's events */ },
    writeSessionTime() { /* terminated carries the duration */ },
    commit() { if (connected && !finished) put(false); },
    finish() {
      if (finished) return;
      finished = true;
      if (!connected) return;
      put(true);
      session.statements.say(verbs.terminated, session.statements.au, { duration: duration(Date.now() - startedAt) }, session.statements.definedContext(false));
      session.delivery.flush(true);
      // Back to the LMS once the page has sent what it had; a page being closed never runs this.
      if (launchData.returnURL) setTimeout(() => { win.location.assign(launchData.returnURL); }, 0);
    }
  };
  return self;
}
