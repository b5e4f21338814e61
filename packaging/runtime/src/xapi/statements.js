/* Statements from the player's events, with the activity definitions of the course data's "xapi" object. */
import { xapi, xapiExtensions, xapiVerbs } from "../contract.js";
import { uuid } from "../uuid.js";

/** An ISO 8601 duration to the hundredth of a second ("PT1M5.25S"). */
export function duration(ms) {
  const cs = Math.max(0, Math.round(ms / 10)), h = Math.floor(cs / 360000), m = Math.floor(cs / 6000) % 60, s = (cs % 6000) / 100;
  return "PT" + (h ? h + "H" : "") + (m ? m + "M" : "") + (s || (!h && !m) ? s + "S" : "");
}

export function score(raw, max) {
  const scaled = max > 0 ? Math.round(raw / max * 10000) / 10000 : 0;
  return { scaled: scaled, raw: raw, min: 0, max: max };
}

/**
 * @param {{win: Window, x: object, session: string, push: (statement: object) => void}} options
 * @returns the statement maker; its actor and registration are set at launch (nothing is said before)
 */
export function createStatements(options) {
  const win = options.win, x = options.x, session = options.session, push = options.push;
  const self = {
    actor: null,
    registration: null,
    /** The context: registration, language, platform, the session id, then what is given. */
    context(extra, activities, extensions) {
      const c = { registration: self.registration, language: x.language, platform: x.platform, extensions: {} };
      c.extensions[xapiExtensions.sessionId] = session;
      for (const k in extensions || {}) c.extensions[k] = extensions[k];
      if (activities) c.contextActivities = activities;
      for (const e in extra || {}) c[e] = extra[e];
      return c;
    },
    /** Queues a statement with verb `verb` (a name in xapiVerbs). */
    say(verb, object, result, context) {
      if (!self.actor || !self.registration) return; // before launch: nothing to say yet
      const s = {
        id: uuid(win), actor: self.actor, verb: { id: xapiVerbs.base + verb, display: { [xapi.displayLanguage]: verb } },
        object: object, context: context, timestamp: new Date().toISOString()
      };
      if (result) s.result = result;
      push(s);
    },
    /** The objective activities of outcome ids. */
    objectives(ids) {
      return (ids || []).map((id) => x.objectives[id]).filter(Boolean);
    }
  };
  return self;
}
