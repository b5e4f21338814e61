/*
 * The xAPI sender, shipped only in packages built with xAPI on: the player dispatches "course:*" events on document;
 * their statements are queued in localStorage and sent in batches with retry. It never blocks the learner and never
 * throws at the player.
 */
import { events, ids } from "../contract.js";
import { keys } from "../storage.js";
import { uuid } from "../uuid.js";
import { createDelivery, warn } from "./delivery.js";
import { readLaunch } from "./launch.js";
import { handlers } from "./listeners.js";
import { openJsonStorage, takeQueue } from "./queue.js";
import { createStatements } from "./statements.js";

export function startXapi(doc, win) {
  const store = openJsonStorage(win);
  const dataElement = doc.getElementById(ids.courseData);
  if (!dataElement) return;
  let data;
  try { data = JSON.parse(dataElement.textContent); } catch { return; }
  const x = data.xapi;
  if (!x) return;

  const launch = readLaunch(win.location.search, x);
  const session = uuid(win);
  const delivery = createDelivery({
    win, store, key: keys.xapiQueue(data.id), queue: takeQueue(store, data.id), endpoint: launch.endpoint, auth: launch.auth
  });
  const statements = createStatements({ win, x, session, push: delivery.push });
  const byEvent = handlers({ win, data, launch, store, statements, delivery });
  Object.keys(byEvent).forEach((name) => {
    doc.addEventListener(events.prefix + name, (event) => {
      try { byEvent[name](event.detail || {}); } catch { /* never break the player */ }
    });
  });

  // Whatever is left goes out while the page can still send: keepalive survives the page going away.
  win.addEventListener("pagehide", () => { delivery.flush(true); });
  doc.addEventListener("visibilitychange", () => { if (doc.visibilityState === "hidden") delivery.flush(true); });
  win.addEventListener("online", () => { delivery.online(); });
  // A launch endpoint that the page's Content-Security-Policy does not allow (an http LRS other than the one built
  // in): say so once; the statements stay queued.
  let told = false;
  doc.addEventListener("securitypolicyviolation", (e) => {
    if (told || !/^connect-src/.test(e.effectiveDirective || e.violatedDirective || "")) return;
    told = true;
    warn("the page's Content-Security-Policy blocks " + e.blockedURI + ": build the package with this endpoint, or use an https LRS");
  });
  if (delivery.size) delivery.schedule(0); // what an earlier page load could not send
}
