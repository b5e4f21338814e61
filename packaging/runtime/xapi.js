/* runtime/xapi.js: generated from packaging/runtime/src/ by `npm run build` (packaging/runtime/build.mjs).
 * Do not edit: change src/ and build. The contract with the compiler: docs/runtime-contract.md. */
"use strict";
(() => {
  var __defProp = Object.defineProperty;
  var __defProps = Object.defineProperties;
  var __getOwnPropDescs = Object.getOwnPropertyDescriptors;
  var __getOwnPropSymbols = Object.getOwnPropertySymbols;
  var __hasOwnProp = Object.prototype.hasOwnProperty;
  var __propIsEnum = Object.prototype.propertyIsEnumerable;
  var __defNormalProp = (obj, key, value) => key in obj ? __defProp(obj, key, { enumerable: true, configurable: true, writable: true, value }) : obj[key] = value;
  var __spreadValues = (a, b) => {
    for (var prop in b || (b = {}))
      if (__hasOwnProp.call(b, prop))
        __defNormalProp(a, prop, b[prop]);
    if (__getOwnPropSymbols)
      for (var prop of __getOwnPropSymbols(b)) {
        if (__propIsEnum.call(b, prop))
          __defNormalProp(a, prop, b[prop]);
      }
    return a;
  };
  var __spreadProps = (a, b) => __defProps(a, __getOwnPropDescs(b));

  // ../contract/runtime.json
  var runtime_default = {
    $comment: "Every name the compiler (C#) and the runtime (JS) share. C#: the generated class CivilSociety.Scorm.Contract.RuntimeContract (src/CivilSociety.Scorm.Generators); JS: import contract from '../contract/runtime.json'. Two levels only: group -> name -> string value. Runtime-only names (the shell's slots, actions, states) are here too, as the shell (runtime/index.html) is filled by the compiler.",
    files: {
      launchPage: "index.html",
      shell: "runtime/index.html",
      player: "runtime/player.js",
      style: "runtime/player.css",
      xapi: "runtime/xapi.js",
      playerCmi5: "runtime/player-cmi5.js"
    },
    ids: {
      courseData: "course-data",
      content: "content",
      sectionPrefix: "s-",
      sectionHeadingPrefix: "h-",
      quizPrefix: "quiz-",
      questionPrefix: "q-",
      choicePrefix: "c-",
      separator: "-",
      inputNameSeparator: ".",
      interactionSeparator: ".",
      scopeSeparator: "--"
    },
    attributes: {
      slot: "data-slot",
      string: "data-string",
      stringAriaLabel: "data-string-aria-label",
      section: "data-section",
      quiz: "data-quiz",
      question: "data-question",
      questionType: "data-type",
      feedbackFor: "data-feedback-for",
      feedback: "data-feedback",
      item: "data-item",
      action: "data-action",
      state: "data-state",
      correct: "data-correct"
    },
    slots: {
      courseTitle: "course-title",
      toc: "toc",
      sections: "sections",
      noLmsNotice: "no-lms-notice",
      progressText: "progress-text",
      progressBar: "progress-bar",
      position: "position",
      summary: "summary",
      summaryBody: "summary-body",
      closed: "closed",
      layout: "layout"
    },
    actions: {
      exit: "exit",
      previous: "previous",
      next: "next",
      toggleToc: "toggle-toc"
    },
    classes: {
      section: "section",
      sectionTitle: "section-title",
      quiz: "quiz",
      quizTitle: "quiz-title",
      question: "question",
      questionPrompt: "question-prompt",
      questionNumber: "question-number",
      questionStem: "question-stem",
      questionInstructions: "question-instructions",
      choices: "choices",
      choice: "choice",
      choiceFeedback: "choice-feedback",
      questionFeedback: "question-feedback",
      questionStatus: "question-status",
      quizActions: "quiz-actions",
      quizSubmit: "quiz-submit",
      quizRetry: "quiz-retry",
      quizResult: "quiz-result",
      textAnswer: "text-answer",
      pairs: "pairs",
      pair: "pair",
      sequence: "sequence",
      sequenceItem: "sequence-item",
      sequenceText: "sequence-text",
      moveUp: "move-up",
      moveDown: "move-down",
      hint: "question-hint",
      answerKey: "answer-key",
      choiceKey: "choice-key",
      tableScroll: "table-scroll",
      visuallyHidden: "visually-hidden",
      tocSummary: "toc-summary",
      mastheadTools: "masthead-tools",
      result: "result",
      resultScore: "result-score",
      todo: "todo",
      exitHint: "hint"
    },
    states: {
      correct: "correct",
      partial: "partial",
      incorrect: "incorrect",
      unanswered: "unanswered",
      checked: "checked",
      seen: "seen",
      unseen: "unseen",
      passed: "passed",
      failed: "failed",
      closed: "closed"
    },
    feedbackKinds: {
      correct: "correct",
      incorrect: "incorrect"
    },
    strings: {
      quizTitle: "quizTitle",
      checkAnswers: "checkAnswers",
      tryAgain: "tryAgain",
      true: "true",
      false: "false",
      yourAnswer: "yourAnswer",
      chooseOption: "chooseOption",
      moveUp: "moveUp",
      moveDown: "moveDown",
      hint: "hint"
    },
    storage: {
      prefix: "civilsociety-scorm:",
      learner: "learner",
      xapiQueue: "xapi-queue:",
      xapiRegistration: "xapi-registration:",
      legacyXapiPrefix: "civil-scorm:"
    },
    legacyState: {
      version: "2",
      fieldSeparator: "|",
      quizSeparator: "~",
      answerSeparator: ".",
      notChosen: "_",
      escapedCharacters: "%.~|"
    },
    savedState: {
      marker: "3",
      alphabet: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_",
      bitsPerCharacter: 6,
      fingerprintBits: 24,
      registrationBits: 128,
      textUnitBits: 16,
      maxCountedAttempts: 1295,
      limit: 4096,
      numericMaxLength: 20,
      numericAlphabet: "0123456789٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹.,٫-+−– "
    },
    events: {
      prefix: "course:",
      launch: "launch",
      sectionExperienced: "section-experienced",
      progressed: "progressed",
      quizAttempted: "quiz-attempted",
      questionAnswered: "question-answered",
      quizScored: "quiz-scored",
      courseScored: "course-scored",
      courseCompleted: "course-completed",
      exit: "exit"
    },
    cmi: {
      entry: "cmi.core.entry",
      studentId: "cmi.core.student_id",
      studentName: "cmi.core.student_name",
      lessonStatus: "cmi.core.lesson_status",
      lessonLocation: "cmi.core.lesson_location",
      suspendData: "cmi.suspend_data",
      masteryScore: "cmi.student_data.mastery_score",
      scoreRaw: "cmi.core.score.raw",
      scoreMin: "cmi.core.score.min",
      scoreMax: "cmi.core.score.max",
      exit: "cmi.core.exit",
      sessionTime: "cmi.core.session_time",
      objectives: "cmi.objectives.",
      objectivesCount: "cmi.objectives._count",
      interactions: "cmi.interactions.",
      interactionsCount: "cmi.interactions._count"
    },
    xapiVerbs: {
      base: "http://adlnet.gov/expapi/verbs/",
      initialized: "initialized",
      resumed: "resumed",
      experienced: "experienced",
      attempted: "attempted",
      answered: "answered",
      passed: "passed",
      failed: "failed",
      completed: "completed",
      progressed: "progressed",
      suspended: "suspended",
      terminated: "terminated"
    },
    xapiExtensions: {
      sessionId: "https://w3id.org/xapi/cmi5/context/extensions/sessionid",
      masteryScore: "https://w3id.org/xapi/cmi5/context/extensions/masteryscore",
      attemptId: "http://id.tincanapi.com/extension/attempt-id",
      progress: "https://w3id.org/xapi/cmi5/result/extensions/progress"
    },
    cmi5: {
      launchDataStateId: "LMS.LaunchData",
      savedStateId: "civilsociety-scorm-state",
      authToken: "auth-token",
      categoryCmi5: "https://w3id.org/xapi/cmi5/context/categories/cmi5",
      categoryMoveOn: "https://w3id.org/xapi/cmi5/context/categories/moveon",
      normal: "Normal",
      review: "Review",
      roomCharacters: 64e3
    },
    xapi: {
      version: "1.0.3",
      displayLanguage: "en-US"
    }
  };

  // src/contract.js
  var ids = runtime_default.ids;
  var attributes = runtime_default.attributes;
  var slots = runtime_default.slots;
  var actions = runtime_default.actions;
  var classes = runtime_default.classes;
  var states = runtime_default.states;
  var feedbackKinds = runtime_default.feedbackKinds;
  var storage = runtime_default.storage;
  var savedState = runtime_default.savedState;
  var legacyState = runtime_default.legacyState;
  var events = runtime_default.events;
  var cmi = runtime_default.cmi;
  var xapiVerbs = runtime_default.xapiVerbs;
  var xapiExtensions = runtime_default.xapiExtensions;
  var xapi = runtime_default.xapi;
  var cmi5 = runtime_default.cmi5;

  // src/storage.js
  var PART = ":";
  var keys = {
    state: (courseId) => storage.prefix + courseId,
    learner: () => storage.prefix + storage.learner,
    xapiQueue: (courseId) => storage.prefix + storage.xapiQueue + courseId,
    legacyXapiQueue: (courseId) => storage.legacyXapiPrefix + storage.xapiQueue + courseId,
    xapiRegistration: (courseId, studentId) => storage.prefix + storage.xapiRegistration + courseId + PART + studentId,
    legacyXapiRegistration: (courseId, studentId) => storage.legacyXapiPrefix + storage.xapiRegistration + courseId + PART + studentId
  };
  function openStorage(win) {
    return {
      read(key) {
        try {
          return win.localStorage.getItem(key) || "";
        } catch (e) {
          return "";
        }
      },
      /** False when the browser refused it. */
      write(key, value) {
        try {
          win.localStorage.setItem(key, value);
          return true;
        } catch (e) {
          return false;
        }
      },
      remove(key) {
        try {
          win.localStorage.removeItem(key);
        } catch (e) {
        }
      }
    };
  }

  // src/uuid.js
  var UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
  function isUuid(value) {
    return typeof value === "string" && UUID.test(value);
  }
  function expand(hex) {
    return [hex.slice(0, 8), hex.slice(8, 12), hex.slice(12, 16), hex.slice(16, 20), hex.slice(20)].join("-");
  }
  function uuid(win) {
    const b = new Uint8Array(16);
    if (win.crypto && win.crypto.getRandomValues) win.crypto.getRandomValues(b);
    else for (let i = 0; i < 16; i++) b[i] = Math.floor(Math.random() * 256);
    b[6] = b[6] & 15 | 64;
    b[8] = b[8] & 63 | 128;
    return expand(Array.prototype.map.call(b, (v) => (v + 256).toString(16).slice(1)).join(""));
  }

  // src/xapi/delivery.js
  var BATCH = 25;
  var FIRST_DELAY = 1e3;
  var MAX_DELAY = 6e4;
  var TIMEOUT = 3e4;
  var KEEPALIVE_BUDGET = 6e4;
  function warn(message) {
    try {
      console.warn("[xapi] " + message);
    } catch (e) {
    }
  }
  function strip(s) {
    const copy = {};
    for (const k in s) if (k !== "alone") copy[k] = s[k];
    return copy;
  }
  function bytes(batch) {
    return encodeURIComponent(JSON.stringify(batch.map(strip))).replace(/%[0-9A-F]{2}/g, "-").length;
  }
  function next(from) {
    const first = from[0];
    if (first.alone) return [first];
    const batch = [];
    for (let i = 0; i < from.length && batch.length < BATCH && !from[i].alone; i++) batch.push(from[i]);
    return batch;
  }
  function createDelivery(options) {
    const win = options.win, store = options.store, key = options.key, endpoint = options.endpoint, auth = options.auth;
    const kept = {};
    let queue = options.queue, sending = false, delay = FIRST_DELAY, timer = null;
    let onTimer = null;
    function save() {
      store.save(key, queue);
    }
    function schedule(ms) {
      if (!timer && endpoint) timer = setTimeout(() => {
        timer = null;
        onTimer();
      }, ms);
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
    function remove(ids2) {
      queue = queue.filter((s) => ids2.indexOf(s.id) < 0);
      save();
    }
    function send(batch, leaving, done) {
      const alone = batch.length === 1 && batch[0].alone === true, ids2 = batch.map((s) => s.id);
      const url = endpoint + "statements" + (alone ? "?statementId=" + encodeURIComponent(ids2[0]) : "");
      const body = JSON.stringify(alone ? strip(batch[0]) : batch.map(strip));
      const init = { method: alone ? "PUT" : "POST", headers: headers(), body, credentials: "omit", keepalive: leaving };
      const abort = !leaving && win.AbortController ? new win.AbortController() : null;
      let watchdog = null, request;
      if (abort) {
        init.signal = abort.signal;
        watchdog = setTimeout(() => {
          abort.abort();
        }, TIMEOUT);
      }
      try {
        request = win.fetch(url, init);
      } catch (e) {
        done(false);
        return;
      }
      request.then((response) => {
        clearTimeout(watchdog);
        const status = response.status;
        if (response.ok || alone && status === 409) {
          remove(ids2);
          done(true);
        } else if ((status === 400 || status === 409) && !alone) {
          queue.forEach((s) => {
            if (ids2.indexOf(s.id) >= 0) s.alone = true;
          });
          save();
          done(true);
        } else if (status === 400) {
          remove(ids2);
          warn("the LRS refused statement " + ids2[0] + " (400); it is dropped");
          done(true);
        } else done(false);
      }, () => {
        clearTimeout(watchdog);
        done(false);
      });
    }
    function flush(leaving) {
      if (!endpoint || !queue.length || typeof win.fetch !== "function") return;
      if (!leaving) {
        if (sending) return;
        sending = true;
        send(next(queue), false, (ok) => {
          sending = false;
          if (!ok) {
            retry();
            return;
          }
          delay = FIRST_DELAY;
          if (queue.length) schedule(0);
        });
        return;
      }
      let rest = queue.filter((s) => !kept[s.id]), budget = KEEPALIVE_BUDGET;
      while (rest.length) {
        let batch = next(rest), size = bytes(batch);
        while (batch.length > 1 && size > budget) {
          batch = batch.slice(0, Math.ceil(batch.length / 2));
          size = bytes(batch);
        }
        if (size > budget) break;
        budget -= size;
        batch.forEach((s) => {
          kept[s.id] = true;
        });
        send(batch, true, () => {
        });
        rest = rest.slice(batch.length);
      }
    }
    onTimer = () => {
      flush(false);
    };
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
      get size() {
        return queue.length;
      }
    };
  }

  // src/xapi/launch.js
  var AGENT = "Agent";
  var ACTIVITY = "Activity";
  function parseQuery(search) {
    const query = {};
    search.replace(/^\?/, "").split("&").forEach((pair) => {
      if (!pair) return;
      const i = pair.indexOf("=");
      try {
        const name = decodeURIComponent(i < 0 ? pair : pair.slice(0, i));
        query[name] = i < 0 ? "" : decodeURIComponent(pair.slice(i + 1).replace(/\+/g, " "));
      } catch (e) {
      }
    });
    return query;
  }
  function readLaunch(search, x) {
    const query = parseQuery(search);
    let endpoint = query.endpoint || x.endpoint;
    if (endpoint && endpoint.slice(-1) !== "/") endpoint += "/";
    let actor = null;
    if (query.actor) {
      try {
        actor = JSON.parse(query.actor);
        if (actor.objectType === void 0) actor.objectType = AGENT;
      } catch (e) {
        actor = null;
      }
    }
    const courseActivity = query.activity_id ? { objectType: ACTIVITY, id: query.activity_id, definition: x.course.definition } : x.course;
    const registration = isUuid(String(query.registration || "").toLowerCase()) ? query.registration.toLowerCase() : null;
    return { endpoint, auth: query.auth || x.auth || null, actor, courseActivity, registration };
  }

  // src/scorm/cmi.js
  var entry = { abInitio: "ab-initio", resume: "resume" };

  // src/xapi/statements.js
  function duration(ms) {
    const cs = Math.max(0, Math.round(ms / 10)), h = Math.floor(cs / 36e4), m = Math.floor(cs / 6e3) % 60, s = cs % 6e3 / 100;
    return "PT" + (h ? h + "H" : "") + (m ? m + "M" : "") + (s || !h && !m ? s + "S" : "");
  }
  function score(raw, max) {
    const scaled = max > 0 ? Math.round(raw / max * 1e4) / 1e4 : 0;
    return { scaled, raw, min: 0, max };
  }
  function createStatements(options) {
    const win = options.win, x = options.x, session = options.session, push = options.push;
    const self = {
      actor: null,
      registration: null,
      /** The context: registration, language, platform, the session id, then what is given. */
      context(extra, activities, extensions2) {
        const c = { registration: self.registration, language: x.language, platform: x.platform, extensions: {} };
        c.extensions[xapiExtensions.sessionId] = session;
        for (const k in extensions2 || {}) c.extensions[k] = extensions2[k];
        if (activities) c.contextActivities = activities;
        for (const e in extra || {}) c[e] = extra[e];
        return c;
      },
      /** Queues a statement with verb `verb` (a name in xapiVerbs). */
      say(verb, object, result, context) {
        if (!self.actor || !self.registration) return;
        const s = {
          id: uuid(win),
          actor: self.actor,
          verb: { id: xapiVerbs.base + verb, display: { [xapi.displayLanguage]: verb } },
          object,
          context,
          timestamp: (/* @__PURE__ */ new Date()).toISOString()
        };
        if (result) s.result = result;
        push(s);
      },
      /** The objective activities of outcome ids. */
      objectives(ids2) {
        return (ids2 || []).map((id) => x.objectives[id]).filter(Boolean);
      }
    };
    return self;
  }

  // src/xapi/queue.js
  function parse(text, fallback) {
    try {
      return text ? JSON.parse(text) : fallback;
    } catch (e) {
      return fallback;
    }
  }
  function openJsonStorage(win) {
    const text = openStorage(win);
    return {
      load: (key, fallback) => parse(text.read(key), fallback),
      save: (key, value) => text.write(key, JSON.stringify(value)),
      remove: text.remove,
      read: text.read
    };
  }
  function takeQueue(store, courseId) {
    const key = keys.xapiQueue(courseId), legacyKey = keys.legacyXapiQueue(courseId);
    let queue = store.load(key, []);
    if (!Array.isArray(queue)) queue = [];
    const legacyText = store.read(legacyKey);
    if (legacyText) {
      const legacy = parse(legacyText, []), queued = queue.map((s) => s && s.id);
      if (Array.isArray(legacy)) queue = legacy.filter((s) => s && queued.indexOf(s.id) < 0).concat(queue);
      if (store.save(key, queue)) store.remove(legacyKey);
    }
    return queue;
  }
  function keptRegistration(store, courseId, studentId, isValid) {
    const kept = store.load(keys.xapiRegistration(courseId, studentId), null);
    return isValid(kept) ? kept : store.load(keys.legacyXapiRegistration(courseId, studentId), null);
  }
  function keepRegistration(store, courseId, studentId, registration) {
    if (store.save(keys.xapiRegistration(courseId, studentId), registration)) {
      store.remove(keys.legacyXapiRegistration(courseId, studentId));
    }
  }

  // src/xapi/listeners.js
  var ANONYMOUS = "anonymous";
  function extensions(pairs) {
    const e = {};
    pairs.forEach((pair) => {
      e[pair[0]] = pair[1];
    });
    return e;
  }
  function withCorrectResponses(activity, patterns) {
    if (!activity || !Array.isArray(patterns)) return activity;
    return __spreadProps(__spreadValues({}, activity), { definition: __spreadProps(__spreadValues({}, activity.definition), { correctResponsesPattern: patterns }) });
  }
  function handlers(xapi2) {
    const x = xapi2.data.xapi, course = xapi2.launch.courseActivity, say = xapi2.statements.say;
    const context = xapi2.statements.context, objectives = xapi2.statements.objectives;
    const took = (d) => duration(d.durationMs || 0);
    return {
      [events.launch](d) {
        const launchActor = xapi2.launch.actor, studentId = d.studentId || "";
        const actor = launchActor || { objectType: "Agent", account: { homePage: x.homePage, name: d.studentId || ANONYMOUS } };
        if (!launchActor && x.sendName && d.studentName) actor.name = d.studentName;
        xapi2.statements.actor = actor;
        const resumed = d.entry === entry.resume ? isUuid(d.registration) ? d.registration : keptRegistration(xapi2.store, xapi2.data.id, studentId, isUuid) : null;
        const registration = xapi2.launch.registration || (isUuid(resumed) ? resumed : null) || uuid(xapi2.win);
        xapi2.statements.registration = registration;
        keepRegistration(xapi2.store, xapi2.data.id, studentId, registration);
        d.registration = registration;
        say(d.entry === entry.resume ? xapiVerbs.resumed : xapiVerbs.initialized, course, null, context());
      },
      [events.sectionExperienced](d) {
        say(xapiVerbs.experienced, x.sections[d.section], { duration: took(d) }, context(null, { parent: [course] }));
      },
      [events.progressed](d) {
        say(xapiVerbs.progressed, course, { extensions: extensions([[xapiExtensions.progress, Math.round(d.progress)]]) }, context());
      },
      [events.quizAttempted](d) {
        say(
          xapiVerbs.attempted,
          x.quizzes[d.section],
          null,
          context(null, { parent: [x.sections[d.section]], grouping: [course] }, extensions([[xapiExtensions.attemptId, d.attempt]]))
        );
      },
      [events.questionAnswered](d) {
        const question = withCorrectResponses(x.questions[d.section + ids.interactionSeparator + d.question], d.correctResponsesPattern);
        if (!question) return;
        say(
          xapiVerbs.answered,
          question,
          { score: score(d.correct ? d.weight : 0, d.weight), success: !!d.correct, response: d.response, duration: took(d) },
          context(
            null,
            { parent: [x.quizzes[d.section]], grouping: [x.sections[d.section], course], other: objectives(d.outcomes) },
            extensions([[xapiExtensions.attemptId, d.attempt]])
          )
        );
      },
      [events.quizScored](d) {
        say(
          d.passed ? xapiVerbs.passed : xapiVerbs.failed,
          x.quizzes[d.section],
          { score: score(d.raw, d.max), success: !!d.passed, completion: true, duration: took(d) },
          context(
            null,
            { parent: [x.sections[d.section]], grouping: [course], other: objectives(d.outcomes) },
            extensions([[xapiExtensions.attemptId, d.attempt], [xapiExtensions.masteryScore, d.mastery]])
          )
        );
      },
      [events.courseScored](d) {
        say(
          d.passed ? xapiVerbs.passed : xapiVerbs.failed,
          course,
          { score: score(d.raw, 100), success: !!d.passed, completion: true, duration: took(d) },
          context(null, null, extensions([[xapiExtensions.masteryScore, d.mastery]]))
        );
      },
      [events.courseCompleted](d) {
        say(xapiVerbs.completed, course, { completion: true, duration: took(d) }, context());
      },
      [events.exit](d) {
        if (d.suspended) say(xapiVerbs.suspended, course, { completion: false, duration: took(d) }, context());
        say(xapiVerbs.terminated, course, { duration: took(d) }, context());
        xapi2.delivery.flush(true);
      }
    };
  }

  // src/xapi/start.js
  function startXapi(doc, win) {
    const store = openJsonStorage(win);
    const dataElement = doc.getElementById(ids.courseData);
    if (!dataElement) return;
    let data;
    try {
      data = JSON.parse(dataElement.textContent);
    } catch (e) {
      return;
    }
    const x = data.xapi;
    if (!x) return;
    const launch = readLaunch(win.location.search, x);
    const session = uuid(win);
    const delivery = createDelivery({
      win,
      store,
      key: keys.xapiQueue(data.id),
      queue: takeQueue(store, data.id),
      endpoint: launch.endpoint,
      auth: launch.auth
    });
    const statements = createStatements({ win, x, session, push: delivery.push });
    const byEvent = handlers({ win, data, launch, store, statements, delivery });
    Object.keys(byEvent).forEach((name) => {
      doc.addEventListener(events.prefix + name, (event) => {
        try {
          byEvent[name](event.detail || {});
        } catch (e) {
        }
      });
    });
    win.addEventListener("pagehide", () => {
      delivery.flush(true);
    });
    doc.addEventListener("visibilitychange", () => {
      if (doc.visibilityState === "hidden") delivery.flush(true);
    });
    win.addEventListener("online", () => {
      delivery.online();
    });
    let told = false;
    doc.addEventListener("securitypolicyviolation", (e) => {
      if (told || !/^connect-src/.test(e.effectiveDirective || e.violatedDirective || "")) return;
      told = true;
      warn("the page's Content-Security-Policy blocks " + e.blockedURI + ": build the package with this endpoint, or use an https LRS");
    });
    if (delivery.size) delivery.schedule(0);
  }

  // src/xapi.js
  startXapi(document, window);
})();
