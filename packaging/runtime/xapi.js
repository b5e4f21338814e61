/* xAPI 1.0.3 statement sender, shipped only in packages built with xAPI on (see docs/runtime-contract.md,
 * "xAPI events"). The player dispatches "course:*" events on document; this file turns them into statements
 * from the activity definitions the compiler wrote (course data, "xapi"), queues them in localStorage, and POSTs
 * them in batches with retry and exponential backoff. It never blocks the learner and never throws. */
(function () {
  "use strict";
  var doc = document, win = window, store = null;
  try { store = win.localStorage; } catch (e) { store = null; }
  var dataElement = doc.getElementById("course-data");
  if (!dataElement) return;
  var data; try { data = JSON.parse(dataElement.textContent); } catch (e) { return; }
  var x = data.xapi; if (!x) return;

  var VERB = "http://adlnet.gov/expapi/verbs/";
  var EXT = {
    session: "https://w3id.org/xapi/cmi5/context/extensions/sessionid",
    mastery: "https://w3id.org/xapi/cmi5/context/extensions/masteryscore",
    attempt: "http://id.tincanapi.com/extension/attempt-id",
    progress: "https://w3id.org/xapi/cmi5/result/extensions/progress"
  };
  var BATCH = 25, MAX_DELAY = 60000, TIMEOUT = 30000, KEEPALIVE_BUDGET = 60000;

  // Launch parameters (TinCan launch) override what was built in.
  var query = {};
  win.location.search.replace(/^\?/, "").split("&").forEach(function (pair) {
    if (!pair) return;
    var i = pair.indexOf("="), k = decodeURIComponent(i < 0 ? pair : pair.slice(0, i));
    try { query[k] = i < 0 ? "" : decodeURIComponent(pair.slice(i + 1).replace(/\+/g, " ")); } catch (e) { /* bad escape */ }
  });
  var endpoint = query.endpoint || x.endpoint;
  if (endpoint && endpoint.slice(-1) !== "/") endpoint += "/";
  var auth = query.auth || x.auth || null;
  var launchActor = null;
  if (query.actor) { try { launchActor = JSON.parse(query.actor); if (launchActor.objectType === undefined) launchActor.objectType = "Agent"; } catch (e) { launchActor = null; } }
  var courseActivity = x.course;
  if (query.activity_id) courseActivity = { objectType: "Activity", id: query.activity_id, definition: x.course.definition };

  function uuid() {
    var b = new Uint8Array(16);
    if (win.crypto && win.crypto.getRandomValues) win.crypto.getRandomValues(b);
    else for (var i = 0; i < 16; i++) b[i] = Math.floor(Math.random() * 256);
    b[6] = (b[6] & 0x0f) | 0x40; b[8] = (b[8] & 0x3f) | 0x80;
    var h = Array.prototype.map.call(b, function (v) { return (v + 0x100).toString(16).slice(1); }).join("");
    return h.slice(0, 8) + "-" + h.slice(8, 12) + "-" + h.slice(12, 16) + "-" + h.slice(16, 20) + "-" + h.slice(20);
  }
  function load(key, fallback) { try { var v = store && store.getItem(key); return v ? JSON.parse(v) : fallback; } catch (e) { return fallback; } }
  function save(key, value) { try { if (store) store.setItem(key, JSON.stringify(value)); } catch (e) { /* full or denied */ } }

  var queueKey = "civil-scorm:xapi-queue:" + data.id;
  var session = uuid();
  function isUuid(value) { return typeof value === "string" && /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/.test(value); }
  // A registration that is not a UUID would make the LRS refuse every statement: ignore it.
  var launchRegistration = isUuid(String(query.registration || "").toLowerCase()) ? query.registration.toLowerCase() : null;
  var registration = launchRegistration;
  var actor = launchActor;
  var queue = load(queueKey, []);
  if (!Array.isArray(queue)) queue = [];
  var sending = false, delay = 1000, timer = null, kept = {};

  function duration(ms) {
    var cs = Math.max(0, Math.round(ms / 10)), h = Math.floor(cs / 360000), m = Math.floor(cs / 6000) % 60, s = (cs % 6000) / 100;
    return "PT" + (h ? h + "H" : "") + (m ? m + "M" : "") + (s || (!h && !m) ? s + "S" : "");
  }
  function score(raw, max) {
    var scaled = max > 0 ? Math.round(raw / max * 10000) / 10000 : 0;
    return { scaled: scaled, raw: raw, min: 0, max: max };
  }
  function context(extra, activities, extensions) {
    var c = { registration: registration, language: x.language, platform: x.platform, extensions: { } };
    c.extensions[EXT.session] = session;
    for (var k in extensions || {}) c.extensions[k] = extensions[k];
    if (activities) c.contextActivities = activities;
    for (var e in extra || {}) c[e] = extra[e];
    return c;
  }
  function statement(verb, object, result, ctx) {
    if (!actor || !registration) return; // before launch: nothing to say yet
    var s = { id: uuid(), actor: actor, verb: { id: VERB + verb, display: { "en-US": verb } }, object: object, context: ctx, timestamp: new Date().toISOString() };
    if (result) s.result = result;
    queue.push(s); save(queueKey, queue); schedule(0);
  }
  function objectives(ids) { return (ids || []).map(function (id) { return x.objectives[id]; }).filter(Boolean); }

  function schedule(ms) { if (!timer && endpoint) timer = setTimeout(function () { timer = null; flush(false); }, ms); }
  function headers() {
    var h = { "Content-Type": "application/json", "X-Experience-API-Version": "1.0.3" };
    if (auth) h.Authorization = auth;
    return h;
  }
  function remove(ids) { queue = queue.filter(function (s) { return ids.indexOf(s.id) < 0; }); save(queueKey, queue); }
  function strip(s) { var copy = {}; for (var k in s) if (k !== "alone") copy[k] = s[k]; return copy; }
  function retry() { schedule(delay); delay = Math.min(delay * 2, MAX_DELAY); }

  // One request: a batch POST, or one statement PUT by id (after its batch was refused, to find the bad one).
  // Statement ids are made here, so sending again what the LRS already has stores nothing twice: the same id
  // with the same content is accepted again (xAPI Communication 2.1.2); the queue only loses a statement once
  // the LRS has answered for it.
  function send(batch, leaving, done) {
    var alone = batch.length === 1 && batch[0].alone === true;
    var ids = batch.map(function (s) { return s.id; });
    var url = endpoint + "statements" + (alone ? "?statementId=" + encodeURIComponent(ids[0]) : "");
    var body = JSON.stringify(alone ? strip(batch[0]) : batch.map(strip));
    var init = { method: alone ? "PUT" : "POST", headers: headers(), body: body, credentials: "omit", keepalive: leaving };
    var abort = !leaving && win.AbortController ? new win.AbortController() : null, watchdog = null;
    if (abort) { init.signal = abort.signal; watchdog = setTimeout(function () { abort.abort(); }, TIMEOUT); }
    var request;
    try { request = fetch(url, init); } catch (e) { done(false); return; }
    request.then(function (response) {
      clearTimeout(watchdog);
      var status = response.status;
      if (response.ok || (alone && status === 409)) {
        remove(ids); done(true); // 409 alone: the LRS holds that id already
      } else if ((status === 400 || status === 409) && !alone) {
        // One statement spoils its batch: send each alone, so that only the bad one is left behind.
        queue.forEach(function (s) { if (ids.indexOf(s.id) >= 0) s.alone = true; });
        save(queueKey, queue); done(true);
      } else if (status === 400) {
        remove(ids); warn("the LRS refused statement " + ids[0] + " (400); it is dropped"); done(true);
      } else done(false); // 401, 403, 5xx...: keep everything and try later
    }, function () { clearTimeout(watchdog); done(false); });
  }
  function next(from) {
    var first = from[0];
    if (first.alone) return [first];
    var batch = [];
    for (var i = 0; i < from.length && batch.length < BATCH && !from[i].alone; i++) batch.push(from[i]);
    return batch;
  }
  function flush(leaving) {
    if (!endpoint || !queue.length || typeof fetch !== "function") return;
    if (!leaving) {
      if (sending) return;
      sending = true;
      send(next(queue), false, function (ok) {
        sending = false;
        if (!ok) { retry(); return; }
        delay = 1000;
        if (queue.length) schedule(0);
      });
      return;
    }
    // Leaving: whatever this page has not yet sent with keepalive (an ordinary request in flight dies with the
    // page), within the browser's 64 KiB budget for keepalive bodies. What does not fit stays queued for the
    // next launch.
    var rest = queue.filter(function (s) { return !kept[s.id]; }), budget = KEEPALIVE_BUDGET;
    while (rest.length) {
      var batch = next(rest), size = bytes(batch);
      // Fewer statements per request when a batch does not fit what is left of the budget.
      while (batch.length > 1 && size > budget) { batch = batch.slice(0, Math.ceil(batch.length / 2)); size = bytes(batch); }
      if (size > budget) break;
      budget -= size;
      batch.forEach(function (s) { kept[s.id] = true; });
      send(batch, true, function () { /* the page is going: the queue says what is left */ });
      rest = rest.slice(batch.length);
    }
  }
  // The UTF-8 size of a request body (Arabic takes two bytes a letter): keepalive's budget is in bytes.
  function bytes(batch) { return encodeURIComponent(JSON.stringify(batch.map(strip))).replace(/%[0-9A-F]{2}/g, "-").length; }
  function warn(message) { try { console.warn("[xapi] " + message); } catch (e) { /* no console */ } }

  function on(name, handler) {
    doc.addEventListener("course:" + name, function (event) { try { handler(event.detail || {}); } catch (e) { /* never break the player */ } });
  }

  on("launch", function (d) {
    actor = launchActor || { objectType: "Agent", account: { homePage: x.homePage, name: d.studentId || "anonymous" } };
    if (!launchActor && x.sendName && d.studentName) actor.name = d.studentName;
    // The registration means "this SCORM attempt": from the launch, else the one the player kept in suspend_data
    // (so it survives a relaunch on another device), else this browser's copy, else a new one. The player keeps
    // what is left in detail.registration.
    var key = "civil-scorm:xapi-registration:" + data.id + ":" + (d.studentId || "");
    var resumed = d.entry === "resume" ? (isUuid(d.registration) ? d.registration : load(key, null)) : null;
    registration = launchRegistration || (isUuid(resumed) ? resumed : null) || uuid();
    save(key, registration);
    d.registration = registration;
    statement(d.entry === "resume" ? "resumed" : "initialized", courseActivity, null, context());
  });
  on("section-experienced", function (d) {
    statement("experienced", x.sections[d.section], { duration: duration(d.durationMs || 0) },
      context(null, { parent: [courseActivity] }));
  });
  on("progressed", function (d) {
    var r = { extensions: {} }; r.extensions[EXT.progress] = Math.round(d.progress);
    statement("progressed", courseActivity, r, context());
  });
  on("quiz-attempted", function (d) {
    var ext = {}; ext[EXT.attempt] = d.attempt;
    statement("attempted", x.quizzes[d.section], null, context(null, { parent: [x.sections[d.section]], grouping: [courseActivity] }, ext));
  });
  on("question-answered", function (d) {
    var ext = {}; ext[EXT.attempt] = d.attempt;
    var question = x.questions[d.section + "." + d.question];
    if (!question) return;
    statement("answered", question,
      { score: score(d.correct ? d.weight : 0, d.weight), success: !!d.correct, response: d.response, duration: duration(d.durationMs || 0) },
      context(null, { parent: [x.quizzes[d.section]], grouping: [x.sections[d.section], courseActivity], other: objectives(d.outcomes) }, ext));
  });
  on("quiz-scored", function (d) {
    var ext = {}; ext[EXT.attempt] = d.attempt; ext[EXT.mastery] = d.mastery;
    statement(d.passed ? "passed" : "failed", x.quizzes[d.section],
      { score: score(d.raw, d.max), success: !!d.passed, completion: true, duration: duration(d.durationMs || 0) },
      context(null, { parent: [x.sections[d.section]], grouping: [courseActivity], other: objectives(d.outcomes) }, ext));
  });
  on("course-scored", function (d) {
    var ext = {}; ext[EXT.mastery] = d.mastery;
    statement(d.passed ? "passed" : "failed", courseActivity,
      { score: score(d.raw, 100), success: !!d.passed, completion: true, duration: duration(d.durationMs || 0) }, context(null, null, ext));
  });
  on("course-completed", function (d) {
    statement("completed", courseActivity, { completion: true, duration: duration(d.durationMs || 0) }, context());
  });
  on("exit", function (d) {
    if (d.suspended) statement("suspended", courseActivity, { completion: false, duration: duration(d.durationMs || 0) }, context());
    statement("terminated", courseActivity, { duration: duration(d.durationMs || 0) }, context());
    flush(true);
  });

  // Whatever is left goes out while the page can still send: keepalive survives the page going away.
  win.addEventListener("pagehide", function () { flush(true); });
  doc.addEventListener("visibilitychange", function () { if (doc.visibilityState === "hidden") flush(true); });
  win.addEventListener("online", function () { delay = 1000; flush(false); });
  // A launch endpoint that the page's Content-Security-Policy does not allow (an http LRS other than the one built
  // in): say so once; the statements stay queued.
  var told = false;
  doc.addEventListener("securitypolicyviolation", function (e) {
    if (told || !/^connect-src/.test(e.effectiveDirective || e.violatedDirective || "")) return;
    told = true;
    warn("the page's Content-Security-Policy blocks " + e.blockedURI + ": build the package with this endpoint, or use an https LRS");
  });
  if (queue.length) schedule(0); // what an earlier page load could not send
}());
