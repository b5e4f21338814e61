/*
 * TinCan launch parameters (endpoint, auth, actor, registration, activity_id) override what was built into the
 * course data's "xapi" object.
 */
import { isUuid } from "../uuid.js";

const AGENT = "Agent", ACTIVITY = "Activity";

/** The query string as an object (later values win; a pair whose name or value cannot be decoded is left out). */
export function parseQuery(search) {
  const query = {};
  search.replace(/^\?/, "").split("&").forEach((pair) => {
    if (!pair) return;
    const i = pair.indexOf("=");
    try {
      const name = decodeURIComponent(i < 0 ? pair : pair.slice(0, i));
      query[name] = i < 0 ? "" : decodeURIComponent(pair.slice(i + 1).replace(/\+/g, " "));
    } catch { /* a bad escape: an LMS's mistake must not stop xAPI */ }
  });
  return query;
}

/**
 * @param {string} search location.search
 * @param {object} x the course data's "xapi" object
 */
export function readLaunch(search, x) {
  const query = parseQuery(search);
  let endpoint = query.endpoint || x.endpoint;
  if (endpoint && endpoint.slice(-1) !== "/") endpoint += "/";
  let actor = null;
  if (query.actor) {
    try {
      actor = JSON.parse(query.actor);
      if (actor.objectType === undefined) actor.objectType = AGENT;
    } catch { actor = null; }
  }
  const courseActivity = query.activity_id
    ? { objectType: ACTIVITY, id: query.activity_id, definition: x.course.definition } : x.course;
  // A registration that is not a UUID would make the LRS refuse every statement: ignore it.
  const registration = isUuid(String(query.registration || "").toLowerCase()) ? query.registration.toLowerCase() : null;
  return { endpoint, auth: query.auth || x.auth || null, actor, courseActivity, registration };
}
