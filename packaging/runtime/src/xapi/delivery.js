/*
 * Sending the queue: batches of up to 25, in order, one request at a time (30 s timeout); a statement leaves the
 * queue only when the LRS has answered for it. A network error, 401, 403 or 5xx keeps the batch and retries after
 * 1 s, 2 s, 4 s … up to 60 s. A batch refused with 400 or 409 is sent again one statement at a time (PUT by id), so
 * that only the bad one is dropped. When the page goes, what is left is sent with keepalive within 64 KiB.
 */
import { xapi } from "../contract.js";

const BATCH = 25, FIRST_DELAY = 1000, MAX_DELAY = 60000, TIMEOUT = 30000, KEEPALIVE_BUDGET = 60000;

export function warn(message) {
  try { console.warn("[xapi] " + message); } catch { /* no console */ }
}

// The statement without the queue's own flag.
function strip(s) {
  const copy = {};
  for (const k in s) if (k !== "alone") copy[k] = s[k];
  return copy;
}

// The UTF-8 size of a request body (Arabic takes two bytes a letter): keepalive's budget is in bytes.
function bytes(batch) {
  return encodeURIComponent(JSON.stringify(batch.map(strip))).replace(/%[0-9A-F]{2}/g, "-").length;
}

// The next request's statements: one marked to go alone, or up to BATCH before the next such one.
function next(from) {
  const first = from[0];
  if (first.alone) return [first];
  const batch = [];
  for (let i = 0; i < from.length && batch.length < BATCH && !from[i].alone; i++) batch.push(from[i]);
  return batch;
}

/**
 * @param {{win: Window, store: object, key: string, queue: object[], endpoint: string, auth: string|null}} options
 */
export function createDelivery(options) {
  const win = options.win, store = options.store, key = options.key, endpoint = options.endpoint, auth = options.auth;
  const kept = {}; // ids sent with keepalive by this page
  let queue = options.queue, sending = false, delay = FIRST_DELAY, timer = null;
  let onTimer = null; // flush(false), set below: the timer and the sending call each other

  function save() { store.save(key, queue); }
  function schedule(ms) {
    if (!timer && endpoint) timer = setTimeout(() => { timer = null; onTimer(); }, ms);
  }
  function retry() {
    schedule(delay);
    delay = Math.min(delay * 2, MAX_DELAY);
  }
  function headers() {
    const h = { "Content-Type": "application/json", "X-Experience-API-Version": xapi.version };
    if (auth) h.Authorization = auth;
    return h;
  }
  function remove(ids) {
    queue = queue.filter((s) => !ids.includes(s.id));
    save();
  }

  // One request: a batch POST, or one statement PUT by id (after its batch was refused, to find the bad one).
  // Statement ids are made in the browser, so sending again what the LRS already has stores nothing twice: the same
  // id with the same content is accepted again (xAPI Communication 2.1.2).
  function send(batch, leaving, done) {
    const alone = batch.length === 1 && batch[0].alone === true, ids = batch.map((s) => s.id);
    const url = endpoint + "statements" + (alone ? "?statementId=" + encodeURIComponent(ids[0]) : "");
    const body = JSON.stringify(alone ? strip(batch[0]) : batch.map(strip));
    const init = { method: alone ? "PUT" : "POST", headers: headers(), body: body, credentials: "omit", keepalive: leaving };
    const abort = !leaving && win.AbortController ? new win.AbortController() : null;
    let watchdog = null, request;
    if (abort) { init.signal = abort.signal; watchdog = setTimeout(() => { abort.abort(); }, TIMEOUT); }
    try { request = win.fetch(url, init); } catch { done(false); return; }
    request.then((response) => {
      clearTimeout(watchdog);
      const status = response.status;
      if (response.ok || (alone && status === 409)) {
        remove(ids); done(true); // 409 alone: the LRS holds that id already
      } else if ((status === 400 || status === 409) && !alone) {
        // One statement spoils its batch: send each alone, so that only the bad one is left behind.
        queue.forEach((s) => { if (ids.includes(s.id)) s.alone = true; });
        save(); done(true);
      } else if (status === 400) {
        remove(ids); warn("the LRS refused statement " + ids[0] + " (400); it is dropped"); done(true);
      } else done(false); // 401, 403, 5xx...: keep everything and try later
    }, () => { clearTimeout(watchdog); done(false); });
  }

  function flush(leaving) {
    if (!endpoint || !queue.length || typeof win.fetch !== "function") return;
    if (!leaving) {
      if (sending) return;
      sending = true;
      send(next(queue), false, (ok) => {
        sending = false;
        if (!ok) { retry(); return; }
        delay = FIRST_DELAY;
        if (queue.length) schedule(0);
      });
      return;
    }
    // Leaving: whatever this page has not yet sent with keepalive (an ordinary request in flight dies with the
    // page), within the browser's 64 KiB budget for keepalive bodies. What does not fit stays queued for the next
    // launch.
    let rest = queue.filter((s) => !kept[s.id]), budget = KEEPALIVE_BUDGET;
    while (rest.length) {
      let batch = next(rest), size = bytes(batch);
      // Fewer statements per request when a batch does not fit what is left of the budget.
      while (batch.length > 1 && size > budget) { batch = batch.slice(0, Math.ceil(batch.length / 2)); size = bytes(batch); }
      if (size > budget) break;
      budget -= size;
      batch.forEach((s) => { kept[s.id] = true; });
      send(batch, true, () => { /* the page is going: the queue says what is left */ });
      rest = rest.slice(batch.length);
    }
  }
  onTimer = () => { flush(false); };

  return {
    /** Queues a statement (saved before anything is sent) and sends soon. */
    push(statement) {
      queue.push(statement);
      save();
      schedule(0);
    },
    flush,
    schedule,
    /** Back online: retry at once, with the delay reset. */
    online() {
      delay = FIRST_DELAY;
      flush(false);
    },
    get size() { return queue.length; }
  };
}
