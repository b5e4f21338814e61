/* CivilSociety.Scorm runtime: one page, one SCO, SCORM 1.2. Contract: docs/runtime-contract.md. */
(function () {
  "use strict";

  // Every name shared with the compiler (src/CivilSociety.Scorm/Rendering/PlayerNames.cs) and the LMS.
  var NAMES = {
    LaunchPage: "index.html",
    SlotAttribute: "data-slot",
    CourseTitleSlot: "course-title",
    TocSlot: "toc",
    SectionsSlot: "sections",
    CourseDataId: "course-data",
    StringAttribute: "data-string",
    StringAriaLabelAttribute: "data-string-aria-label",
    SectionClass: "section",
    SectionTitleClass: "section-title",
    SectionAttribute: "data-section",
    SectionElementIdPrefix: "s-",
    SectionHeadingIdPrefix: "h-",
    QuizClass: "quiz",
    QuizTitleClass: "quiz-title",
    QuizAttribute: "data-quiz",
    QuestionClass: "question",
    QuestionAttribute: "data-question",
    QuestionTypeAttribute: "data-type",
    QuestionPromptClass: "question-prompt",
    QuestionNumberClass: "question-number",
    QuestionStemClass: "question-stem",
    ChoicesClass: "choices",
    ChoiceClass: "choice",
    ChoiceFeedbackClass: "choice-feedback",
    FeedbackForAttribute: "data-feedback-for",
    QuestionFeedbackClass: "question-feedback",
    FeedbackAttribute: "data-feedback",
    QuestionStatusClass: "question-status",
    QuizActionsClass: "quiz-actions",
    QuizSubmitClass: "quiz-submit",
    QuizRetryClass: "quiz-retry",
    QuizResultClass: "quiz-result",
    TextAnswerClass: "text-answer",
    PairsClass: "pairs",
    PairClass: "pair",
    SequenceClass: "sequence",
    SequenceItemClass: "sequence-item",
    SequenceTextClass: "sequence-text",
    ItemAttribute: "data-item",
    MoveUpClass: "move-up",
    MoveDownClass: "move-down",
    HintClass: "question-hint",
    QuizElementIdPrefix: "quiz-",
    QuestionElementIdPrefix: "q-",
    ChoiceElementIdPrefix: "c-",
    InputNameSeparator: ".",
    QuizTitleString: "quizTitle",
    CheckAnswersString: "checkAnswers",
    TryAgainString: "tryAgain",
    TrueString: "true",
    FalseString: "false",
    YourAnswerString: "yourAnswer",
    ChooseOptionString: "chooseOption",
    MoveUpString: "moveUp",
    MoveDownString: "moveDown",
    HintString: "hint",
    // The shell's own slots and hooks (packaging/runtime/index.html); the compiler leaves them alone.
    NoLmsNoticeSlot: "no-lms-notice",
    ProgressTextSlot: "progress-text",
    ProgressBarSlot: "progress-bar",
    PositionSlot: "position",
    SummarySlot: "summary",
    SummaryBodySlot: "summary-body",
    ClosedSlot: "closed",
    LayoutSlot: "layout",
    ActionAttribute: "data-action",
    StateAttribute: "data-state",
    InstructionsClass: "question-instructions",
    AnswerKeyClass: "answer-key",
    StorageKeyPrefix: "civilsociety-scorm:",
    SuspendDataVersion: "2",
    EventPrefix: "course:",
    // SCORM 1.2 data model.
    CmiEntry: "cmi.core.entry",
    CmiStudentId: "cmi.core.student_id",
    CmiLessonStatus: "cmi.core.lesson_status",
    CmiLessonLocation: "cmi.core.lesson_location",
    CmiSuspendData: "cmi.suspend_data",
    CmiMasteryScore: "cmi.student_data.mastery_score",
    CmiScoreRaw: "cmi.core.score.raw",
    CmiScoreMin: "cmi.core.score.min",
    CmiScoreMax: "cmi.core.score.max",
    CmiExit: "cmi.core.exit",
    CmiSessionTime: "cmi.core.session_time",
    CmiObjectives: "cmi.objectives.",
    CmiInteractions: "cmi.interactions."
  };
  var N = NAMES;
  var doc = document;

  function unhideAll() { // the fallback: every section readable, nothing tracked
    Array.prototype.forEach.call(doc.querySelectorAll("." + N.SectionClass + "[hidden]"), function (s) { s.hidden = false; });
  }
  try { run(); } catch (e) {
    unhideAll();
    try { console.error("[course] the player stopped: " + e); } catch (ignore) { /* no console */ }
  }

  function run() {
    function all(selector, root) { return Array.prototype.slice.call((root || doc).querySelectorAll(selector)); }
    function one(selector, root) { return (root || doc).querySelector(selector); }
    function slot(name) { return one("[" + N.SlotAttribute + '="' + name + '"]'); }
    function action(name) { return all("[" + N.ActionAttribute + '="' + name + '"]'); }
    function cls(name) { return "." + name; }
    // Tells optional listeners (runtime/xapi.js) what happened; they can never break the player.
    function emit(name, detail) {
      try { doc.dispatchEvent(new CustomEvent(N.EventPrefix + name, { detail: detail })); } catch (e) { /* old engines */ }
    }
    function itemOf(el) { return el.getAttribute(N.ItemAttribute); }
    function warn(message) { try { console.warn("[course] " + message); } catch (e) { /* no console */ } }

    // ---- Course data and strings -------------------------------------------------------------------------------
    var data = null;
    try { data = JSON.parse(doc.getElementById(N.CourseDataId).textContent); } catch (e) { data = null; }
    if (!data || !data.sections || !data.sections.length) {
      // Nothing to drive: show every section rather than an empty page.
      unhideAll();
      warn("no course data");
      return;
    }
    var strings = data.strings || {};
    var passingScore = +data.passingScore > 0 ? +data.passingScore : 100;

    function text(key) { var s = strings[key]; return typeof s === "string" ? s : key; }
    function format(key, values) {
      return text(key).replace(/\{(\w+)\}/g, function (m, name) { return values && name in values ? String(values[name]) : m; });
    }
    // Fills an element from a string: text values are isolated (<bdi>) in case their direction differs; numbers are
    // left in the run so that "85%" stays together.
    function fill(element, key, values) {
      element.textContent = "";
      text(key).split(/(\{\w+\})/).forEach(function (part) {
        var name = /^\{(\w+)\}$/.exec(part);
        if (name && values && name[1] in values) {
          var value = values[name[1]];
          if (typeof value === "string") {
            var bdi = doc.createElement("bdi");
            bdi.textContent = value;
            element.appendChild(bdi);
          } else {
            element.appendChild(doc.createTextNode(String(value)));
          }
        } else if (part) {
          element.appendChild(doc.createTextNode(part));
        }
      });
      return element;
    }
    function make(tag, className, key, values) {
      var element = doc.createElement(tag);
      if (className) element.className = className;
      if (key) fill(element, key, values);
      return element;
    }
    // A score for people: at most one decimal, never rounded up (69.96 is not shown as 70).
    function shown(score) { return Math.floor(score * 10 + 1e-9) / 10; }
    // A score for the LMS: a plain decimal in 0..100 with at most 2 decimals.
    function decimal(score) { return String(Math.round(Math.max(0, Math.min(100, score)) * 100) / 100); }
    function two(n) { return (n < 10 ? "0" : "") + n; }
    function timespan(ms) {
      var cs = Math.max(0, Math.round(ms / 10)), hours = String(Math.min(9999, Math.floor(cs / 360000)));
      while (hours.length < 4) hours = "0" + hours;
      return hours + ":" + two(Math.floor(cs / 6000) % 60) + ":" + two(Math.floor(cs / 100) % 60) + "." + two(cs % 100);
    }
    function timeOfDay(d) { return two(d.getHours()) + ":" + two(d.getMinutes()) + ":" + two(d.getSeconds()); }
    function identifier(s) { return String(s).replace(/[^\x21-\x7E]/g, "_").slice(0, 255); }

    var announcer = make("div", "visually-hidden");
    announcer.setAttribute("aria-live", "polite");
    doc.body.appendChild(announcer);
    function announce(message) {
      announcer.textContent = "";
      setTimeout(function () { announcer.textContent = message; }, 60);
    }

    // ---- Answers by question type ------------------------------------------------------------------------------
    // The instruction under each prompt, by type.
    var instructions = { single: "selectOne", "true-false": "selectOne", multiple: "selectAll", matching: "matchAll", sequencing: "orderItems", numeric: "typeNumber" };
    // kind: "choice" (single, multiple, true-false), "text" (fill-in, numeric), "matching", "sequencing".
    function kindOf(type) {
      return type === "fill-in" || type === "numeric" ? "text" : type === "matching" || type === "sequencing" ? type : "choice";
    }
    function orderOf(q) { return all(cls(N.SequenceItemClass), q.list).map(itemOf).join(""); }
    // The learner's answer as suspend_data keeps it (before escaping).
    function answerOf(q) {
      if (q.kind === "text") return q.text ? q.text.value : "";
      if (q.kind === "matching") return q.selects.map(function (s) { return s.value || "_"; }).join("");
      if (q.kind === "sequencing") return orderOf(q);
      return q.inputs.filter(function (i) { return i.checked; }).map(function (i) { return i.value; }).sort().join("");
    }
    function setAnswer(q, answer) {
      if (q.kind === "text") { if (q.text) q.text.value = answer; }
      else if (q.kind === "matching") q.selects.forEach(function (s, i) { s.value = answer.charAt(i) === "_" ? "" : answer.charAt(i); });
      else if (q.kind === "sequencing") answer.split("").forEach(function (id) { var li = q.items[id]; if (li) q.list.appendChild(li); });
      else q.inputs.forEach(function (i) { i.checked = answer.indexOf(i.value) >= 0; });
      if (q.kind === "sequencing") updateMoves(q);
    }
    function validAnswer(q, answer) {
      if (q.kind === "text") return answer.length <= 3 * (q.maxLength || 255);
      if (q.kind === "matching") {
        return answer.length === q.selects.length && answer.split("").every(function (c, i) {
          return c === "_" || all("option", q.selects[i]).some(function (o) { return o.value === c; });
        });
      }
      if (q.kind === "sequencing") return answer.split("").sort().join("") === Object.keys(q.items).sort().join("");
      var values = q.inputs.map(function (i) { return i.value; });
      return (q.type === "multiple" || answer.length <= 1) && answer.split("").every(function (c, i) {
        return values.indexOf(c) >= 0 && answer.indexOf(c) === i;
      });
    }
    function hasAnswer(q, answer) {
      return q.kind === "sequencing" || (q.kind === "matching" ? /[^_]/.test(answer) : answer.replace(/\s/g, "") !== "");
    }
    function squash(s) { return String(s).replace(/\s+/g, " ").trim(); }
    function normalize(q, s) {
      s = squash(s);
      try { s = s.normalize("NFC"); } catch (e) { /* old engines */ }
      var f = q.fillIn || {};
      if (f.normalizeArabic) {
        s = s.replace(/[\u064B-\u0652\u0670\u0640]/g, "").replace(/[\u0623\u0625\u0622\u0671]/g, "\u0627")
          .replace(/\u0629/g, "\u0647").replace(/\u0649/g, "\u064A").replace(/\u0624/g, "\u0648").replace(/\u0626/g, "\u064A");
      }
      return f.caseSensitive ? s : s.toLowerCase();
    }
    function parseNumber(s) {
      s = String(s).trim()
        .replace(/[\u0660-\u0669]/g, function (d) { return String(d.charCodeAt(0) - 0x660); })
        .replace(/[\u06F0-\u06F9]/g, function (d) { return String(d.charCodeAt(0) - 0x6F0); })
        .replace(/[,\u066B]/g, ".").replace(/[\u2212\u2013]/g, "-");
      return /^[-+]?(\d+\.?\d*|\.\d+)$/.test(s) ? parseFloat(s) : NaN;
    }
    function matchingKey(q) {
      var key = {};
      q.correct.forEach(function (pair) { var p = pair.split("."); key[p[0]] = p[1]; });
      return key;
    }
    // "correct", "partial", "incorrect" or "unanswered".
    function judge(q) {
      var answer = answerOf(q);
      if (!hasAnswer(q, answer)) return "unanswered";
      switch (q.type) {
        case "multiple":
          if (answer === q.correct.slice().sort().join("")) return "correct";
          return answer.split("").some(function (c) { return q.correct.indexOf(c) >= 0; }) ? "partial" : "incorrect";
        case "fill-in":
          return q.correct.some(function (a) { return normalize(q, a) === normalize(q, answer); }) ? "correct" : "incorrect";
        case "numeric":
          var x = parseNumber(answer);
          return x >= parseFloat(q.correct[0]) && x <= parseFloat(q.correct[q.correct.length - 1]) ? "correct" : "incorrect";
        case "matching":
          var key = matchingKey(q), right = q.selects.filter(function (s) { return key[itemOf(s)] === s.value; }).length;
          return right === q.selects.length && right === q.correct.length ? "correct" : right ? "partial" : "incorrect";
        default: // single, true-false, sequencing
          return answer === q.correct.join("") ? "correct" : "incorrect";
      }
    }
    // cmi.interactions.n.student_response in the SCORM 1.2 form of the question's type (null: nothing to write).
    function response(q) {
      var answer = answerOf(q);
      if (!hasAnswer(q, answer)) return null;
      if (q.type === "fill-in") return squash(answer).slice(0, 255);
      if (q.type === "numeric") { var x = parseNumber(answer); return isNaN(x) ? null : String(x); }
      if (q.kind === "matching") {
        return q.selects.filter(function (s) { return s.value; }).map(function (s) { return itemOf(s) + "." + s.value; }).join(",");
      }
      return answer.split("").join(",");
    }
    // The learner's response in xAPI form: "a[,]c", "true", the text, "a[.]1[,]b[.]2".
    function xapiResponse(q) {
      var answer = response(q);
      if (answer === null) return "";
      if (q.type === "true-false") return answer === "t" ? "true" : "false";
      if (q.kind === "text") return answer;
      return answer.split(",").join("[,]").split(".").join("[.]");
    }
    function lock(q, locked) {
      q.inputs.forEach(function (i) { i.disabled = locked; });
      q.selects.forEach(function (s) { s.disabled = locked; });
      if (q.text) q.text.readOnly = locked;
      all(cls(N.MoveUpClass) + "," + cls(N.MoveDownClass), q.element).forEach(function (b) { b.disabled = locked; });
    }

    // ---- Seeded shuffling: the same order for the same learner on every launch, never stored ----------------------
    var learner = "";
    function hash(s) {
      var h = 2166136261;
      for (var i = 0; i < s.length; i++) { h ^= s.charCodeAt(i); h = Math.imul(h, 16777619); }
      return h >>> 0;
    }
    function shuffled(list, key) {
      var seed = hash(learner + "|" + key), copy = list.slice();
      function next() { // mulberry32
        seed = (seed + 0x6D2B79F5) | 0;
        var t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
        t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
      }
      for (var i = copy.length - 1; i > 0; i--) {
        var j = Math.floor(next() * (i + 1)), swap = copy[i];
        copy[i] = copy[j];
        copy[j] = swap;
      }
      return copy;
    }
    function arrange(quiz) {
      var id = quiz.section.id;
      if (quiz.shuffleQuestions) {
        var anchor = one(cls(N.QuizResultClass) + "," + cls(N.QuizActionsClass), quiz.form); // the first after the questions
        shuffled(quiz.questions, id).forEach(function (q, i) {
          quiz.form.insertBefore(q.element, anchor);
          var number = one(cls(N.QuestionNumberClass), q.element);
          if (number) number.textContent = (i + 1) + ".";
        });
      }
      quiz.questions.forEach(function (q) {
        var list = one(cls(N.ChoicesClass), q.element);
        if (quiz.shuffleChoices && list && (q.type === "single" || q.type === "multiple")) {
          shuffled(all(cls(N.ChoiceClass), list), id + "." + q.id).forEach(function (li) { list.appendChild(li); });
        }
        if (q.kind === "sequencing") {
          // Always shuffled, and never already in the right order.
          var order = shuffled(Object.keys(q.items).sort(), id + "." + q.id).join("");
          if (order === q.correct.join("") && order.length > 1) order = order.slice(1) + order.charAt(0);
          setAnswer(q, order);
          q.initial = order;
        }
      });
    }

    // ---- The course model, bound to the page ------------------------------------------------------------------
    var outcomes = (data.outcomes || []).filter(function (o) { return o && o.id; });
    var parentOf = {};
    outcomes.forEach(function (o) { parentOf[o.id] = o.parent || null; });

    var sections = [], quizzes = [], questions = [];
    data.sections.forEach(function (s) {
      var element = doc.getElementById(N.SectionElementIdPrefix + s.id);
      if (!element) { warn("section " + s.id + " is missing from the page"); return; }
      var section = {
        id: s.id, title: s.title || "", index: sections.length, element: element,
        heading: one(cls(N.SectionTitleClass), element), quiz: null
      };
      var form = one("form" + cls(N.QuizClass), element), settings = s.quiz;
      if (settings && settings.questions && settings.questions.length && form) {
        var quiz = {
          section: section, form: form, questions: [], attempts: 0, checked: false, started: Date.now(), shown: false,
          ownPassing: +settings.passingScore > 0 ? +settings.passingScore : null,
          limit: +settings.attempts > 0 ? +settings.attempts : null,
          reveal: settings.revealAnswers !== false,
          shuffleQuestions: !!settings.shuffleQuestions, shuffleChoices: !!settings.shuffleChoices
        };
        settings.questions.forEach(function (d) {
          var fieldset = doc.getElementById(N.QuestionElementIdPrefix + s.id + "-" + d.id);
          if (!fieldset) { warn("question " + s.id + "." + d.id + " is missing from the page"); return; }
          var type = d.type || fieldset.getAttribute(N.QuestionTypeAttribute) || "single";
          var q = {
            quiz: quiz, id: d.id, type: type, kind: kindOf(type), scormType: d.scormType || "choice",
            weight: +d.weight > 0 ? +d.weight : 1, outcomes: d.outcomes || [], correct: (d.correct || []).map(String),
            pattern: d.correctPattern, fillIn: d.fillIn || null, element: fieldset, right: false,
            inputs: all('input[type="radio"], input[type="checkbox"]', fieldset),
            text: one(cls(N.TextAnswerClass) + " input", fieldset),
            selects: all(cls(N.PairClass) + " select", fieldset).sort(function (x, y) { return itemOf(x) < itemOf(y) ? -1 : 1; }),
            list: one(cls(N.SequenceClass), fieldset), items: {}
          };
          q.maxLength = q.text ? +q.text.getAttribute("maxlength") || 255 : 0;
          all(cls(N.SequenceItemClass), fieldset).forEach(function (li) { q.items[itemOf(li)] = li; });
          if (q.list) q.list.setAttribute("role", "list"); // list-style: none must not drop the list in Safari
          if (typeof q.pattern !== "string") q.pattern = q.kind === "matching" ? q.correct.join(",") : q.kind === "text" ? q.correct[0] || "" : q.correct.join(",");
          quiz.questions.push(q);
          questions.push(q);
        });
        if (quiz.questions.length) {
          section.quiz = quiz;
          quizzes.push(quiz);
          bindQuiz(quiz);
        }
      }
      sections.push(section);
    });
    if (!sections.length) return;

    // For each outcome, the questions that assess it or any of its sub-outcomes (any depth).
    var outcomeQuestions = {};
    outcomes.forEach(function (o) { outcomeQuestions[o.id] = []; });
    questions.forEach(function (q) {
      var seen = {};
      q.outcomes.forEach(function (id) {
        for (var depth = 0; id && depth < 50 && !seen[id]; depth++) {
          seen[id] = true;
          if (outcomeQuestions[id]) outcomeQuestions[id].push(q);
          id = parentOf[id];
        }
      });
    });

    var visited = sections.map(function () { return false; });
    var current = 0;
    var view = "section"; // "section", "summary" or "closed"

    // ---- Scores -------------------------------------------------------------------------------------------------
    function score(list) {
      var earned = 0, total = 0;
      list.forEach(function (q) { if (q.quiz.checked) { total += q.weight; if (q.right) earned += q.weight; } });
      return total ? 100 * earned / total : null;
    }
    function allSeen() { return visited.every(Boolean); }
    function isFinal() { return allSeen() && quizzes.every(function (q) { return q.checked; }); }
    var lmsMastery = NaN;
    function mastery() { return lmsMastery >= 0 && lmsMastery <= 100 ? lmsMastery : passingScore; }
    // A quiz without a pass= of its own is passed at the course's mastery score, the LMS's when it gives one.
    function quizPassing(quiz) { return quiz.ownPassing !== null ? quiz.ownPassing : mastery(); }
    function courseScore() { return questions.length ? score(questions) : null; }
    function exhausted(quiz) { return quiz.limit !== null && quiz.attempts >= quiz.limit; }

    // ---- suspend_data (version 2) ----------------------------------------------------------------------------
    function escape(s) { return s.replace(/[%.~|]/g, function (c) { return "%" + c.charCodeAt(0).toString(16).toUpperCase(); }); }
    function unescape(s) { return s.replace(/%(25|2E|7E|7C)/gi, function (m, hex) { return String.fromCharCode(parseInt(hex, 16)); }); }
    function encode() {
      return N.SuspendDataVersion + "|" + visited.map(function (v) { return v ? "1" : "0"; }).join("") + "|" + current.toString(36) + "|" +
        quizzes.map(function (quiz) {
          return [quiz.attempts.toString(36), quiz.checked ? "1" : "0"].concat(quiz.questions.map(function (q) {
            return q.kind === "text" ? escape(answerOf(q)) : answerOf(q);
          })).join(".");
        }).join("~") + (registration ? "|" + registration.replace(/-/g, "") : "");
    }
    function decode(state) {
      var parts = String(state || "").split("|");
      // An optional fifth part: the xAPI registration (32 hex digits), so that a relaunch on any device continues it.
      if (parts.length === 5 && /^[0-9a-f]{32}$/.test(parts[4])) {
        var hex = parts.pop();
        savedRegistration = [hex.slice(0, 8), hex.slice(8, 12), hex.slice(12, 16), hex.slice(16, 20), hex.slice(20)].join("-");
      }
      if (parts.length !== 4 || parts[0] !== N.SuspendDataVersion || parts[1].length !== sections.length || /[^01]/.test(parts[1]) ||
          !/^[0-9a-z]+$/.test(parts[2]) || parseInt(parts[2], 36) >= sections.length) return false;
      var saved = parts[3] === "" ? [] : parts[3].split("~");
      if (saved.length !== quizzes.length) return false;
      var restored = [];
      for (var i = 0; i < quizzes.length; i++) {
        var fields = saved[i].split(".");
        if (fields.length !== 2 + quizzes[i].questions.length || !/^[0-9a-z]+$/.test(fields[0]) || /[^01]/.test(fields[1])) return false;
        for (var j = 0; j < quizzes[i].questions.length; j++) {
          var q = quizzes[i].questions[j];
          if (q.kind === "text") fields[2 + j] = unescape(fields[2 + j]);
          if (!validAnswer(q, fields[2 + j])) return false;
        }
        restored.push(fields);
      }
      parts[1].split("").forEach(function (v, k) { visited[k] = v === "1"; });
      current = parseInt(parts[2], 36);
      quizzes.forEach(function (quiz, k) {
        var fields = restored[k];
        quiz.attempts = parseInt(fields[0], 36);
        quiz.questions.forEach(function (q, j) { setAnswer(q, fields[2 + j]); });
        if (fields[1] === "1") grade(quiz, false); else unlock(quiz);
      });
      return true;
    }

    // ---- The LMS (SCORM 1.2) -------------------------------------------------------------------------------------
    var api = null, lms = false, finished = false, dirty = false, written = {}, seeding = false;
    var objectivesOn = false, interactionsOn = false, nextInteraction = 0, bestScore = null;
    // The xAPI registration kept in suspend_data: what decode() found, and what the launch listener chose.
    var savedRegistration = "", registration = "";

    function findApi(win) {
      for (var level = 0; win && level < 500; level++) {
        try { if (win.API && typeof win.API.LMSInitialize === "function") return win.API; } catch (e) { /* cross-origin */ }
        var parent = null;
        try { parent = win.parent; } catch (e) { parent = null; }
        if (!parent || parent === win) break;
        win = parent;
      }
      return null;
    }
    function discover() {
      var found = findApi(window);
      [function () { return window.opener; }, function () { return window.top.opener; }].forEach(function (get) {
        if (found) return;
        var opener = null;
        try { opener = get(); } catch (e) { opener = null; }
        if (opener) found = findApi(opener);
      });
      return found;
    }
    function call(name) {
      if (!api || finished) return "";
      try {
        var result = api[name].apply(api, Array.prototype.slice.call(arguments, 1));
        return result === undefined || result === null ? "" : String(result);
      } catch (e) {
        warn(name + " threw: " + e);
        return "";
      }
    }
    function failed(what) {
      var code = call("LMSGetLastError");
      if (code === "" || code === "0") return false;
      warn(what + " failed: " + code + " " + call("LMSGetErrorString", code));
      return true;
    }
    function get(key) {
      var value = call("LMSGetValue", key);
      return failed("LMSGetValue " + key) ? null : value;
    }
    function set(key, value) {
      value = String(value);
      if (!lms || finished) return false;
      if (seeding) { if (!(key in written)) written[key] = value; return true; }
      if (written[key] === value) return true;
      if (call("LMSSetValue", key, value) === "true") { written[key] = value; dirty = true; return true; }
      failed("LMSSetValue " + key + "=" + value);
      return false;
    }
    function commit() {
      if (!lms || finished || !dirty) return;
      if (call("LMSCommit", "") === "true") dirty = false; else failed("LMSCommit");
    }

    var storageKey = N.StorageKeyPrefix + (data.id || "course");
    function storage(key, value) {
      try {
        if (value === undefined) return window.localStorage.getItem(key) || "";
        window.localStorage.setItem(key, value);
      } catch (e) { /* storage blocked */ }
      return "";
    }
    function saveLocal() { if (!lms) storage(storageKey, encode()); }

    // Writes the whole state (only what changed reaches the LMS); the caller commits.
    function record() {
      saveLocal();
      if (!lms) return;
      set(N.CmiLessonLocation, sections[current].id);
      set(N.CmiSuspendData, encode());
      var final = isFinal(), result = courseScore();
      if (final && result === null) {
        set(N.CmiLessonStatus, "completed");
      } else if (final && (bestScore === null || result >= bestScore)) {
        // The score only once it is final: Moodle applies its mastery override to any raw score at LMSFinish.
        // Never a worse one than the LMS holds: a learner who passed and tries a quiz again for practice stays passed.
        set(N.CmiScoreMin, "0");
        set(N.CmiScoreMax, "100");
        set(N.CmiScoreRaw, decimal(result));
        set(N.CmiLessonStatus, result >= mastery() ? "passed" : "failed");
        bestScore = result;
      }
      set(N.CmiExit, final ? "" : "suspend");
      // One objective per outcome, at its position in the outcomes array, written in order from 0.
      for (var i = 0; i < outcomes.length && objectivesOn; i++) {
        var prefix = N.CmiObjectives + i + ".";
        if (!set(prefix + "id", identifier(outcomes[i].id))) { objectivesOn = false; break; }
        var value = score(outcomeQuestions[outcomes[i].id]);
        if (value !== null) {
          set(prefix + "score.min", "0");
          set(prefix + "score.max", "100");
          set(prefix + "score.raw", decimal(value));
        }
        set(prefix + "status", value === null ? "incomplete" : value >= mastery() ? "passed" : "failed");
      }
    }

    function recordInteractions(quiz) {
      var now = new Date(), latency = timespan(now.getTime() - quiz.started);
      quiz.questions.forEach(function (q) {
        if (!interactionsOn) return;
        var prefix = N.CmiInteractions + nextInteraction + ".";
        if (!set(prefix + "id", identifier(quiz.section.id + "." + q.id))) { interactionsOn = false; return; }
        nextInteraction++;
        set(prefix + "type", q.scormType);
        // Every outcome the question assesses, so that each outcome's report in the LMS lists it.
        q.outcomes.forEach(function (id, k) { set(prefix + "objectives." + k + ".id", identifier(id)); });
        set(prefix + "time", timeOfDay(now));
        set(prefix + "weighting", String(q.weight));
        var answer = response(q);
        if (answer !== null) set(prefix + "student_response", answer);
        set(prefix + "correct_responses.0.pattern", q.pattern.slice(0, 255));
        set(prefix + "result", q.right ? "correct" : "wrong");
        set(prefix + "latency", latency);
      });
    }

    // Connects to the LMS and returns what it holds (empty without one).
    function startLms() {
      var held = { entry: "", status: "", location: "", suspend: "", learner: "", name: "" };
      api = discover();
      if (api) {
        if (call("LMSInitialize", "") === "true") lms = true;
        else { failed("LMSInitialize"); api = null; }
      }
      if (!lms) return held;
      held.entry = get(N.CmiEntry) || "";
      held.status = get(N.CmiLessonStatus) || "";
      held.location = get(N.CmiLessonLocation) || "";
      held.suspend = get(N.CmiSuspendData) || "";
      held.learner = get(N.CmiStudentId) || "";
      held.name = get("cmi.core.student_name") || "";
      var scoreText = get(N.CmiScoreRaw) || "";
      if (/^(passed|failed)$/.test(held.status) && /^\d+(\.\d+)?$/.test(scoreText)) bestScore = parseFloat(scoreText);
      var masteryText = get(N.CmiMasteryScore) || "";
      if (/^\d+(\.\d+)?$/.test(masteryText)) lmsMastery = parseFloat(masteryText);
      objectivesOn = outcomes.length > 0 && get("cmi.objectives._count") !== null;
      var count = get("cmi.interactions._count");
      interactionsOn = count !== null && /^\d+$/.test(count);
      nextInteraction = interactionsOn ? parseInt(count, 10) : 0;
      // What the LMS holds already need not be written again.
      written[N.CmiLessonStatus] = held.status;
      written[N.CmiLessonLocation] = held.location;
      written[N.CmiSuspendData] = held.suspend;
      return held;
    }

    function finish() {
      if (finished) return;
      leaveSection();
      emit("exit", { suspended: !isFinal(), durationMs: Date.now() - startedAt });
      saveLocal();
      if (lms) {
        record();
        set(N.CmiSessionTime, timespan(Date.now() - startedAt));
        if (call("LMSFinish", "") !== "true") failed("LMSFinish");
      }
      finished = true;
    }

    // ---- The page ---------------------------------------------------------------------------------------------
    var toc = slot(N.TocSlot);
    var tocToggle = action("toggle-toc")[0];
    var layout = slot(N.LayoutSlot);
    var summary = slot(N.SummarySlot);
    var closed = slot(N.ClosedSlot);
    var tocLinks = {}, summaryLink = null;
    if (toc) {
      all("a[" + N.SectionAttribute + "]", toc).forEach(function (a) {
        tocLinks[a.getAttribute(N.SectionAttribute)] = a;
        a.appendChild(make("span", "visually-hidden", "seen")).hidden = true;
      });
      if (summary) {
        var summaryItem = make("li", "toc-summary");
        summaryLink = make("a", null, "summary");
        summaryLink.href = "#" + summary.id;
        summaryItem.appendChild(summaryLink);
        toc.appendChild(summaryItem);
      }
    }

    function setTocOpen(open) {
      if (tocToggle) tocToggle.setAttribute("aria-expanded", open ? "true" : "false");
    }
    function mark(link, on) { if (on) link.setAttribute("aria-current", "step"); else link.removeAttribute("aria-current"); }

    function refresh() {
      var done = visited.filter(Boolean).length;
      var progressText = slot(N.ProgressTextSlot), bar = slot(N.ProgressBarSlot), position = slot(N.PositionSlot);
      if (progressText) fill(progressText, "progress", { done: done, total: sections.length });
      if (bar) { bar.max = sections.length; bar.value = done; }
      if (position) {
        if (view === "section") fill(position, "sectionNumber", { n: current + 1, total: sections.length });
        else position.textContent = "";
      }
      sections.forEach(function (s) {
        var link = tocLinks[s.id];
        if (!link) return;
        mark(link, view === "section" && s.index === current);
        link.parentNode.setAttribute(N.StateAttribute, visited[s.index] ? "seen" : "unseen");
        link.lastChild.hidden = !visited[s.index];
      });
      if (summaryLink) mark(summaryLink, view === "summary");
      action("previous").forEach(function (b) { b.disabled = view === "section" && current === 0; });
      action("next").forEach(function (b) { b.hidden = view !== "section"; });
      if (view === "summary") renderSummary();
    }

    function renderSummary() {
      var body = slot(N.SummaryBodySlot);
      if (!body) return;
      body.textContent = "";
      var result = courseScore();
      if (isFinal()) {
        var box = make("div", "result");
        if (result === null) {
          box.appendChild(make("p", null, "courseComplete"));
        } else {
          var pass = result >= mastery();
          box.setAttribute(N.StateAttribute, pass ? "passed" : "failed");
          box.appendChild(make("p", "result-score", "yourScore", { score: shown(result) }));
          box.appendChild(make("p", null, pass ? "passed" : "failed", { mastery: shown(mastery()) }));
        }
        body.appendChild(box);
      } else {
        body.appendChild(make("p", null, "remaining"));
        var list = make("ul", "todo");
        sections.forEach(function (s) {
          var todo = !visited[s.index] ? "remainingSection" : s.quiz && !s.quiz.checked ? "remainingQuiz" : null;
          if (!todo) return;
          var link = make("a", null, todo, { title: s.title });
          link.href = "#" + s.element.id;
          list.appendChild(make("li")).appendChild(link);
        });
        body.appendChild(list);
      }
      body.appendChild(make("p", null, "progress", { done: visited.filter(Boolean).length, total: sections.length }));
      body.appendChild(make("p", "hint", "exitHint", { exit: text("exit") }));
    }

    function pauseMedia(root) { all("audio, video", root).forEach(function (m) { try { m.pause(); } catch (e) { /* ignore */ } }); }

    function focusHeading(heading) {
      if (!heading) return;
      try { heading.scrollIntoView({ block: "start" }); } catch (e) { /* old engines */ }
      try { heading.focus({ preventScroll: true }); } catch (e) { heading.focus(); }
    }

    function hideSections() {
      sections.forEach(function (s) { if (!s.element.hidden) { pauseMedia(s.element); s.element.hidden = true; } });
    }

    var shownAt = 0;
    function leaveSection() {
      if (view === "section" && shownAt) emit("section-experienced", { section: sections[current].id, durationMs: Date.now() - shownAt });
      shownAt = 0;
    }

    // Shows section `index`; `moveFocus` when the learner asked for it (not on launch).
    function show(index, moveFocus, launching) {
      if (view === "closed") return;
      index = Math.max(0, Math.min(sections.length - 1, index));
      leaveSection();
      hideSections();
      if (summary) summary.hidden = true;
      var section = sections[index];
      section.element.hidden = false;
      if (section.quiz && !section.quiz.shown) { section.quiz.shown = true; section.quiz.started = Date.now(); }
      current = index;
      visited[index] = true;
      view = "section";
      shownAt = Date.now();
      setTocOpen(false);
      refresh();
      if (!launching) emit("progressed", { progress: 100 * visited.filter(Boolean).length / sections.length });
      if (moveFocus) focusHeading(section.heading);
    }

    function showSummary() {
      if (view === "closed" || !summary) return;
      leaveSection();
      hideSections();
      summary.hidden = false;
      view = "summary";
      setTocOpen(false);
      refresh();
      focusHeading(one("h2", summary));
    }

    function showClosed() {
      view = "closed";
      pauseMedia(doc.body);
      if (layout) { layout.setAttribute(N.StateAttribute, "closed"); all(":scope > *", layout).forEach(function (el) { el.hidden = true; }); }
      all(".masthead-tools").forEach(function (el) { el.hidden = true; });
      var main = doc.getElementById("content");
      if (main) { main.hidden = false; all(":scope > *", main).forEach(function (el) { el.hidden = el !== closed; }); }
      if (closed) { closed.hidden = false; focusHeading(one("h2", closed)); }
    }

    // ---- Quizzes ------------------------------------------------------------------------------------------------

    function updateMoves(q) {
      var items = all(cls(N.SequenceItemClass), q.list);
      items.forEach(function (li, i) {
        var up = one(cls(N.MoveUpClass), li), down = one(cls(N.MoveDownClass), li);
        // aria-disabled, not disabled: the focused button must keep focus at either end.
        if (up) up.setAttribute("aria-disabled", i === 0 ? "true" : "false");
        if (down) down.setAttribute("aria-disabled", i === items.length - 1 ? "true" : "false");
      });
    }

    function bindQuiz(quiz) {
      quiz.form.addEventListener("submit", function (event) {
        event.preventDefault();
        check(quiz);
      });
      ["input", "change"].forEach(function (type) { quiz.form.addEventListener(type, function () { attempting(quiz); }); });
      quiz.form.addEventListener("keydown", function (event) {
        // Enter in a text answer must not check the whole quiz (and spend an attempt).
        if (event.key === "Enter" && event.target && event.target.type === "text") event.preventDefault();
      });
      quiz.form.addEventListener("click", function (event) {
        var target = event.target && event.target.closest ? event.target : null;
        if (!target) return;
        if (target.closest(cls(N.QuizRetryClass))) { tryAgain(quiz); return; }
        var button = target.closest(cls(N.MoveUpClass) + "," + cls(N.MoveDownClass));
        if (!button || button.disabled || button.getAttribute("aria-disabled") === "true" || quiz.checked) return;
        var li = button.closest(cls(N.SequenceItemClass)), list = li && li.parentNode;
        var up = button.classList.contains(N.MoveUpClass), sibling = up ? li.previousElementSibling : li.nextElementSibling;
        if (!sibling) return;
        list.insertBefore(li, up ? sibling : sibling.nextElementSibling);
        attempting(quiz);
        var q = quiz.questions.filter(function (x) { return x.list === list; })[0];
        if (q) updateMoves(q);
        button.focus();
        var items = all(cls(N.SequenceItemClass), list);
        announce(format("movedTo", { n: items.indexOf(li) + 1, total: items.length }));
      });
      quiz.questions.forEach(function (q) {
        var key = instructions[q.type];
        if (!key) return;
        var hint = make("p", N.InstructionsClass, key);
        hint.id = q.element.id + "-instructions";
        var legend = one("legend", q.element);
        if (legend && legend.nextSibling) q.element.insertBefore(hint, legend.nextSibling); else q.element.appendChild(hint);
        q.element.setAttribute("aria-describedby", hint.id);
      });
    }

    // The first answer of an attempt.
    function attempting(quiz) {
      if (quiz.checked || quiz.answering) return;
      quiz.answering = true;
      emit("quiz-attempted", { section: quiz.section.id, attempt: quiz.attempts + 1 });
    }

    // Writes out the right answer of a question the learner can no longer retry.
    function revealAnswer(q) {
      var status = one(cls(N.QuestionStatusClass), q.element), box = null;
      function keyLine(answer) { return make("p", N.AnswerKeyClass, "correctAnswer", { answer: answer }); }
      if (q.kind === "choice") {
        q.inputs.forEach(function (input) {
          if (q.correct.indexOf(input.value) < 0) return;
          var li = input.closest(cls(N.ChoiceClass));
          if (li) { li.setAttribute("data-correct", "true"); li.appendChild(make("span", N.AnswerKeyClass + " choice-key", "correctChoice")); }
        });
      } else if (q.type === "fill-in") {
        box = keyLine(q.correct[0] || "");
      } else if (q.type === "numeric") {
        var min = q.correct[0], max = q.correct[q.correct.length - 1];
        box = min === max ? keyLine(min) : keyLine(format("numberRange", { min: min, max: max }));
      } else if (q.kind === "matching") {
        var key = matchingKey(q);
        q.selects.forEach(function (s) {
          var option = all("option", s).filter(function (o) { return o.value === key[itemOf(s)]; })[0];
          if (option && s.value !== option.value) s.parentNode.appendChild(keyLine(option.textContent));
        });
      } else if (q.kind === "sequencing") {
        box = make("div", N.AnswerKeyClass);
        box.appendChild(make("p", null, "correctOrder"));
        var list = box.appendChild(make("ol"));
        q.correct.forEach(function (id) {
          var source = q.items[id] && one(cls(N.SequenceTextClass), q.items[id]);
          list.appendChild(make("li")).textContent = source ? source.textContent : id;
        });
      }
      if (box) q.element.insertBefore(box, status);
    }

    function grade(quiz, announceIt) {
      var right = 0;
      quiz.questions.forEach(function (q) {
        var state = judge(q), answer = answerOf(q);
        q.right = state === "correct";
        if (q.right) right++;
        q.element.setAttribute(N.StateAttribute, state);
        var status = one(cls(N.QuestionStatusClass), q.element);
        if (status) fill(status, { correct: "correct", unanswered: "unanswered", partial: "partiallyCorrect", incorrect: "incorrect" }[state]);
        all("[" + N.FeedbackForAttribute + "]", q.element).forEach(function (f) {
          f.hidden = q.kind !== "choice" || answer.indexOf(f.getAttribute(N.FeedbackForAttribute)) < 0;
        });
        all(cls(N.QuestionFeedbackClass), q.element).forEach(function (f) {
          f.hidden = f.getAttribute(N.FeedbackAttribute) !== (q.right ? "correct" : "incorrect");
        });
        lock(q, true);
      });
      quiz.checked = true;
      quiz.form.setAttribute(N.StateAttribute, "checked");
      var over = exhausted(quiz);
      if (over && quiz.reveal) quiz.questions.forEach(function (q) { if (!q.right) revealAnswer(q); });
      var submit = one(cls(N.QuizSubmitClass), quiz.form), retry = one(cls(N.QuizRetryClass), quiz.form);
      if (submit) submit.hidden = true;
      if (retry) retry.hidden = over;
      var result = one(cls(N.QuizResultClass), quiz.form);
      if (result) {
        var quizScore = score(quiz.questions), pass = quizScore >= quizPassing(quiz);
        var message = [format("quizResult", { correct: right, total: quiz.questions.length }),
          format("yourScore", { score: shown(quizScore) }),
          pass ? text("quizPassed") : format("quizFailed", { passing: shown(quizPassing(quiz)) })];
        if (quiz.limit !== null) message.push(over ? text("noAttemptsLeft") : format("attemptsLeft", { n: quiz.limit - quiz.attempts }));
        if (announceIt && isFinal()) {
          var course = courseScore();
          message.push(course === null ? text("courseComplete") : format(course >= mastery() ? "passed" : "failed", { mastery: shown(mastery()) }));
        }
        result.textContent = message.join("\n"); // one line each (white-space: pre-line)
        result.setAttribute(N.StateAttribute, pass ? "correct" : "incorrect");
      }
    }

    function unlock(quiz) {
      quiz.checked = false;
      quiz.form.removeAttribute(N.StateAttribute);
      all(cls(N.AnswerKeyClass), quiz.form).forEach(function (el) { el.parentNode.removeChild(el); });
      quiz.questions.forEach(function (q) {
        q.right = false;
        q.element.removeAttribute(N.StateAttribute);
        var status = one(cls(N.QuestionStatusClass), q.element);
        if (status) status.textContent = "";
        all("[" + N.FeedbackForAttribute + "], " + cls(N.QuestionFeedbackClass), q.element).forEach(function (f) { f.hidden = true; });
        all("[data-correct]", q.element).forEach(function (li) { li.removeAttribute("data-correct"); });
        lock(q, false);
      });
      var submit = one(cls(N.QuizSubmitClass), quiz.form), retry = one(cls(N.QuizRetryClass), quiz.form);
      if (submit) submit.hidden = false;
      if (retry) retry.hidden = true;
    }

    function check(quiz) {
      if (quiz.checked || view === "closed") return;
      var result = one(cls(N.QuizResultClass), quiz.form);
      if (!quiz.questions.some(function (q) { return q.kind !== "sequencing" && hasAnswer(q, answerOf(q)); })) {
        if (result) { result.textContent = text("answerFirst"); result.removeAttribute(N.StateAttribute); }
        return;
      }
      attempting(quiz);
      quiz.attempts = Math.min(quiz.attempts + 1, 1295); // "zz" in base 36
      quiz.answering = false;
      grade(quiz, true);
      if (lms) recordInteractions(quiz);
      record();
      commit();
      var section = quiz.section.id, took = Date.now() - quiz.started, earned = 0, total = 0, assessed = [];
      quiz.questions.forEach(function (q) {
        total += q.weight;
        if (q.right) earned += q.weight;
        q.outcomes.forEach(function (o) { if (assessed.indexOf(o) < 0) assessed.push(o); });
        emit("question-answered", {
          section: section, question: q.id, attempt: quiz.attempts, correct: q.right, weight: q.weight,
          response: xapiResponse(q), durationMs: took, outcomes: q.outcomes
        });
      });
      emit("quiz-scored", {
        section: section, attempt: quiz.attempts, raw: earned, max: total, passed: 100 * earned / total >= quizPassing(quiz),
        mastery: quizPassing(quiz) / 100, durationMs: took, outcomes: assessed
      });
      milestones();
      var retry = one(cls(N.QuizRetryClass), quiz.form);
      if (retry && !retry.hidden) retry.focus(); else if (result) { result.setAttribute("tabindex", "-1"); result.focus(); }
    }

    function tryAgain(quiz) {
      if (view === "closed" || exhausted(quiz)) return;
      quiz.answering = false;
      quiz.questions.forEach(function (q) { setAnswer(q, q.kind === "sequencing" ? q.initial || orderOf(q) : ""); });
      unlock(quiz);
      quiz.started = Date.now();
      var result = one(cls(N.QuizResultClass), quiz.form);
      if (result) { result.textContent = ""; result.removeAttribute(N.StateAttribute); }
      record();
      commit();
      var first = one(["input", "select", "button"].map(function (t) { return cls(N.QuestionClass) + " " + t; }).join(","), quiz.form);
      if (first) first.focus();
    }

    // ---- Wiring -----------------------------------------------------------------------------------------------
    function navigate(index) {
      if (index === current && view === "section") { focusHeading(sections[index].heading); return; }
      show(index, true);
      record();
      commit();
      milestones();
    }

    // The course result becoming final (again, after a retried quiz is checked).
    var wasFinal = false, completedSent = false;
    function milestones() {
      var final = isFinal();
      if (final && !wasFinal) {
        var result = courseScore(), took = Date.now() - startedAt;
        if (result !== null) emit("course-scored", { raw: +decimal(result), passed: result >= mastery(), mastery: mastery() / 100, durationMs: took });
        if (!completedSent) { completedSent = true; emit("course-completed", { durationMs: took }); }
      }
      wasFinal = final;
    }

    doc.addEventListener("click", function (event) {
      var target = event.target && event.target.closest ? event.target : null;
      if (!target) return;
      var button = target.closest("[" + N.ActionAttribute + "]");
      if (button) {
        var name = button.getAttribute(N.ActionAttribute);
        if (name === "toggle-toc") setTocOpen(button.getAttribute("aria-expanded") !== "true");
        else if (name === "previous") { if (view === "summary") navigate(sections.length - 1); else if (current > 0) navigate(current - 1); }
        else if (name === "next") { if (current < sections.length - 1) navigate(current + 1); else showSummary(); }
        else if (name === "exit") { finish(); showClosed(); }
        return;
      }
      var link = target.closest('a[href^="#"]');
      if (!link || view === "closed") return;
      var id = "";
      try { id = decodeURIComponent(link.getAttribute("href").slice(1)); } catch (e) { return; }
      if (summary && id === summary.id) { event.preventDefault(); showSummary(); return; }
      var element = id && doc.getElementById(id);
      var home = element && element.closest(cls(N.SectionClass) + "[" + N.SectionAttribute + "]");
      var section = home && sections.filter(function (s) { return s.element === home; })[0];
      if (!section) return;
      if (element === home) { event.preventDefault(); navigate(section.index); return; }
      // A footnote or anchor inside a section: open that section, then let the browser scroll to the target.
      if (section.index !== current || view !== "section") { show(section.index, false); record(); commit(); milestones(); }
    });

    doc.addEventListener("visibilitychange", function () {
      if (doc.visibilityState === "hidden" && !finished) { record(); commit(); }
    });
    // Capture: at the window, before runtime/xapi.js flushes its queue on the same event.
    window.addEventListener("pagehide", function () { finish(); }, true);
    window.addEventListener("pageshow", function (event) { if (event.persisted && finished) showClosed(); });

    // ---- Launch -----------------------------------------------------------------------------------------------
    var startedAt = Date.now();
    var held = startLms();
    learner = held.learner;
    if (!learner) {
      learner = storage(N.StorageKeyPrefix + "learner");
      if (!learner) { learner = Math.random().toString(36).slice(2); storage(N.StorageKeyPrefix + "learner", learner); }
    }
    quizzes.forEach(arrange);
    var restored = false;
    if (lms) {
      if (held.entry !== "ab-initio" && held.suspend && decode(held.suspend)) {
        restored = true;
        // A resumed state: what it implies (score, objectives) was committed by the earlier session; only the status,
        // location and suspend_data just read count as known, and cmi.core.exit (write-only) is written again.
        seeding = true;
        record();
        seeding = false;
        delete written[N.CmiExit];
      }
      if (restored) sections.forEach(function (s) { if (s.id === held.location) current = s.index; });
      // Saved state this version cannot read (an older package, an edited course): the objectives the LMS holds
      // from it are left as they are rather than reset to incomplete.
      else if (held.suspend && /^(passed|failed|completed)$/.test(held.status)) objectivesOn = false;
      if (held.status === "" || held.status === "not attempted" ||
          (held.entry === "ab-initio" && !/^(passed|failed|completed)$/.test(held.status))) {
        // Otherwise Moodle turns "not attempted" into "completed" at LMSFinish; committed on its own, at once.
        set(N.CmiLessonStatus, "incomplete");
        commit();
      }
    } else {
      restored = decode(storage(storageKey));
    }
    var notice = slot(N.NoLmsNoticeSlot);
    if (notice) notice.hidden = lms;
    quizzes.forEach(function (quiz) { quiz.answering = !quiz.checked && quiz.questions.some(function (q) { return q.kind !== "sequencing" && hasAnswer(q, answerOf(q)); }); });
    // runtime/xapi.js may set detail.registration (dispatch is synchronous); the player then keeps it in suspend_data.
    var launchDetail = { entry: restored ? "resume" : "ab-initio", studentId: held.learner, studentName: held.name, registration: restored ? savedRegistration : "" };
    emit("launch", launchDetail);
    if (typeof launchDetail.registration === "string" && /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/.test(launchDetail.registration)) {
      registration = launchDetail.registration;
    }
    wasFinal = isFinal();
    var hash = "";
    try { hash = decodeURIComponent(window.location.hash.slice(1)); } catch (e) { hash = ""; }
    sections.forEach(function (s) { if (s.element.id === hash) current = s.index; });
    show(current, false, true);
    record();
    commit();
    milestones();
  }
})();
