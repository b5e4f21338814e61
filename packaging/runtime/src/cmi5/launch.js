/*
 * The cmi5 launch (cmi5 spec, "Content launch mechanisms"): the parameters the LMS puts on the AU's URL, the
 * authorization token from the fetch URL (POSTed once: the LMS refuses a second request), LMS.LaunchData and our
 * own saved state from the State API. Any failure means "no LMS": the player then keeps its state in this browser.
 */
import { cmi5, xapi } from "../contract.js";
import { isUuid } from "../uuid.js";
import { parseQuery } from "../xapi/launch.js";
import { warn } from "../xapi/delivery.js";

const JSON_TYPE = "application/json";

/** The launch parameters; null when one of them is missing or malformed. */
export function readParameters(search) {
  const query = parseQuery(search);
  let actor;
  try { actor = JSON.parse(query.actor); } catch { actor = null; }
  const registration = String(query.registration || "").toLowerCase();
  if (!query.endpoint || !query.fetch || !query.activityId || !actor || typeof actor !== "object" || !isUuid(registration)) return null;
  const endpoint = query.endpoint.slice(-1) === "/" ? query.endpoint : query.endpoint + "/";
  return { endpoint, fetchUrl: query.fetch, actor, registration, activityId: query.activityId };
}

/** A State API document's address: the AU's activity, the learner, the registration. */
export function stateUrl(launch, stateId) {
  return launch.endpoint + "activities/state?stateId=" + encodeURIComponent(stateId) +
    "&activityId=" + encodeURIComponent(launch.activityId) + "&agent=" + encodeURIComponent(JSON.stringify(launch.actor)) +
    "&registration=" + encodeURIComponent(launch.registration);
}

export function headers(auth, withBody) {
  const h = { "X-Experience-API-Version": xapi.version, Authorization: auth };
  if (withBody) h["Content-Type"] = JSON_TYPE;
  return h;
}

// A State document as JSON; null when the LRS has none (404).
async function getDocument(win, url, auth) {
  const response = await win.fetch(url, { headers: headers(auth, false), credentials: "omit" });
  if (response.status === 404) return null;
  if (!response.ok) throw new Error("GET " + url + ": " + response.status);
  return response.json();
}

/**
 * Everything the session needs before the player starts, or null without a usable cmi5 launch.
 * @returns {Promise<{launch: object, auth: string, launchData: object, saved: object|null}|null>}
 */
export async function connect(win) {
  const launch = readParameters(win.location.search);
  if (!launch || typeof win.fetch !== "function") return null;
  try {
    const tokenResponse = await win.fetch(launch.fetchUrl, { method: "POST", credentials: "omit" });
    const token = tokenResponse.ok ? await tokenResponse.json() : null;
    if (!token || typeof token[cmi5.authToken] !== "string") throw new Error("the fetch URL gave no token");
    const auth = "Basic " + token[cmi5.authToken];
    const launchData = await getDocument(win, stateUrl(launch, cmi5.launchDataStateId), auth);
    if (!launchData) throw new Error("no " + cmi5.launchDataStateId);
    const saved = await getDocument(win, stateUrl(launch, cmi5.savedStateId), auth);
    return { launch, auth, launchData, saved: saved && typeof saved === "object" ? saved : null };
  } catch (e) {
    warn("the cmi5 launch failed (" + e + "); nothing is recorded in the LMS");
    return null;
  }
}
