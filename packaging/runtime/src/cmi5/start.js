/*
 * A cmi5 session: the launch (launch.js), then the statement queue and delivery of src/xapi/ (localStorage, batches,
 * retry, keepalive) with the LMS's token, the statements (statements.js) on the player's events (listeners.js),
 * and the target adapter the player drives (target.js). Resolves to that adapter; never rejects.
 */
import { events, ids } from "../contract.js";
import { keys } from "../storage.js";
import { createDelivery } from "../xapi/delivery.js";
import { openJsonStorage, takeQueue } from "../xapi/queue.js";
import { connect } from "./launch.js";
import { cmi5Handlers } from "./listeners.js";
import { createCmi5Statements } from "./statements.js";
import { createCmi5Target } from "./target.js";

function courseData(doc) {
  try { return JSON.parse(doc.getElementById(ids.courseData).textContent); } catch { return null; }
}

/** @returns {Promise<ReturnType<typeof createCmi5Target>>} */
export async function startCmi5(doc, win) {
  const data = courseData(doc), session = data && data.xapi ? await connect(win) : null;
  if (!session) return createCmi5Target(win, null);

  const store = openJsonStorage(win);
  session.delivery = createDelivery({
    win, store, key: keys.xapiQueue(data.id), queue: takeQueue(store, data.id), endpoint: session.launch.endpoint, auth: session.auth
  });
  session.statements = createCmi5Statements({ win, x: data.xapi, launch: session.launch, launchData: session.launchData, push: session.delivery.push });
  const target = createCmi5Target(win, session);
  const byEvent = cmi5Handlers({ x: data.xapi, statements: session.statements, target });
  Object.keys(byEvent).forEach((name) => {
    doc.addEventListener(events.prefix + name, (event) => {
      try { byEvent[name](event.detail || {}); } catch { /* never break the player */ }
    });
  });
  win.addEventListener("pagehide", () => { session.delivery.flush(true); });
  win.addEventListener("online", () => { session.delivery.online(); });
  if (session.delivery.size) session.delivery.schedule(0);
  return target;
}
