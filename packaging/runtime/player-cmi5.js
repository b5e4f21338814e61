/* runtime/player-cmi5.js: generated from packaging/runtime/src/ by `npm run build` (packaging/runtime/build.mjs).
 * Do not edit: change src/ and build. The contract with the compiler: docs/runtime-contract.md. */
"use strict";
(() => {
  var __defProp = Object.defineProperty;
  var __defProps = Object.defineProperties;
  var __getOwnPropDescs = Object.getOwnPropertyDescriptors;
  var __getOwnPropSymbols = Object.getOwnPropertySymbols;
  var __hasOwnProp = Object.prototype.hasOwnProperty;
  var __propIsEnum = Object.prototype.propertyIsEnumerable;
  var __defNormalProp = (obj, key2, value) => key2 in obj ? __defProp(obj, key2, { enumerable: true, configurable: true, writable: true, value }) : obj[key2] = value;
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
  var __export = (target, all2) => {
    for (var name8 in all2)
      __defProp(target, name8, { get: all2[name8], enumerable: true });
  };

  // src/questions/types/fill-in.js
  var fill_in_exports = {};
  __export(fill_in_exports, {
    arrange: () => keepOrder,
    bind: () => bind,
    defaultPattern: () => firstPattern,
    initialAnswer: () => initialAnswer,
    instructions: () => instructions,
    isAnswered: () => isAnswered,
    isValid: () => isValid,
    judge: () => judge,
    lock: () => lock,
    name: () => name,
    pack: () => pack,
    prefilled: () => prefilled,
    read: () => read,
    reveal: () => reveal,
    scormResponse: () => scormResponse,
    showsFeedbackFor: () => showsFeedbackFor,
    stateBits: () => stateBits,
    unpack: () => unpack,
    worstCaseAnswer: () => worstCaseAnswer,
    write: () => write,
    xapiResponse: () => xapiResponse
  });

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

  // src/ui/dom.js
  function all(selector, root) {
    return Array.prototype.slice.call(root.querySelectorAll(selector));
  }
  function one(selector, root) {
    return root.querySelector(selector);
  }
  function cls(name8) {
    return "." + name8;
  }
  function has(name8, value) {
    return value === void 0 ? "[" + name8 + "]" : "[" + name8 + '="' + value + '"]';
  }
  function slot(doc, name8) {
    return one(has(attributes.slot, name8), doc);
  }
  function actionButtons(doc, name8) {
    return all(has(attributes.action, name8), doc);
  }
  function itemOf(element) {
    return element.getAttribute(attributes.item);
  }
  function unhideSections(doc) {
    all(cls(classes.section) + "[hidden]", doc).forEach((section) => {
      section.hidden = false;
    });
  }
  function warn(message) {
    try {
      console.warn("[course] " + message);
    } catch (e) {
    }
  }
  function emit(doc, name8, detail) {
    try {
      doc.dispatchEvent(new CustomEvent(events.prefix + name8, { detail }));
    } catch (e) {
    }
  }
  function pauseMedia(root) {
    all("audio, video", root).forEach((media) => {
      try {
        media.pause();
      } catch (e) {
      }
    });
  }
  function focusHeading(heading) {
    if (!heading) return;
    try {
      heading.scrollIntoView({ block: "start" });
    } catch (e) {
    }
    try {
      heading.focus({ preventScroll: true });
    } catch (e) {
      heading.focus();
    }
  }

  // src/questions/arabic.js
  function foldArabic(s) {
    return s.replace(/[\u064B-\u0652\u0670\u0640]/g, "").replace(/[\u0623\u0625\u0622\u0671]/g, "ا").replace(/\u0629/g, "ه").replace(/\u0649/g, "ي").replace(/\u0624/g, "و").replace(/\u0626/g, "ي");
  }

  // src/questions/text-box.js
  var DEFAULT_MAX_LENGTH = 255;
  function bind(q) {
    q.text = one(cls(classes.textAnswer) + " input", q.element);
    q.maxLength = q.text ? +q.text.getAttribute("maxlength") || DEFAULT_MAX_LENGTH : 0;
  }
  function read(q) {
    return q.text ? q.text.value : "";
  }
  function write(q, answer) {
    if (q.text) q.text.value = answer;
  }
  function initialAnswer() {
    return "";
  }
  function isValid(q, answer) {
    return answer.length <= 3 * (q.maxLength || DEFAULT_MAX_LENGTH);
  }
  function isAnswered(q, answer) {
    return answer.replace(/\s/g, "") !== "";
  }
  function showsFeedbackFor() {
    return false;
  }
  function lock(q, locked) {
    if (q.text) q.text.readOnly = locked;
  }
  function keepOrder() {
  }
  function firstPattern(correct) {
    return correct[0] || "";
  }
  function longestText(maxLength2) {
    return "%".repeat(maxLength2 || DEFAULT_MAX_LENGTH);
  }
  function squash(s) {
    return String(s).replace(/\s+/g, " ").trim();
  }
  function normalize(s, options) {
    s = squash(s);
    try {
      s = s.normalize("NFC");
    } catch (e) {
    }
    const f = options || {};
    if (f.normalizeArabic) s = foldArabic(s);
    return f.caseSensitive ? s : s.toLowerCase();
  }

  // src/questions/answers.js
  var judgement = {
    correct: states.correct,
    partial: states.partial,
    incorrect: states.incorrect,
    unanswered: states.unanswered
  };
  function judgeInOrder(q, answer, answered) {
    if (!answered) return judgement.unanswered;
    return answer === q.correct.join("") ? judgement.correct : judgement.incorrect;
  }
  function letterList(answer) {
    return answer.split("").join(",");
  }
  function xapiList(response) {
    return response === null ? "" : response.split(",").join("[,]").split(".").join("[.]");
  }
  function joinedPattern(correct) {
    return correct.join(",");
  }
  function keyLine(ui, answer) {
    return ui.make("p", classes.answerKey, "correctAnswer", { answer });
  }

  // src/scorm/format.js
  var MAX_FEEDBACK = 255;
  function decimal(score3) {
    return String(Math.round(Math.max(0, Math.min(100, score3)) * 100) / 100);
  }

  // src/state/bits.js
  var ALPHABET = savedState.alphabet;
  var PER_CHARACTER = savedState.bitsPerCharacter;
  function bitsToHold(values) {
    let bits = 0;
    while (Math.pow(2, bits) < values) bits++;
    return bits;
  }
  function createWriter() {
    const bits = [];
    return {
      /** value in [0, 2^width) */
      write(value, width) {
        for (let i = width - 1; i >= 0; i--) bits.push(Math.floor(value / Math.pow(2, i)) % 2);
      },
      text() {
        let out = "";
        for (let i = 0; i < bits.length; i += PER_CHARACTER) {
          let value = 0;
          for (let j = 0; j < PER_CHARACTER; j++) value = value * 2 + (bits[i + j] || 0);
          out += ALPHABET.charAt(value);
        }
        return out;
      }
    };
  }
  function createReader(text2) {
    const bits = [];
    for (let i = 0; i < text2.length; i++) {
      const value = ALPHABET.indexOf(text2.charAt(i));
      if (value < 0) return null;
      for (let j = PER_CHARACTER - 1; j >= 0; j--) bits.push(value >> j & 1);
    }
    let at = 0;
    return {
      /** The next `width` bits as a number; NaN past the end. */
      read(width) {
        if (at + width > bits.length) {
          at = bits.length + 1;
          return NaN;
        }
        let value = 0;
        for (let i = 0; i < width; i++) value = value * 2 + bits[at++];
        return value;
      },
      /** True when what is left is padding: fewer than six bits, all zero. */
      atEnd() {
        return at <= bits.length && bits.length - at < PER_CHARACTER && bits.slice(at).every((b) => b === 0);
      }
    };
  }

  // src/questions/packing.js
  var UNIT = savedState.textUnitBits;
  var oneOf = {
    bits: (values) => bitsToHold(values.length + 1),
    pack(values, answer, out) {
      out.write(answer === "" ? 0 : values.indexOf(answer) + 1, this.bits(values));
    },
    unpack(values, input) {
      const value = input.read(this.bits(values));
      return value >= 0 && value <= values.length ? value === 0 ? "" : values[value - 1] : null;
    }
  };
  var subsetOf = {
    bits: (values) => values.length,
    pack(values, answer, out) {
      values.forEach((value) => {
        out.write(answer.indexOf(value) >= 0 ? 1 : 0, 1);
      });
    },
    unpack(values, input) {
      let answer = "";
      for (const value of values) {
        const bit = input.read(1);
        if (isNaN(bit)) return null;
        if (bit) answer += value;
      }
      return answer.split("").sort().join("");
    }
  };
  var text = {
    bits: (maxLength2) => bitsToHold(maxLength2 + 1) + maxLength2 * UNIT,
    pack(maxLength2, answer, out) {
      const kept = answer.slice(0, maxLength2);
      out.write(kept.length, bitsToHold(maxLength2 + 1));
      for (let i = 0; i < kept.length; i++) out.write(kept.charCodeAt(i), UNIT);
    },
    unpack(maxLength2, input) {
      const length = input.read(bitsToHold(maxLength2 + 1));
      if (!(length <= maxLength2)) return null;
      let answer = "";
      for (let i = 0; i < length; i++) {
        const unit = input.read(UNIT);
        if (isNaN(unit)) return null;
        answer += String.fromCharCode(unit);
      }
      return answer;
    }
  };
  function listOf(values, empty) {
    const field = bitsToHold(values.length + 1);
    return {
      bits: (positions) => positions * field,
      pack(positions, answer, out) {
        for (let i = 0; i < positions; i++) {
          const c = answer.charAt(i);
          out.write(c === "" || c === empty ? 0 : values.indexOf(c) + 1, field);
        }
      },
      unpack(positions, input) {
        let answer = "";
        for (let i = 0; i < positions; i++) {
          const value = input.read(field);
          if (!(value <= values.length)) return null;
          answer += value === 0 ? empty : values[value - 1];
        }
        return answer;
      }
    };
  }
  function orderOf(values) {
    const field = bitsToHold(values.length);
    return {
      bits: () => values.length * field,
      pack(answer, out) {
        for (let i = 0; i < values.length; i++) out.write(Math.max(values.indexOf(answer.charAt(i)), 0), field);
      },
      unpack(input) {
        let answer = "";
        for (let i = 0; i < values.length; i++) {
          const value = input.read(field);
          if (!(value < values.length)) return null;
          answer += values[value];
        }
        return answer.split("").sort().join("") === values.slice().sort().join("") ? answer : null;
      }
    };
  }
  function textIn(alphabet) {
    const field = bitsToHold(alphabet.length), keep = (answer, maxLength2) => answer.split("").filter((c) => alphabet.indexOf(c) >= 0).join("").slice(0, maxLength2);
    return {
      bits: (maxLength2) => bitsToHold(maxLength2 + 1) + maxLength2 * field,
      pack(maxLength2, answer, out) {
        const kept = keep(answer, maxLength2);
        out.write(kept.length, bitsToHold(maxLength2 + 1));
        kept.split("").forEach((c) => {
          out.write(alphabet.indexOf(c), field);
        });
      },
      unpack(maxLength2, input) {
        const length = input.read(bitsToHold(maxLength2 + 1));
        if (!(length <= maxLength2)) return null;
        let answer = "";
        for (let i = 0; i < length; i++) {
          const value = input.read(field);
          if (!(value < alphabet.length)) return null;
          answer += alphabet.charAt(value);
        }
        return answer;
      }
    };
  }

  // src/questions/types/fill-in.js
  var name = "fill-in";
  var instructions = null;
  var prefilled = false;
  function judge(q, answer) {
    if (!isAnswered(q, answer)) return judgement.unanswered;
    const typed = normalize(answer, q.fillIn);
    return q.correct.some((accepted) => normalize(accepted, q.fillIn) === typed) ? judgement.correct : judgement.incorrect;
  }
  function scormResponse(q, answer) {
    return isAnswered(q, answer) ? squash(answer).slice(0, MAX_FEEDBACK) : null;
  }
  function xapiResponse(q, answer) {
    const response = scormResponse(q, answer);
    return response === null ? "" : response;
  }
  function reveal(q, ui) {
    return keyLine(ui, q.correct[0] || "");
  }
  function worstCaseAnswer(data) {
    return longestText(data.fillIn && data.fillIn.maxLength);
  }
  function maxLength(data) {
    return data.fillIn && data.fillIn.maxLength || DEFAULT_MAX_LENGTH;
  }
  function stateBits(data) {
    return text.bits(maxLength(data));
  }
  function pack(data, answer, out) {
    text.pack(maxLength(data), answer, out);
  }
  function unpack(data, input) {
    return text.unpack(maxLength(data), input);
  }

  // src/questions/types/matching.js
  var matching_exports = {};
  __export(matching_exports, {
    arrange: () => arrange,
    bind: () => bind2,
    defaultPattern: () => defaultPattern,
    fromLegacy: () => fromLegacy,
    initialAnswer: () => initialAnswer2,
    instructions: () => instructions2,
    isAnswered: () => isAnswered2,
    isValid: () => isValid2,
    judge: () => judge2,
    lock: () => lock2,
    name: () => name2,
    pack: () => pack2,
    prefilled: () => prefilled2,
    read: () => read2,
    reveal: () => reveal2,
    scormResponse: () => scormResponse2,
    showsFeedbackFor: () => showsFeedbackFor2,
    stateBits: () => stateBits2,
    unpack: () => unpack2,
    worstCaseAnswer: () => worstCaseAnswer2,
    write: () => write2,
    xapiResponse: () => xapiResponse2
  });
  var NOT_CHOSEN = legacyState.notChosen;
  var PAIR = ".";
  var LIST = ",";
  var name2 = "matching";
  var instructions2 = "matchAll";
  var prefilled2 = false;
  function bind2(q) {
    q.selects = all(cls(classes.pair) + " select", q.element).sort((x, y) => itemOf(x) < itemOf(y) ? -1 : 1);
    q.items = q.selects.map(itemOf);
    q.options = q.selects.map((select) => all("option", select).map((option) => option.value));
  }
  function read2(q) {
    return q.selects.map((select) => select.value || NOT_CHOSEN).join("");
  }
  function write2(q, answer) {
    q.selects.forEach((select, i) => {
      select.value = answer.charAt(i) === NOT_CHOSEN ? "" : answer.charAt(i);
    });
  }
  function initialAnswer2() {
    return "";
  }
  function isValid2(q, answer) {
    return answer.length === q.selects.length && answer.split("").every((c, i) => c === NOT_CHOSEN || q.options[i].some((value) => value === c));
  }
  function isAnswered2(q, answer) {
    return answer.split("").some((c) => c !== NOT_CHOSEN);
  }
  function key(q) {
    const rights = {};
    q.correct.forEach((pair) => {
      const p = pair.split(PAIR);
      rights[p[0]] = p[1];
    });
    return rights;
  }
  function chosen(answer, i) {
    return answer.charAt(i) === NOT_CHOSEN ? "" : answer.charAt(i);
  }
  function judge2(q, answer) {
    if (!isAnswered2(q, answer)) return judgement.unanswered;
    const rights = key(q), right = q.items.filter((item, i) => rights[item] === chosen(answer, i)).length;
    return right === q.items.length && right === q.correct.length ? judgement.correct : right ? judgement.partial : judgement.incorrect;
  }
  function scormResponse2(q, answer) {
    if (!isAnswered2(q, answer)) return null;
    return q.items.map((item, i) => chosen(answer, i) ? item + PAIR + chosen(answer, i) : "").filter(Boolean).join(LIST);
  }
  function xapiResponse2(q, answer) {
    return xapiList(scormResponse2(q, answer));
  }
  function showsFeedbackFor2() {
    return false;
  }
  function lock2(q, locked) {
    q.selects.forEach((select) => {
      select.disabled = locked;
    });
  }
  function reveal2(q, ui) {
    const rights = key(q);
    q.selects.forEach((select) => {
      const option = all("option", select).filter((o) => o.value === rights[itemOf(select)])[0];
      if (option && select.value !== option.value) select.parentNode.appendChild(keyLine(ui, option.textContent));
    });
    return null;
  }
  function arrange() {
  }
  var defaultPattern = joinedPattern;
  function worstCaseAnswer2(data) {
    const last = (data.targets || []).slice(-1)[0] || NOT_CHOSEN;
    return (data.choices || []).map(() => last).join("");
  }
  function packing(data) {
    return listOf(data.targets || [], NOT_CHOSEN);
  }
  function stateBits2(data) {
    return packing(data).bits((data.choices || []).length);
  }
  function pack2(data, answer, out) {
    packing(data).pack((data.choices || []).length, answer, out);
  }
  function unpack2(data, input) {
    return packing(data).unpack((data.choices || []).length, input);
  }
  function fromLegacy(q, answer) {
    const legacy = {};
    q.correct.forEach((pair) => {
      const right = String(pair).split(PAIR)[1];
      if (right && !Object.values(legacy).includes(right)) legacy[String(Object.keys(legacy).length + 1)] = right;
    });
    return answer.split("").map((c) => c === NOT_CHOSEN ? c : legacy[c] || c).join("");
  }

  // src/questions/types/multiple.js
  var multiple_exports = {};
  __export(multiple_exports, {
    arrange: () => arrange2,
    bind: () => bind3,
    defaultPattern: () => defaultPattern2,
    initialAnswer: () => initialAnswer3,
    instructions: () => instructions3,
    isAnswered: () => isAnswered3,
    isValid: () => isValid3,
    judge: () => judge3,
    lock: () => lock3,
    name: () => name3,
    pack: () => pack3,
    prefilled: () => prefilled3,
    read: () => read3,
    reveal: () => reveal3,
    scormResponse: () => scormResponse3,
    showsFeedbackFor: () => showsFeedbackFor3,
    stateBits: () => stateBits3,
    unpack: () => unpack3,
    worstCaseAnswer: () => worstCaseAnswer3,
    write: () => write3,
    xapiResponse: () => xapiResponse3
  });

  // src/questions/choices.js
  function bind3(q) {
    q.inputs = all('input[type="radio"], input[type="checkbox"]', q.element);
    q.values = q.inputs.map((input) => input.value);
  }
  function read3(q) {
    return q.inputs.filter((input) => input.checked).map((input) => input.value).sort().join("");
  }
  function write3(q, answer) {
    q.inputs.forEach((input) => {
      input.checked = answer.indexOf(input.value) >= 0;
    });
  }
  function initialAnswer3() {
    return "";
  }
  function isValidChoice(q, answer, several) {
    return (several || answer.length <= 1) && answer.split("").every((c, i) => q.values.indexOf(c) >= 0 && answer.indexOf(c) === i);
  }
  function isAnswered3(q, answer) {
    return answer.replace(/\s/g, "") !== "";
  }
  function scormResponse3(q, answer) {
    return isAnswered3(q, answer) ? letterList(answer) : null;
  }
  function showsFeedbackFor3(q, answer, choice) {
    return answer.indexOf(choice) >= 0;
  }
  function lock3(q, locked) {
    q.inputs.forEach((input) => {
      input.disabled = locked;
    });
  }
  function reveal3(q, ui) {
    q.inputs.forEach((input) => {
      if (q.correct.indexOf(input.value) < 0) return;
      const li = input.closest(cls(classes.choice));
      if (li) {
        li.setAttribute(attributes.correct, "true");
        li.appendChild(ui.make("span", classes.answerKey + " " + classes.choiceKey, "correctChoice"));
      }
    });
    return null;
  }
  function shuffleChoices(q, shuffle, settings) {
    const list = one(cls(classes.choices), q.element);
    if (settings.shuffleChoices && list) shuffle(all(cls(classes.choice), list)).forEach((li) => {
      list.appendChild(li);
    });
  }
  function keepOrder2() {
  }

  // src/questions/types/multiple.js
  var name3 = "multiple";
  var instructions3 = "selectAll";
  var prefilled3 = false;
  function isValid3(q, answer) {
    return isValidChoice(q, answer, true);
  }
  function judge3(q, answer) {
    if (!isAnswered3(q, answer)) return judgement.unanswered;
    if (answer === q.correct.slice().sort().join("")) return judgement.correct;
    return answer.split("").some((c) => q.correct.indexOf(c) >= 0) ? judgement.partial : judgement.incorrect;
  }
  function xapiResponse3(q, answer) {
    return xapiList(scormResponse3(q, answer));
  }
  function arrange2(q, shuffle, settings) {
    shuffleChoices(q, shuffle, settings);
  }
  var defaultPattern2 = joinedPattern;
  function worstCaseAnswer3(data) {
    return (data.choices || []).join("");
  }
  function stateBits3(data) {
    return subsetOf.bits(data.choices || []);
  }
  function pack3(data, answer, out) {
    subsetOf.pack(data.choices || [], answer, out);
  }
  function unpack3(data, input) {
    return subsetOf.unpack(data.choices || [], input);
  }

  // src/questions/types/numeric.js
  var numeric_exports = {};
  __export(numeric_exports, {
    arrange: () => keepOrder,
    bind: () => bind4,
    defaultPattern: () => firstPattern,
    initialAnswer: () => initialAnswer,
    instructions: () => instructions4,
    isAnswered: () => isAnswered,
    isValid: () => isValid,
    judge: () => judge4,
    lock: () => lock,
    name: () => name4,
    pack: () => pack4,
    prefilled: () => prefilled4,
    read: () => read,
    reveal: () => reveal4,
    scormResponse: () => scormResponse4,
    showsFeedbackFor: () => showsFeedbackFor,
    stateBits: () => stateBits4,
    unpack: () => unpack4,
    worstCaseAnswer: () => worstCaseAnswer4,
    write: () => write,
    xapiResponse: () => xapiResponse4
  });

  // src/questions/numbers.js
  function parseNumber(s) {
    s = String(s).trim().replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 1632)).replace(/[\u06F0-\u06F9]/g, (d) => String(d.charCodeAt(0) - 1776)).replace(/[,\u066B]/g, ".").replace(/[\u2212\u2013]/g, "-");
    return /^[-+]?(\d+\.?\d*|\.\d+)$/.test(s) ? parseFloat(s) : NaN;
  }
  function inRange(answer, correct) {
    const x = parseNumber(answer);
    return x >= parseFloat(correct[0]) && x <= parseFloat(correct[correct.length - 1]);
  }

  // src/questions/types/numeric.js
  var name4 = "numeric";
  var instructions4 = "typeNumber";
  var prefilled4 = false;
  var ALPHABET2 = savedState.numericAlphabet;
  var digits = textIn(ALPHABET2);
  function bind4(q, hooks) {
    bind(q, hooks);
    if (!q.text) return;
    q.text.addEventListener("input", () => {
      const typed = q.text.value, kept = typed.split("").filter((c) => ALPHABET2.indexOf(c) >= 0).join("");
      if (kept !== typed) q.text.value = kept;
    });
  }
  function judge4(q, answer) {
    if (!isAnswered(q, answer)) return judgement.unanswered;
    return inRange(answer, q.correct) ? judgement.correct : judgement.incorrect;
  }
  function scormResponse4(q, answer) {
    if (!isAnswered(q, answer)) return null;
    const x = parseNumber(answer);
    return isNaN(x) ? null : String(x);
  }
  function xapiResponse4(q, answer) {
    const response = scormResponse4(q, answer);
    return response === null ? "" : response;
  }
  function reveal4(q, ui) {
    const min = q.correct[0], max = q.correct[q.correct.length - 1];
    return min === max ? keyLine(ui, min) : keyLine(ui, ui.format("numberRange", { min, max }));
  }
  function worstCaseAnswer4() {
    return ALPHABET2.charAt(0).repeat(savedState.numericMaxLength);
  }
  function stateBits4() {
    return digits.bits(savedState.numericMaxLength);
  }
  function pack4(data, answer, out) {
    digits.pack(savedState.numericMaxLength, answer, out);
  }
  function unpack4(data, input) {
    return digits.unpack(savedState.numericMaxLength, input);
  }

  // src/questions/types/sequencing.js
  var sequencing_exports = {};
  __export(sequencing_exports, {
    arrange: () => arrange3,
    bind: () => bind5,
    defaultPattern: () => defaultPattern3,
    fromLegacy: () => fromLegacy2,
    initialAnswer: () => initialAnswer4,
    instructions: () => instructions5,
    isAnswered: () => isAnswered4,
    isValid: () => isValid4,
    judge: () => judge5,
    lock: () => lock4,
    name: () => name5,
    pack: () => pack5,
    prefilled: () => prefilled5,
    read: () => read4,
    reveal: () => reveal5,
    scormResponse: () => scormResponse5,
    showsFeedbackFor: () => showsFeedbackFor4,
    stateBits: () => stateBits5,
    unpack: () => unpack5,
    worstCaseAnswer: () => worstCaseAnswer5,
    write: () => write4,
    xapiResponse: () => xapiResponse5
  });
  var name5 = "sequencing";
  var instructions5 = "orderItems";
  var prefilled5 = true;
  var FIRST_LETTER = "a".charCodeAt(0);
  var MOVES = cls(classes.moveUp) + "," + cls(classes.moveDown);
  function items(q) {
    return all(cls(classes.sequenceItem), q.list || q.element);
  }
  function updateMoves(q) {
    const list = items(q);
    list.forEach((li, i) => {
      const up = one(cls(classes.moveUp), li), down = one(cls(classes.moveDown), li);
      if (up) up.setAttribute("aria-disabled", i === 0 ? "true" : "false");
      if (down) down.setAttribute("aria-disabled", i === list.length - 1 ? "true" : "false");
    });
  }
  function bind5(q, hooks) {
    q.list = one(cls(classes.sequence), q.element);
    q.itemElements = {};
    all(cls(classes.sequenceItem), q.element).forEach((li) => {
      q.itemElements[itemOf(li)] = li;
    });
    q.itemIds = Object.keys(q.itemElements).sort();
    if (!q.list) return;
    q.list.setAttribute("role", "list");
    q.list.addEventListener("click", (event) => {
      const target = event.target && event.target.closest ? event.target : null;
      const button = target && target.closest(MOVES);
      if (!button || button.disabled || button.getAttribute("aria-disabled") === "true" || q.quiz.checked) return;
      const li = button.closest(cls(classes.sequenceItem)), list = li && li.parentNode;
      const up = button.classList.contains(classes.moveUp), sibling = up ? li.previousElementSibling : li.nextElementSibling;
      if (!sibling) return;
      list.insertBefore(li, up ? sibling : sibling.nextElementSibling);
      hooks.attempting();
      updateMoves(q);
      button.focus();
      const now = all(cls(classes.sequenceItem), list);
      hooks.announce(hooks.ui.format("movedTo", { n: now.indexOf(li) + 1, total: now.length }));
    });
  }
  function read4(q) {
    return items(q).map(itemOf).join("");
  }
  function write4(q, answer) {
    answer.split("").forEach((id) => {
      const li = q.itemElements[id];
      if (li) q.list.appendChild(li);
    });
    updateMoves(q);
  }
  function initialAnswer4(q) {
    return q.initial || read4(q);
  }
  function isValid4(q, answer) {
    return answer.split("").sort().join("") === q.itemIds.join("");
  }
  function isAnswered4() {
    return true;
  }
  function judge5(q, answer) {
    return judgeInOrder(q, answer, true);
  }
  function scormResponse5(q, answer) {
    return letterList(answer);
  }
  function xapiResponse5(q, answer) {
    return xapiList(scormResponse5(q, answer));
  }
  function showsFeedbackFor4() {
    return false;
  }
  function lock4(q, locked) {
    all(MOVES, q.element).forEach((button) => {
      button.disabled = locked;
    });
  }
  function reveal5(q, ui) {
    const box = ui.make("div", classes.answerKey);
    box.appendChild(ui.make("p", null, "correctOrder"));
    const list = box.appendChild(ui.make("ol"));
    q.correct.forEach((id) => {
      const source = q.itemElements[id] && one(cls(classes.sequenceText), q.itemElements[id]);
      list.appendChild(ui.make("li")).textContent = source ? source.textContent : id;
    });
    return box;
  }
  function arrange3(q, shuffle) {
    let order = shuffle(q.itemIds.slice()).join("");
    if (order === q.correct.join("") && order.length > 1) order = order.slice(1) + order.charAt(0);
    write4(q, order);
    q.initial = order;
  }
  var defaultPattern3 = joinedPattern;
  function worstCaseAnswer5(data) {
    return (data.choices || []).join("");
  }
  function stateBits5(data) {
    return orderOf(data.choices || []).bits();
  }
  function pack5(data, answer, out) {
    orderOf(data.choices || []).pack(answer, out);
  }
  function unpack5(data, input) {
    return orderOf(data.choices || []).unpack(input);
  }
  function fromLegacy2(q, answer) {
    return answer.split("").map((c) => q.correct[c.charCodeAt(0) - FIRST_LETTER] || c).join("");
  }

  // src/questions/types/single.js
  var single_exports = {};
  __export(single_exports, {
    arrange: () => arrange4,
    bind: () => bind3,
    defaultPattern: () => defaultPattern4,
    initialAnswer: () => initialAnswer3,
    instructions: () => instructions6,
    isAnswered: () => isAnswered3,
    isValid: () => isValid5,
    judge: () => judge6,
    lock: () => lock3,
    name: () => name6,
    pack: () => pack6,
    prefilled: () => prefilled6,
    read: () => read3,
    reveal: () => reveal3,
    scormResponse: () => scormResponse3,
    showsFeedbackFor: () => showsFeedbackFor3,
    stateBits: () => stateBits6,
    unpack: () => unpack6,
    worstCaseAnswer: () => worstCaseAnswer6,
    write: () => write3,
    xapiResponse: () => xapiResponse6
  });
  var name6 = "single";
  var instructions6 = "selectOne";
  var prefilled6 = false;
  function isValid5(q, answer) {
    return isValidChoice(q, answer, false);
  }
  function judge6(q, answer) {
    return judgeInOrder(q, answer, isAnswered3(q, answer));
  }
  function xapiResponse6(q, answer) {
    return xapiList(scormResponse3(q, answer));
  }
  function arrange4(q, shuffle, settings) {
    shuffleChoices(q, shuffle, settings);
  }
  var defaultPattern4 = joinedPattern;
  function worstCaseAnswer6(data) {
    return (data.choices || []).slice(-1).join("");
  }
  function stateBits6(data) {
    return oneOf.bits(data.choices || []);
  }
  function pack6(data, answer, out) {
    oneOf.pack(data.choices || [], answer, out);
  }
  function unpack6(data, input) {
    return oneOf.unpack(data.choices || [], input);
  }

  // src/questions/types/true-false.js
  var true_false_exports = {};
  __export(true_false_exports, {
    arrange: () => keepOrder2,
    bind: () => bind3,
    defaultPattern: () => defaultPattern5,
    initialAnswer: () => initialAnswer3,
    instructions: () => instructions7,
    isAnswered: () => isAnswered3,
    isValid: () => isValid6,
    judge: () => judge7,
    lock: () => lock3,
    name: () => name7,
    pack: () => pack7,
    prefilled: () => prefilled7,
    read: () => read3,
    reveal: () => reveal3,
    scormResponse: () => scormResponse3,
    showsFeedbackFor: () => showsFeedbackFor3,
    stateBits: () => stateBits7,
    unpack: () => unpack7,
    worstCaseAnswer: () => worstCaseAnswer7,
    write: () => write3,
    xapiResponse: () => xapiResponse7
  });
  var TRUE = "t";
  var name7 = "true-false";
  var instructions7 = "selectOne";
  var prefilled7 = false;
  function isValid6(q, answer) {
    return isValidChoice(q, answer, false);
  }
  function judge7(q, answer) {
    return judgeInOrder(q, answer, isAnswered3(q, answer));
  }
  function xapiResponse7(q, answer) {
    const response = scormResponse3(q, answer);
    return response === null ? "" : response === TRUE ? "true" : "false";
  }
  var defaultPattern5 = joinedPattern;
  function worstCaseAnswer7() {
    return TRUE;
  }
  var VALUES = [TRUE, "f"];
  function stateBits7() {
    return oneOf.bits(VALUES);
  }
  function pack7(data, answer, out) {
    oneOf.pack(VALUES, answer, out);
  }
  function unpack7(data, input) {
    return oneOf.unpack(VALUES, input);
  }

  // question-types:virtual:question-types
  var virtual_question_types_default = [fill_in_exports, matching_exports, multiple_exports, numeric_exports, sequencing_exports, single_exports, true_false_exports];

  // src/questions/registry.js
  var DEFAULT_TYPE = "single";
  function createRegistry(modules) {
    const byName = {};
    modules.forEach((type) => {
      byName[type.name] = type;
    });
    return {
      get: (name8) => byName[name8] || byName[DEFAULT_TYPE],
      names: Object.keys(byName)
    };
  }

  // src/scorm/cmi.js
  var entry = { abInitio: "ab-initio", resume: "resume" };

  // src/uuid.js
  var UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
  var HEX = /^[0-9a-f]{32}$/;
  function isUuid(value) {
    return typeof value === "string" && UUID.test(value);
  }
  function isCompactUuid(value) {
    return typeof value === "string" && HEX.test(value);
  }
  function compact(value) {
    return value.replace(/-/g, "");
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

  // src/state/v2.js
  var version = legacyState.version;
  var FIELD = legacyState.fieldSeparator;
  var QUIZ = legacyState.quizSeparator;
  var ANSWER = legacyState.answerSeparator;
  var BASE36 = /^[0-9a-z]+$/;
  var special = new RegExp("[" + legacyState.escapedCharacters.replace(/[\\\]^-]/g, "\\$&") + "]", "g");
  var codes = legacyState.escapedCharacters.split("").map((c) => c.charCodeAt(0).toString(16).toUpperCase());
  var escapedCode = new RegExp("%(" + codes.join("|") + ")", "gi");
  function unescape(s) {
    return s.replace(escapedCode, (match, hex) => String.fromCharCode(parseInt(hex, 16)));
  }
  function decode(text2, course) {
    const parts = String(text2 || "").split(FIELD);
    let registration = "";
    if (parts.length === 5 && isCompactUuid(parts[4])) registration = expand(parts.pop());
    const sections = course.sections.length;
    if (parts.length !== 4 || parts[0] !== version || parts[1].length !== sections || /[^01]/.test(parts[1]) || !BASE36.test(parts[2]) || parseInt(parts[2], 36) >= sections) return null;
    const saved = parts[3] === "" ? [] : parts[3].split(QUIZ);
    if (saved.length !== course.quizzes.length) return null;
    const quizzes = [];
    for (let i = 0; i < saved.length; i++) {
      const questions = course.quizzes[i].questions, fields = saved[i].split(ANSWER);
      if (fields.length !== 2 + questions.length || !BASE36.test(fields[0]) || /[^01]/.test(fields[1])) return null;
      const answers = [];
      for (let j = 0; j < questions.length; j++) {
        const q = questions[j], answer = unescape(fields[2 + j]);
        if (!q.type.isValid(q, answer)) return null;
        answers.push(answer);
      }
      quizzes.push({ attempts: parseInt(fields[0], 36), checked: fields[1] === "1", answers });
    }
    return { visited: parts[1].split("").map((v) => v === "1"), current: parseInt(parts[2], 36), quizzes, registration };
  }

  // src/shuffle.js
  function hash(s) {
    let h = 2166136261;
    for (let i = 0; i < s.length; i++) {
      h ^= s.charCodeAt(i);
      h = Math.imul(h, 16777619);
    }
    return h >>> 0;
  }
  function mulberry32(seed) {
    return function next2() {
      seed = seed + 1831565813 | 0;
      let t = Math.imul(seed ^ seed >>> 15, 1 | seed);
      t = t + Math.imul(t ^ t >>> 7, 61 | t) ^ t;
      return ((t ^ t >>> 14) >>> 0) / 4294967296;
    };
  }
  function shuffled(list, learner, key2) {
    const next2 = mulberry32(hash(learner + "|" + key2)), copy2 = list.slice();
    for (let i = copy2.length - 1; i > 0; i--) {
      const j = Math.floor(next2() * (i + 1)), swap = copy2[i];
      copy2[i] = copy2[j];
      copy2[j] = swap;
    }
    return copy2;
  }

  // src/state/v3.js
  var marker = savedState.marker;
  var FINGERPRINT = savedState.fingerprintBits;
  var REGISTRATION = savedState.registrationBits;
  var HEX_DIGIT = 4;
  function attemptCap(quiz) {
    return quiz.limit !== null && quiz.limit > 0 ? Math.min(quiz.limit, savedState.maxCountedAttempts) : savedState.maxCountedAttempts;
  }
  function fingerprint(course) {
    const parts = [course.sections.map((s) => s.id).join(",")];
    course.quizzes.forEach((quiz) => {
      parts.push(attemptCap(quiz) + ":" + quiz.questions.map((q) => q.id + "/" + q.type.name + "/" + q.type.stateBits(q.data)).join(","));
    });
    return hash(parts.join("|")) % Math.pow(2, FINGERPRINT);
  }
  function encode(model, course) {
    const out = createWriter(), sections = course.sections.length;
    out.write(fingerprint(course), FINGERPRINT);
    model.visited.forEach((seen) => {
      out.write(seen ? 1 : 0, 1);
    });
    out.write(model.current, bitsToHold(sections));
    out.write(model.registration ? 1 : 0, 1);
    if (model.registration) compact(model.registration).split("").forEach((digit) => {
      out.write(parseInt(digit, 16), HEX_DIGIT);
    });
    course.quizzes.forEach((quiz, i) => {
      const state = model.quizzes[i], cap = attemptCap(quiz);
      out.write(Math.min(state.attempts, cap), bitsToHold(cap + 1));
      out.write(state.checked ? 1 : 0, 1);
      quiz.questions.forEach((q, j) => {
        q.type.pack(q.data, state.answers[j], out);
      });
    });
    return marker + out.text();
  }
  function decode2(text2, course) {
    const input = createReader(String(text2).slice(marker.length)), sections = course.sections.length;
    if (!input || input.read(FINGERPRINT) !== fingerprint(course)) return null;
    const visited = course.sections.map(() => input.read(1) === 1);
    const current = input.read(bitsToHold(sections));
    let registration = "";
    if (input.read(1) === 1) {
      let hex = "";
      for (let i = 0; i < REGISTRATION / HEX_DIGIT; i++) hex += input.read(HEX_DIGIT).toString(16);
      registration = isCompactUuid(hex) ? expand(hex) : "";
    }
    const quizzes = [];
    for (const quiz of course.quizzes) {
      const attempts = input.read(bitsToHold(attemptCap(quiz) + 1)), checked = input.read(1) === 1, answers = [];
      for (const q of quiz.questions) {
        const answer = q.type.unpack(q.data, input);
        if (answer === null) return null;
        answers.push(answer);
      }
      quizzes.push({ attempts, checked, answers });
    }
    if (!(current < sections) || quizzes.some((quiz) => isNaN(quiz.attempts)) || !input.atEnd()) return null;
    return { visited, current, quizzes, registration };
  }

  // src/state/codec.js
  function fromLegacy3(model, course) {
    if (!model) return null;
    model.quizzes.forEach((quiz, i) => {
      quiz.answers = quiz.answers.map((answer, j) => {
        const q = course.quizzes[i].questions[j];
        return q.type.fromLegacy ? q.type.fromLegacy(q, answer) : answer;
      });
    });
    return model;
  }
  function encode2(model, course) {
    return encode(model, course);
  }
  function decode3(text2, course) {
    const saved = String(text2 || "");
    if (saved.startsWith(marker)) return decode2(saved, course);
    if (saved.startsWith(legacyState.version + legacyState.fieldSeparator)) return fromLegacy3(decode(saved, course), course);
    return null;
  }

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
      read(key2) {
        try {
          return win.localStorage.getItem(key2) || "";
        } catch (e) {
          return "";
        }
      },
      /** False when the browser refused it. */
      write(key2, value) {
        try {
          win.localStorage.setItem(key2, value);
          return true;
        } catch (e) {
          return false;
        }
      },
      remove(key2) {
        try {
          win.localStorage.removeItem(key2);
        } catch (e) {
        }
      }
    };
  }

  // src/ui/strings.js
  function createUi(doc, strings) {
    function text2(key2) {
      const value = strings[key2];
      return typeof value === "string" ? value : key2;
    }
    function format(key2, values) {
      return text2(key2).replace(/\{(\w+)\}/g, (match, name8) => values && name8 in values ? String(values[name8]) : match);
    }
    function fill(element, key2, values) {
      element.textContent = "";
      text2(key2).split(/(\{\w+\})/).forEach((part) => {
        const name8 = /^\{(\w+)\}$/.exec(part);
        if (name8 && values && name8[1] in values) {
          const value = values[name8[1]];
          if (typeof value === "string") {
            const bdi = doc.createElement("bdi");
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
    function make(tag, className, key2, values) {
      const element = doc.createElement(tag);
      if (className) element.className = className;
      if (key2) fill(element, key2, values);
      return element;
    }
    return { doc, text: text2, format, fill, make };
  }
  function shown(score3) {
    return Math.floor(score3 * 10 + 1e-9) / 10;
  }

  // src/ui/announcer.js
  function createAnnouncer(ui) {
    const region = ui.make("div", classes.visuallyHidden);
    region.setAttribute("aria-live", "polite");
    ui.doc.body.appendChild(region);
    return function announce(message) {
      region.textContent = "";
      setTimeout(() => {
        region.textContent = message;
      }, 60);
    };
  }

  // src/quiz/arrange.js
  function arrange5(quiz, learner) {
    const id = quiz.section.id;
    if (quiz.shuffleQuestions) {
      const anchor = one(cls(classes.quizResult) + "," + cls(classes.quizActions), quiz.form);
      shuffled(quiz.questions, learner, id).forEach((q, i) => {
        quiz.form.insertBefore(q.element, anchor);
        const number = one(cls(classes.questionNumber), q.element);
        if (number) number.textContent = i + 1 + ".";
      });
    }
    quiz.questions.forEach((q) => {
      q.type.arrange(q, (list) => shuffled(list, learner, id + ids.interactionSeparator + q.id), quiz);
    });
  }

  // src/player/session.js
  var VIEW = { section: "section", summary: "summary", closed: "closed" };
  function score(list) {
    let earned = 0, total = 0;
    list.forEach((q) => {
      if (q.quiz.checked) {
        total += q.weight;
        if (q.right) earned += q.weight;
      }
    });
    return total ? 100 * earned / total : null;
  }
  function mastery(player) {
    const lms = player.lmsMastery;
    return lms >= 0 && lms <= 100 ? lms : player.passingScore;
  }
  function quizPassing(player, quiz) {
    return quiz.ownPassing !== null ? quiz.ownPassing : mastery(player);
  }
  function courseScore(player) {
    return player.course.questions.length ? score(player.course.questions) : null;
  }
  function isFinal(player) {
    return player.visited.every(Boolean) && player.course.quizzes.every((quiz) => quiz.checked);
  }
  function exhausted(quiz) {
    return quiz.limit !== null && quiz.attempts >= quiz.limit;
  }
  function encodeState(player) {
    return encode2({
      visited: player.visited,
      current: player.current,
      quizzes: player.course.quizzes.map((quiz) => ({
        attempts: quiz.attempts,
        checked: quiz.checked,
        answers: quiz.questions.map((q) => q.type.read(q))
      })),
      registration: player.registration
    }, player.course);
  }
  function saveLocal(player) {
    if (!player.lms.connected) player.store.write(player.storageKey, encodeState(player));
  }
  function record(player) {
    saveLocal(player);
    if (!player.lms.connected) return;
    const course = player.course;
    player.lms.writeState({
      location: course.sections[player.current].id,
      suspendData: encodeState(player),
      final: isFinal(player),
      score: courseScore(player),
      mastery: mastery(player),
      objectives: course.outcomes.map((o) => ({ id: o.id, score: score(course.outcomeQuestions[o.id]) }))
    });
  }
  function commit(player) {
    player.lms.commit();
  }
  function leaveSection(player) {
    if (player.view === VIEW.section && player.shownAt) {
      emit(player.doc, events.sectionExperienced, {
        section: player.course.sections[player.current].id,
        durationMs: Date.now() - player.shownAt
      });
    }
    player.shownAt = 0;
  }
  function finish(player) {
    if (player.lms.finished) return;
    leaveSection(player);
    emit(player.doc, events.exit, { suspended: !isFinal(player), durationMs: Date.now() - player.startedAt });
    saveLocal(player);
    if (player.lms.connected) {
      record(player);
      player.lms.writeSessionTime(Date.now() - player.startedAt);
    }
    player.lms.finish();
  }
  function milestones(player) {
    const final = isFinal(player);
    if (final && !player.wasFinal) {
      const result = courseScore(player), took = Date.now() - player.startedAt;
      if (result !== null) {
        emit(player.doc, events.courseScored, {
          raw: +decimal(result),
          passed: result >= mastery(player),
          mastery: mastery(player) / 100,
          durationMs: took
        });
      }
      if (!player.completedSent) {
        player.completedSent = true;
        emit(player.doc, events.courseCompleted, { durationMs: took });
      }
    }
    player.wasFinal = final;
  }

  // src/quiz/grading.js
  var STATUS_TEXT = {
    [judgement.correct]: "correct",
    [judgement.unanswered]: "unanswered",
    [judgement.partial]: "partiallyCorrect",
    [judgement.incorrect]: "incorrect"
  };
  function buttons(quiz) {
    return { submit: one(cls(classes.quizSubmit), quiz.form), retry: one(cls(classes.quizRetry), quiz.form) };
  }
  function revealAnswer(ui, q) {
    const status = one(cls(classes.questionStatus), q.element), box = q.type.reveal(q, ui);
    if (box) q.element.insertBefore(box, status);
  }
  function fillFeedback(q) {
    if (q.feedbackFilled) return;
    q.feedbackFilled = true;
    const feedback = q.key.feedback, doc = q.element.ownerDocument;
    all(has(attributes.feedbackFor) + ", " + cls(classes.questionFeedback), q.element).forEach((place) => {
      const html = feedback[place.getAttribute(attributes.feedbackFor) || place.getAttribute(attributes.feedback)];
      if (!html || place.hasChildNodes()) return;
      const parsed = new doc.defaultView.DOMParser().parseFromString(html, "text/html").body;
      while (parsed.firstChild) place.appendChild(doc.adoptNode(parsed.firstChild));
    });
  }
  function resultMessage(player, quiz, right, over, announceIt) {
    const ui = player.ui, quizScore = score(quiz.questions), passing = quizPassing(player, quiz), pass = quizScore >= passing;
    const message = [
      ui.format("quizResult", { correct: right, total: quiz.questions.length }),
      ui.format("yourScore", { score: shown(quizScore) }),
      pass ? ui.text("quizPassed") : ui.format("quizFailed", { passing: shown(passing) })
    ];
    if (quiz.limit !== null) message.push(over ? ui.text("noAttemptsLeft") : ui.format("attemptsLeft", { n: quiz.limit - quiz.attempts }));
    if (announceIt && isFinal(player)) {
      const course = courseScore(player);
      message.push(course === null ? ui.text("courseComplete") : ui.format(course >= mastery(player) ? "passed" : "failed", { mastery: shown(mastery(player)) }));
    }
    return { text: message.join("\n"), pass };
  }
  function grade(player, quiz, announceIt) {
    let right = 0;
    quiz.questions.forEach((q) => {
      const answer = q.type.read(q), state = q.type.judge(q, answer);
      q.right = state === judgement.correct;
      if (q.right) right++;
      q.element.setAttribute(attributes.state, state);
      const status = one(cls(classes.questionStatus), q.element);
      if (status) player.ui.fill(status, STATUS_TEXT[state]);
      fillFeedback(q);
      all(has(attributes.feedbackFor), q.element).forEach((f) => {
        f.hidden = !f.hasChildNodes() || !q.type.showsFeedbackFor(q, answer, f.getAttribute(attributes.feedbackFor));
      });
      all(cls(classes.questionFeedback), q.element).forEach((f) => {
        f.hidden = !f.hasChildNodes() || f.getAttribute(attributes.feedback) !== (q.right ? feedbackKinds.correct : feedbackKinds.incorrect);
      });
      q.type.lock(q, true);
    });
    quiz.checked = true;
    quiz.form.setAttribute(attributes.state, states.checked);
    const over = exhausted(quiz);
    if (over && quiz.reveal) quiz.questions.forEach((q) => {
      if (!q.right) revealAnswer(player.ui, q);
    });
    const { submit, retry } = buttons(quiz);
    if (submit) submit.hidden = true;
    if (retry) retry.hidden = over;
    const result = one(cls(classes.quizResult), quiz.form);
    if (result) {
      const message = resultMessage(player, quiz, right, over, announceIt);
      result.textContent = message.text;
      result.setAttribute(attributes.state, message.pass ? states.correct : states.incorrect);
    }
  }
  function unlock(quiz) {
    quiz.checked = false;
    quiz.form.removeAttribute(attributes.state);
    all(cls(classes.answerKey), quiz.form).forEach((el) => {
      el.parentNode.removeChild(el);
    });
    quiz.questions.forEach((q) => {
      q.right = false;
      q.element.removeAttribute(attributes.state);
      const status = one(cls(classes.questionStatus), q.element);
      if (status) status.textContent = "";
      all(has(attributes.feedbackFor) + ", " + cls(classes.questionFeedback), q.element).forEach((f) => {
        f.hidden = true;
      });
      all(has(attributes.correct), q.element).forEach((li) => {
        li.removeAttribute(attributes.correct);
      });
      q.type.lock(q, false);
    });
    const { submit, retry } = buttons(quiz);
    if (submit) submit.hidden = false;
    if (retry) retry.hidden = true;
  }

  // src/quiz/engine.js
  var INSTRUCTIONS_SUFFIX = "-instructions";
  function hasAnswers(quiz) {
    return quiz.questions.some((q) => !q.type.prefilled && q.type.isAnswered(q, q.type.read(q)));
  }
  function attempting(player, quiz) {
    if (quiz.checked || quiz.answering) return;
    quiz.answering = true;
    emit(player.doc, events.quizAttempted, { section: quiz.section.id, attempt: quiz.attempts + 1 });
  }
  function interactions(quiz) {
    return quiz.questions.map((q) => ({
      section: quiz.section.id,
      id: q.id,
      scormType: q.scormType,
      outcomes: q.outcomes,
      weight: q.weight,
      response: q.type.scormResponse(q, q.type.read(q)),
      pattern: q.pattern,
      right: q.right
    }));
  }
  function announceResults(player, quiz) {
    const section = quiz.section.id, took = Date.now() - quiz.started, assessed = [];
    let earned = 0, total = 0;
    quiz.questions.forEach((q) => {
      total += q.weight;
      if (q.right) earned += q.weight;
      q.outcomes.forEach((o) => {
        if (assessed.indexOf(o) < 0) assessed.push(o);
      });
      emit(player.doc, events.questionAnswered, {
        section,
        question: q.id,
        attempt: quiz.attempts,
        correct: q.right,
        weight: q.weight,
        response: q.type.xapiResponse(q, q.type.read(q)),
        durationMs: took,
        outcomes: q.outcomes,
        correctResponsesPattern: q.key.xapi
      });
    });
    emit(player.doc, events.quizScored, {
      section,
      attempt: quiz.attempts,
      raw: earned,
      max: total,
      passed: 100 * earned / total >= quizPassing(player, quiz),
      mastery: quizPassing(player, quiz) / 100,
      durationMs: took,
      outcomes: assessed
    });
  }
  function check(player, quiz) {
    if (quiz.checked || player.view === VIEW.closed) return;
    const result = one(cls(classes.quizResult), quiz.form);
    if (!hasAnswers(quiz)) {
      if (result) {
        result.textContent = player.ui.text("answerFirst");
        result.removeAttribute(attributes.state);
      }
      return;
    }
    attempting(player, quiz);
    quiz.attempts = Math.min(quiz.attempts + 1, savedState.maxCountedAttempts);
    quiz.answering = false;
    grade(player, quiz, true);
    if (player.lms.connected) player.lms.writeInteractions(interactions(quiz), quiz.started);
    record(player);
    commit(player);
    announceResults(player, quiz);
    milestones(player);
    const retry = one(cls(classes.quizRetry), quiz.form);
    if (retry && !retry.hidden) retry.focus();
    else if (result) {
      result.setAttribute("tabindex", "-1");
      result.focus();
    }
  }
  function tryAgain(player, quiz) {
    if (player.view === VIEW.closed || exhausted(quiz)) return;
    quiz.answering = false;
    quiz.questions.forEach((q) => {
      q.type.write(q, q.type.initialAnswer(q));
    });
    unlock(quiz);
    quiz.started = Date.now();
    const result = one(cls(classes.quizResult), quiz.form);
    if (result) {
      result.textContent = "";
      result.removeAttribute(attributes.state);
    }
    record(player);
    commit(player);
    const first = one(["input", "select", "button"].map((tag) => cls(classes.question) + " " + tag).join(","), quiz.form);
    if (first) first.focus();
  }
  function bindQuiz(player, quiz) {
    const form = quiz.form;
    form.addEventListener("submit", (event) => {
      event.preventDefault();
      check(player, quiz);
    });
    ["input", "change"].forEach((type) => {
      form.addEventListener(type, () => {
        attempting(player, quiz);
      });
    });
    form.addEventListener("keydown", (event) => {
      if (event.key === "Enter" && event.target && event.target.type === "text") event.preventDefault();
    });
    form.addEventListener("click", (event) => {
      const target = event.target && event.target.closest ? event.target : null;
      if (target && target.closest(cls(classes.quizRetry))) tryAgain(player, quiz);
    });
    quiz.questions.forEach((q) => {
      const key2 = q.type.instructions;
      if (!key2) return;
      const hint = player.ui.make("p", classes.questionInstructions, key2);
      hint.id = q.element.id + INSTRUCTIONS_SUFFIX;
      const legend = one("legend", q.element);
      if (legend && legend.nextSibling) q.element.insertBefore(hint, legend.nextSibling);
      else q.element.appendChild(hint);
      q.element.setAttribute("aria-describedby", hint.id);
    });
  }

  // src/seal/sha256.js
  var K = new Uint32Array([
    1116352408,
    1899447441,
    3049323471,
    3921009573,
    961987163,
    1508970993,
    2453635748,
    2870763221,
    3624381080,
    310598401,
    607225278,
    1426881987,
    1925078388,
    2162078206,
    2614888103,
    3248222580,
    3835390401,
    4022224774,
    264347078,
    604807628,
    770255983,
    1249150122,
    1555081692,
    1996064986,
    2554220882,
    2821834349,
    2952996808,
    3210313671,
    3336571891,
    3584528711,
    113926993,
    338241895,
    666307205,
    773529912,
    1294757372,
    1396182291,
    1695183700,
    1986661051,
    2177026350,
    2456956037,
    2730485921,
    2820302411,
    3259730800,
    3345764771,
    3516065817,
    3600352804,
    4094571909,
    275423344,
    430227734,
    506948616,
    659060556,
    883997877,
    958139571,
    1322822218,
    1537002063,
    1747873779,
    1955562222,
    2024104815,
    2227730452,
    2361852424,
    2428436474,
    2756734187,
    3204031479,
    3329325298
  ]);
  var INITIAL = [1779033703, 3144134277, 1013904242, 2773480762, 1359893119, 2600822924, 528734635, 1541459225];
  function rotate(x, n) {
    return x >>> n | x << 32 - n;
  }
  function padded(bytes2) {
    const length = Math.ceil((bytes2.length + 9) / 64) * 64, out = new Uint8Array(length), view = new DataView(out.buffer);
    out.set(bytes2);
    out[bytes2.length] = 128;
    view.setUint32(length - 8, Math.floor(bytes2.length / 536870912));
    view.setUint32(length - 4, bytes2.length * 8 >>> 0);
    return view;
  }
  function compress(h, view, offset, w) {
    for (let t = 0; t < 16; t++) w[t] = view.getUint32(offset + t * 4);
    for (let t = 16; t < 64; t++) {
      const s0 = rotate(w[t - 15], 7) ^ rotate(w[t - 15], 18) ^ w[t - 15] >>> 3;
      const s1 = rotate(w[t - 2], 17) ^ rotate(w[t - 2], 19) ^ w[t - 2] >>> 10;
      w[t] = w[t - 16] + s0 + w[t - 7] + s1 | 0;
    }
    let [a, b, c, d, e, f, g, k] = h;
    for (let t = 0; t < 64; t++) {
      const t1 = k + (rotate(e, 6) ^ rotate(e, 11) ^ rotate(e, 25)) + (e & f ^ ~e & g) + K[t] + w[t] | 0;
      const t2 = (rotate(a, 2) ^ rotate(a, 13) ^ rotate(a, 22)) + (a & b ^ a & c ^ b & c) | 0;
      k = g;
      g = f;
      f = e;
      e = d + t1 | 0;
      d = c;
      c = b;
      b = a;
      a = t1 + t2 | 0;
    }
    [a, b, c, d, e, f, g, k].forEach((x, i) => {
      h[i] = h[i] + x | 0;
    });
  }
  function sha256(bytes2) {
    const view = padded(bytes2), h = INITIAL.slice(), w = new Int32Array(64);
    for (let offset = 0; offset < view.byteLength; offset += 64) compress(h, view, offset, w);
    const out = new Uint8Array(32), digest = new DataView(out.buffer);
    h.forEach((x, i) => {
      digest.setUint32(i * 4, x >>> 0);
    });
    return out;
  }

  // src/seal/seal.js
  var BASE64URL = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
  function fromBase64Url(text2) {
    const bytes2 = [];
    let buffer = 0, bits = 0;
    for (let i = 0; i < text2.length; i++) {
      const value = BASE64URL.indexOf(text2.charAt(i));
      if (value < 0) return null;
      buffer = buffer << 6 | value;
      bits += 6;
      if (bits >= 8) {
        bits -= 8;
        bytes2.push(buffer >>> bits & 255);
      }
    }
    return new Uint8Array(bytes2);
  }
  function utf8(text2) {
    return new TextEncoder().encode(text2);
  }
  function openSeal(key2, nonce, sealed) {
    const keyBytes = fromBase64Url(String(key2 || "")), bytes2 = fromBase64Url(String(sealed || ""));
    if (!keyBytes || !bytes2) return null;
    const prefix = new Uint8Array([...keyBytes, ...utf8(nonce)]), input = new Uint8Array(prefix.length + 4);
    input.set(prefix);
    const view = new DataView(input.buffer);
    for (let block = 0; block * 32 < bytes2.length; block++) {
      view.setUint32(prefix.length, block);
      const stream = sha256(input);
      for (let i = block * 32; i < Math.min(bytes2.length, block * 32 + 32); i++) bytes2[i] ^= stream[i - block * 32];
    }
    try {
      return JSON.parse(new TextDecoder().decode(bytes2));
    } catch (e) {
      return null;
    }
  }

  // src/player/course.js
  var DEFAULT_SCORM_TYPE = "choice";
  var MAX_OUTCOME_DEPTH = 50;
  function openKey(seal, nonce, sealed, type) {
    const key2 = openSeal(seal, nonce, sealed) || {};
    if (!key2.correct) warn("the answer key of " + nonce + " cannot be read");
    const correct = (key2.correct || []).map(String);
    return {
      correct,
      pattern: typeof key2.pattern === "string" ? key2.pattern : type.defaultPattern(correct),
      xapi: key2.xapi || null,
      feedback: key2.feedback || {}
    };
  }
  function createQuestion(quiz, d, fieldset, registry, hooks, seal) {
    const type = registry.get(d.type || fieldset.getAttribute(attributes.questionType));
    const q = {
      quiz,
      id: d.id,
      type,
      data: d,
      scormType: d.scormType || DEFAULT_SCORM_TYPE,
      weight: +d.weight > 0 ? +d.weight : 1,
      outcomes: d.outcomes || [],
      fillIn: d.fillIn || null,
      element: fieldset,
      right: false
    };
    let key2 = null;
    const opened = () => key2 || (key2 = openKey(seal, quiz.section.id + ids.interactionSeparator + d.id, d.sealed, type));
    Object.defineProperty(q, "correct", { get: () => opened().correct });
    Object.defineProperty(q, "pattern", { get: () => opened().pattern });
    Object.defineProperty(q, "key", { get: opened });
    type.bind(q, hooks);
    return q;
  }
  function createQuiz(section, form, settings) {
    return {
      section,
      form,
      questions: [],
      attempts: 0,
      checked: false,
      started: Date.now(),
      shown: false,
      answering: false,
      ownPassing: +settings.passingScore > 0 ? +settings.passingScore : null,
      limit: +settings.attempts > 0 ? +settings.attempts : null,
      reveal: settings.revealAnswers !== false,
      shuffleQuestions: !!settings.shuffleQuestions,
      shuffleChoices: !!settings.shuffleChoices
    };
  }
  function questionsByOutcome(outcomes, questions) {
    const parentOf = {}, byOutcome = {};
    outcomes.forEach((o) => {
      parentOf[o.id] = o.parent || null;
      byOutcome[o.id] = [];
    });
    questions.forEach((q) => {
      const seen = {};
      q.outcomes.forEach((start) => {
        let id = start;
        for (let depth = 0; id && depth < MAX_OUTCOME_DEPTH && !seen[id]; depth++) {
          seen[id] = true;
          if (byOutcome[id]) byOutcome[id].push(q);
          id = parentOf[id];
        }
      });
    });
    return byOutcome;
  }
  function buildCourse(doc, data, registry, hooksFor) {
    const seal = data.seal;
    const outcomes = (data.outcomes || []).filter((o) => o && o.id);
    const sections = [], quizzes = [], questions = [];
    data.sections.forEach((s) => {
      const element = doc.getElementById(ids.sectionPrefix + s.id);
      if (!element) {
        warn("section " + s.id + " is missing from the page");
        return;
      }
      const section = {
        id: s.id,
        title: s.title || "",
        index: sections.length,
        element,
        heading: one(cls(classes.sectionTitle), element),
        quiz: null
      };
      const form = one("form" + cls(classes.quiz), element), settings = s.quiz;
      if (settings && settings.questions && settings.questions.length && form) {
        const quiz = createQuiz(section, form, settings), hooks = hooksFor(quiz);
        settings.questions.forEach((d) => {
          const fieldset = doc.getElementById(ids.questionPrefix + s.id + ids.separator + d.id);
          if (!fieldset) {
            warn("question " + s.id + ids.interactionSeparator + d.id + " is missing from the page");
            return;
          }
          const q = createQuestion(quiz, d, fieldset, registry, hooks, seal);
          quiz.questions.push(q);
          questions.push(q);
        });
        if (quiz.questions.length) {
          section.quiz = quiz;
          quizzes.push(quiz);
        }
      }
      sections.push(section);
    });
    return { sections, quizzes, questions, outcomes, outcomeQuestions: questionsByOutcome(outcomes, questions) };
  }

  // src/player/page.js
  function preparePage(doc, ui) {
    const page = {
      toc: slot(doc, slots.toc),
      tocToggle: actionButtons(doc, actions.toggleToc)[0],
      layout: slot(doc, slots.layout),
      summary: slot(doc, slots.summary),
      closed: slot(doc, slots.closed),
      tocLinks: {},
      summaryLink: null
    };
    if (page.toc) {
      all("a" + has(attributes.section), page.toc).forEach((a) => {
        page.tocLinks[a.getAttribute(attributes.section)] = a;
        a.appendChild(ui.make("span", classes.visuallyHidden, "seen")).hidden = true;
      });
      if (page.summary) {
        const item = ui.make("li", classes.tocSummary);
        page.summaryLink = ui.make("a", null, "summary");
        page.summaryLink.href = "#" + page.summary.id;
        item.appendChild(page.summaryLink);
        page.toc.appendChild(item);
      }
    }
    return page;
  }
  function setTocOpen(page, open) {
    if (page.tocToggle) page.tocToggle.setAttribute("aria-expanded", open ? "true" : "false");
  }
  function markCurrent(link, on) {
    if (on) link.setAttribute("aria-current", "step");
    else link.removeAttribute("aria-current");
  }

  // src/player/summary.js
  function renderSummary(player) {
    const ui = player.ui, body = slot(player.doc, slots.summaryBody);
    if (!body) return;
    body.textContent = "";
    const result = courseScore(player), sections = player.course.sections;
    if (isFinal(player)) {
      const box = ui.make("div", classes.result);
      if (result === null) {
        box.appendChild(ui.make("p", null, "courseComplete"));
      } else {
        const pass = result >= mastery(player);
        box.setAttribute(attributes.state, pass ? states.passed : states.failed);
        box.appendChild(ui.make("p", classes.resultScore, "yourScore", { score: shown(result) }));
        box.appendChild(ui.make("p", null, pass ? "passed" : "failed", { mastery: shown(mastery(player)) }));
      }
      body.appendChild(box);
    } else {
      body.appendChild(ui.make("p", null, "remaining"));
      const list = ui.make("ul", classes.todo);
      sections.forEach((s) => {
        const todo = !player.visited[s.index] ? "remainingSection" : s.quiz && !s.quiz.checked ? "remainingQuiz" : null;
        if (!todo) return;
        const link = ui.make("a", null, todo, { title: s.title });
        link.href = "#" + s.element.id;
        list.appendChild(ui.make("li")).appendChild(link);
      });
      body.appendChild(list);
    }
    body.appendChild(ui.make("p", null, "progress", { done: player.visited.filter(Boolean).length, total: sections.length }));
    body.appendChild(ui.make("p", classes.exitHint, "exitHint", { exit: ui.text("exit") }));
  }

  // src/player/navigation.js
  function seenCount(player) {
    return player.visited.filter(Boolean).length;
  }
  function refresh(player) {
    const doc = player.doc, ui = player.ui, page = player.page, sections = player.course.sections, done = seenCount(player);
    const progressText = slot(doc, slots.progressText), bar = slot(doc, slots.progressBar), position = slot(doc, slots.position);
    if (progressText) ui.fill(progressText, "progress", { done, total: sections.length });
    if (bar) {
      bar.max = sections.length;
      bar.value = done;
    }
    if (position) {
      if (player.view === VIEW.section) ui.fill(position, "sectionNumber", { n: player.current + 1, total: sections.length });
      else position.textContent = "";
    }
    sections.forEach((s) => {
      const link = page.tocLinks[s.id];
      if (!link) return;
      markCurrent(link, player.view === VIEW.section && s.index === player.current);
      link.parentNode.setAttribute(attributes.state, player.visited[s.index] ? states.seen : states.unseen);
      link.lastChild.hidden = !player.visited[s.index];
    });
    if (page.summaryLink) markCurrent(page.summaryLink, player.view === VIEW.summary);
    actionButtons(doc, actions.previous).forEach((b) => {
      b.disabled = player.view === VIEW.section && player.current === 0;
    });
    actionButtons(doc, actions.next).forEach((b) => {
      b.hidden = player.view !== VIEW.section;
    });
    if (player.view === VIEW.summary) renderSummary(player);
  }
  function hideSections(player) {
    player.course.sections.forEach((s) => {
      if (!s.element.hidden) {
        pauseMedia(s.element);
        s.element.hidden = true;
      }
    });
  }
  function show(player, index, moveFocus, launching) {
    if (player.view === VIEW.closed) return;
    const sections = player.course.sections;
    index = Math.max(0, Math.min(sections.length - 1, index));
    leaveSection(player);
    hideSections(player);
    if (player.page.summary) player.page.summary.hidden = true;
    const section = sections[index];
    section.element.hidden = false;
    if (section.quiz && !section.quiz.shown) {
      section.quiz.shown = true;
      section.quiz.started = Date.now();
    }
    player.current = index;
    player.visited[index] = true;
    player.view = VIEW.section;
    player.shownAt = Date.now();
    setTocOpen(player.page, false);
    refresh(player);
    if (!launching) emit(player.doc, events.progressed, { progress: 100 * seenCount(player) / sections.length });
    if (moveFocus) focusHeading(section.heading);
  }
  function showSummary(player) {
    const summary = player.page.summary;
    if (player.view === VIEW.closed || !summary) return;
    leaveSection(player);
    hideSections(player);
    summary.hidden = false;
    player.view = VIEW.summary;
    setTocOpen(player.page, false);
    refresh(player);
    focusHeading(one("h2", summary));
  }
  function showClosed(player) {
    const doc = player.doc, layout = player.page.layout, closed = player.page.closed;
    player.view = VIEW.closed;
    pauseMedia(doc.body);
    if (layout) {
      layout.setAttribute(attributes.state, states.closed);
      all(":scope > *", layout).forEach((el) => {
        el.hidden = true;
      });
    }
    all(cls(classes.mastheadTools), doc).forEach((el) => {
      el.hidden = true;
    });
    const main = doc.getElementById(ids.content);
    if (main) {
      main.hidden = false;
      all(":scope > *", main).forEach((el) => {
        el.hidden = el !== closed;
      });
    }
    if (closed) {
      closed.hidden = false;
      focusHeading(one("h2", closed));
    }
  }
  function navigate(player, index) {
    if (index === player.current && player.view === VIEW.section) {
      focusHeading(player.course.sections[index].heading);
      return;
    }
    show(player, index, true);
    record(player);
    commit(player);
    milestones(player);
  }

  // src/player/wiring.js
  function act(player, button) {
    const name8 = button.getAttribute(attributes.action), last = player.course.sections.length - 1;
    if (name8 === actions.toggleToc) setTocOpen(player.page, button.getAttribute("aria-expanded") !== "true");
    else if (name8 === actions.previous) {
      if (player.view === VIEW.summary) navigate(player, last);
      else if (player.current > 0) navigate(player, player.current - 1);
    } else if (name8 === actions.next) {
      if (player.current < last) navigate(player, player.current + 1);
      else showSummary(player);
    } else if (name8 === actions.exit) {
      finish(player);
      showClosed(player);
    }
  }
  function follow(player, event, link) {
    let id;
    try {
      id = decodeURIComponent(link.getAttribute("href").slice(1));
    } catch (e) {
      return;
    }
    const summary = player.page.summary;
    if (summary && id === summary.id) {
      event.preventDefault();
      showSummary(player);
      return;
    }
    const element = id && player.doc.getElementById(id);
    const home = element && element.closest(cls(classes.section) + has(attributes.section));
    const section = home && player.course.sections.filter((s) => s.element === home)[0];
    if (!section) return;
    if (element === home) {
      event.preventDefault();
      navigate(player, section.index);
      return;
    }
    if (section.index !== player.current || player.view !== VIEW.section) {
      show(player, section.index, false);
      record(player);
      commit(player);
      milestones(player);
    }
  }
  function wire(player) {
    const doc = player.doc, win = player.win;
    doc.addEventListener("click", (event) => {
      const target = event.target && event.target.closest ? event.target : null;
      if (!target) return;
      const button = target.closest(has(attributes.action));
      if (button) {
        act(player, button);
        return;
      }
      const link = target.closest('a[href^="#"]');
      if (!link || player.view === VIEW.closed) return;
      follow(player, event, link);
    });
    doc.addEventListener("visibilitychange", () => {
      if (doc.visibilityState === "hidden" && !player.lms.finished) {
        record(player);
        commit(player);
      }
    });
    win.addEventListener("pagehide", () => {
      finish(player);
    }, true);
    win.addEventListener("pageshow", (event) => {
      if (event.persisted && player.lms.finished) showClosed(player);
    });
  }

  // src/player/start.js
  function readCourseData(doc) {
    try {
      return JSON.parse(doc.getElementById(ids.courseData).textContent);
    } catch (e) {
      return null;
    }
  }
  function learnerId(held, store) {
    let learner = held.learner || store.read(keys.learner());
    if (!learner) {
      learner = Math.random().toString(36).slice(2);
      store.write(keys.learner(), learner);
    }
    return learner;
  }
  function restore(player, saved) {
    saved.visited.forEach((seen, k) => {
      player.visited[k] = seen;
    });
    player.current = saved.current;
    player.course.quizzes.forEach((quiz, k) => {
      const state = saved.quizzes[k];
      quiz.attempts = state.attempts;
      quiz.questions.forEach((q, j) => {
        q.type.write(q, state.answers[j]);
      });
      if (state.checked) grade(player, quiz, false);
      else unlock(quiz);
    });
  }
  function resume(player) {
    const lms = player.lms, held = lms.read(player.course.outcomes.length > 0);
    player.lmsMastery = held.mastery;
    player.learner = learnerId(held, player.store);
    player.course.quizzes.forEach((quiz) => {
      arrange5(quiz, player.learner);
    });
    let saved = null;
    if (lms.connected) {
      if (held.resumable && held.suspend) saved = decode3(held.suspend, player.course);
      if (saved) {
        restore(player, saved);
        lms.resumeWith(() => {
          record(player);
        });
        player.course.sections.forEach((s) => {
          if (s.id === held.location) player.current = s.index;
        });
      } else if (held.suspend && held.done) {
        lms.keepObjectives();
      }
      lms.beginAttempt(held);
    } else {
      saved = decode3(player.store.read(player.storageKey), player.course);
      if (saved) restore(player, saved);
    }
    return { held, saved };
  }
  function startPlayer(doc, win, registry, target) {
    const data = readCourseData(doc);
    if (!data || !data.sections || !data.sections.length) {
      unhideSections(doc);
      warn("no course data");
      return;
    }
    const ui = createUi(doc, data.strings || {}), announce = createAnnouncer(ui);
    const player = {
      doc,
      win,
      ui,
      data,
      passingScore: +data.passingScore > 0 ? +data.passingScore : 100,
      course: null,
      visited: [],
      current: 0,
      view: VIEW.section,
      page: null,
      lms: target,
      lmsMastery: NaN,
      store: openStorage(win),
      storageKey: keys.state(data.id || "course"),
      learner: "",
      registration: "",
      startedAt: 0,
      shownAt: 0,
      wasFinal: false,
      completedSent: false
    };
    player.course = buildCourse(doc, data, registry, (quiz) => ({ attempting: () => attempting(player, quiz), announce, ui }));
    if (!player.course.sections.length) return;
    player.course.quizzes.forEach((quiz) => {
      bindQuiz(player, quiz);
    });
    player.visited = player.course.sections.map(() => false);
    player.page = preparePage(doc, ui);
    wire(player);
    player.startedAt = Date.now();
    player.lms.initialize();
    const launch = resume(player);
    const notice = slot(doc, slots.noLmsNotice);
    if (notice) notice.hidden = player.lms.connected;
    player.course.quizzes.forEach((quiz) => {
      quiz.answering = !quiz.checked && hasAnswers(quiz);
    });
    const detail = {
      entry: launch.saved ? entry.resume : entry.abInitio,
      studentId: launch.held.learner,
      studentName: launch.held.name,
      registration: launch.saved ? launch.saved.registration : ""
    };
    emit(doc, events.launch, detail);
    if (isUuid(detail.registration)) player.registration = detail.registration;
    player.wasFinal = isFinal(player);
    let linked = "";
    try {
      linked = decodeURIComponent(win.location.hash.slice(1));
    } catch (e) {
      linked = "";
    }
    player.course.sections.forEach((s) => {
      if (s.element.id === linked) player.current = s.index;
    });
    show(player, player.current, false, true);
    record(player);
    commit(player);
    milestones(player);
  }

  // src/xapi/delivery.js
  var BATCH = 25;
  var FIRST_DELAY = 1e3;
  var MAX_DELAY = 6e4;
  var TIMEOUT = 3e4;
  var KEEPALIVE_BUDGET = 6e4;
  function warn2(message) {
    try {
      console.warn("[xapi] " + message);
    } catch (e) {
    }
  }
  function strip(s) {
    const copy2 = {};
    for (const k in s) if (k !== "alone") copy2[k] = s[k];
    return copy2;
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
    const win = options.win, store = options.store, key2 = options.key, endpoint = options.endpoint, auth = options.auth;
    const kept = {};
    let queue = options.queue, sending = false, delay = FIRST_DELAY, timer = null;
    let onTimer = null;
    function save() {
      store.save(key2, queue);
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
    function headers2() {
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
      const init = { method: alone ? "PUT" : "POST", headers: headers2(), body, credentials: "omit", keepalive: leaving };
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
          warn2("the LRS refused statement " + ids2[0] + " (400); it is dropped");
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

  // src/xapi/queue.js
  function parse(text2, fallback) {
    try {
      return text2 ? JSON.parse(text2) : fallback;
    } catch (e) {
      return fallback;
    }
  }
  function openJsonStorage(win) {
    const text2 = openStorage(win);
    return {
      load: (key2, fallback) => parse(text2.read(key2), fallback),
      save: (key2, value) => text2.write(key2, JSON.stringify(value)),
      remove: text2.remove,
      read: text2.read
    };
  }
  function takeQueue(store, courseId) {
    const key2 = keys.xapiQueue(courseId), legacyKey = keys.legacyXapiQueue(courseId);
    let queue = store.load(key2, []);
    if (!Array.isArray(queue)) queue = [];
    const legacyText = store.read(legacyKey);
    if (legacyText) {
      const legacy = parse(legacyText, []), queued = queue.map((s) => s && s.id);
      if (Array.isArray(legacy)) queue = legacy.filter((s) => s && queued.indexOf(s.id) < 0).concat(queue);
      if (store.save(key2, queue)) store.remove(legacyKey);
    }
    return queue;
  }

  // src/xapi/launch.js
  function parseQuery(search) {
    const query = {};
    search.replace(/^\?/, "").split("&").forEach((pair) => {
      if (!pair) return;
      const i = pair.indexOf("=");
      try {
        const name8 = decodeURIComponent(i < 0 ? pair : pair.slice(0, i));
        query[name8] = i < 0 ? "" : decodeURIComponent(pair.slice(i + 1).replace(/\+/g, " "));
      } catch (e) {
      }
    });
    return query;
  }

  // src/cmi5/launch.js
  var JSON_TYPE = "application/json";
  function readParameters(search) {
    const query = parseQuery(search);
    let actor;
    try {
      actor = JSON.parse(query.actor);
    } catch (e) {
      actor = null;
    }
    const registration = String(query.registration || "").toLowerCase();
    if (!query.endpoint || !query.fetch || !query.activityId || !actor || typeof actor !== "object" || !isUuid(registration)) return null;
    const endpoint = query.endpoint.slice(-1) === "/" ? query.endpoint : query.endpoint + "/";
    return { endpoint, fetchUrl: query.fetch, actor, registration, activityId: query.activityId };
  }
  function stateUrl(launch, stateId) {
    return launch.endpoint + "activities/state?stateId=" + encodeURIComponent(stateId) + "&activityId=" + encodeURIComponent(launch.activityId) + "&agent=" + encodeURIComponent(JSON.stringify(launch.actor)) + "&registration=" + encodeURIComponent(launch.registration);
  }
  function headers(auth, withBody) {
    const h = { "X-Experience-API-Version": xapi.version, Authorization: auth };
    if (withBody) h["Content-Type"] = JSON_TYPE;
    return h;
  }
  async function getDocument(win, url, auth) {
    const response = await win.fetch(url, { headers: headers(auth, false), credentials: "omit" });
    if (response.status === 404) return null;
    if (!response.ok) throw new Error("GET " + url + ": " + response.status);
    return response.json();
  }
  async function connect(win) {
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
      warn2("the cmi5 launch failed (" + e + "); nothing is recorded in the LMS");
      return null;
    }
  }

  // src/xapi/statements.js
  function duration(ms) {
    const cs = Math.max(0, Math.round(ms / 10)), h = Math.floor(cs / 36e4), m = Math.floor(cs / 6e3) % 60, s = cs % 6e3 / 100;
    return "PT" + (h ? h + "H" : "") + (m ? m + "M" : "") + (s || !h && !m ? s + "S" : "");
  }
  function score2(raw, max) {
    const scaled = max > 0 ? Math.round(raw / max * 1e4) / 1e4 : 0;
    return { scaled, raw, min: 0, max };
  }

  // src/xapi/listeners.js
  function withCorrectResponses(activity, patterns) {
    if (!activity || !Array.isArray(patterns)) return activity;
    return __spreadProps(__spreadValues({}, activity), { definition: __spreadProps(__spreadValues({}, activity.definition), { correctResponsesPattern: patterns }) });
  }

  // src/cmi5/listeners.js
  function cmi5Handlers(cmi52) {
    const x = cmi52.x, st = cmi52.statements, target = cmi52.target, progress = target.progress, au = st.au;
    const took = (d) => duration(d.durationMs || 0);
    function completed(d) {
      if (progress.completed || !target.judged) return;
      progress.completed = true;
      st.say(xapiVerbs.completed, au, { completion: true, duration: took(d) }, st.definedContext(true));
      target.keepProgress();
    }
    return {
      [events.courseCompleted]: completed,
      [events.courseScored](d) {
        if (!target.judged || progress.passed || progress.failed && !d.passed) return;
        completed(d);
        progress[d.passed ? "passed" : "failed"] = true;
        st.say(
          d.passed ? xapiVerbs.passed : xapiVerbs.failed,
          au,
          { score: score2(d.raw, 100), success: !!d.passed, duration: took(d) },
          st.definedContext(true, { [xapiExtensions.masteryScore]: d.mastery })
        );
        target.keepProgress();
      },
      [events.questionAnswered](d) {
        const question = withCorrectResponses(x.questions[d.section + ids.interactionSeparator + d.question], d.correctResponsesPattern);
        if (!question) return;
        st.say(
          xapiVerbs.answered,
          question,
          { score: score2(d.correct ? d.weight : 0, d.weight), success: !!d.correct, response: d.response, duration: took(d) },
          st.context(
            { parent: [x.quizzes[d.section]], grouping: [x.sections[d.section], au], other: st.objectives(d.outcomes) },
            { [xapiExtensions.attemptId]: d.attempt }
          )
        );
      }
    };
  }

  // src/cmi5/statements.js
  var KINDS = ["parent", "grouping", "category", "other"];
  function copy(value) {
    return value === void 0 ? void 0 : JSON.parse(JSON.stringify(value));
  }
  function mergeActivities(template, more) {
    const merged = {};
    KINDS.forEach((kind) => {
      const given = template && template[kind], list = Array.isArray(given) ? given.slice() : given ? [given] : [];
      (more && more[kind] || []).forEach((a) => {
        if (!list.some((b) => b.id === a.id)) list.push(a);
      });
      if (list.length) merged[kind] = list;
    });
    return merged;
  }
  function createCmi5Statements(options) {
    const win = options.win, x = options.x, launch = options.launch, template = options.launchData.contextTemplate || {};
    const templateExtensions = template.extensions || {};
    const session = templateExtensions[xapiExtensions.sessionId] || uuid(win);
    const au = { objectType: "Activity", id: launch.activityId };
    let terminated = false;
    const self = {
      au,
      session,
      get terminated() {
        return terminated;
      },
      /** The context: the template, the registration, our language and platform, then the activities and extensions given. */
      context(activities, extensions) {
        const c = copy(template);
        c.registration = launch.registration;
        c.language = c.language || x.language;
        c.platform = c.platform || x.platform;
        c.extensions = Object.assign({}, templateExtensions, { [xapiExtensions.sessionId]: session }, extensions || {});
        const merged = mergeActivities(template.contextActivities, activities);
        if (Object.keys(merged).length) c.contextActivities = merged;
        else delete c.contextActivities;
        return c;
      },
      /** A cmi5-defined statement's context: the cmi5 category, and the moveOn one when it counts towards moveOn. */
      definedContext(moveOn, extensions) {
        const category = [{ objectType: "Activity", id: cmi5.categoryCmi5 }];
        if (moveOn) category.push({ objectType: "Activity", id: cmi5.categoryMoveOn });
        return self.context({ category }, extensions);
      },
      /** Queues a statement; after terminated, nothing. */
      say(verb, object, result, context) {
        if (terminated) return;
        const s = {
          id: uuid(win),
          actor: launch.actor,
          verb: { id: xapiVerbs.base + verb, display: { [xapi.displayLanguage]: verb } },
          object,
          context,
          timestamp: (/* @__PURE__ */ new Date()).toISOString()
        };
        if (result) s.result = result;
        if (verb === xapiVerbs.terminated) terminated = true;
        options.push(s);
      },
      objectives(ids2) {
        return (ids2 || []).map((id) => x.objectives[id]).filter(Boolean);
      }
    };
    return self;
  }

  // src/cmi5/target.js
  function learnerOf(actor) {
    return actor.account && actor.account.name || actor.mbox || actor.openid || "";
  }
  function createCmi5Target(win, session) {
    let connected = false, finished = false, sending = false, sent = "", pending = null, last = null;
    const startedAt = Date.now();
    const launchData = session ? session.launchData : {}, saved = session && session.saved || {};
    const progress = { completed: !!saved.completed, passed: !!saved.passed, failed: !!saved.failed };
    const review = launchData.launchMode === cmi5.review;
    function compose() {
      if (!last) return;
      pending = JSON.stringify({
        state: last.suspendData,
        location: last.location,
        completed: progress.completed,
        passed: progress.passed,
        failed: progress.failed
      });
    }
    function put(leaving) {
      if (!pending || pending === sent || sending && !leaving) return;
      const body = pending;
      sending = !leaving;
      const request = win.fetch(
        stateUrl(session.launch, cmi5.savedStateId),
        { method: "PUT", headers: headers(session.auth, true), body, credentials: "omit", keepalive: leaving }
      );
      request.then((response) => {
        if (response.ok) sent = body;
      }, () => {
      }).then(() => {
        sending = false;
        if (!leaving && pending !== body) put(false);
      });
    }
    const self = {
      progress,
      /** Browse and Review are looked at, not taken: no completed, passed or failed (cmi5 spec, launchMode). */
      get judged() {
        return !launchData.launchMode || launchData.launchMode === cmi5.normal;
      },
      initialize() {
        connected = !!session;
        if (connected) session.statements.say(xapiVerbs.initialized, session.statements.au, null, session.statements.definedContext(false));
        return connected;
      },
      get connected() {
        return connected;
      },
      get finished() {
        return finished;
      },
      read() {
        const actor = session ? session.launch.actor : {}, mastery2 = +launchData.masteryScore;
        return {
          resumable: typeof saved.state === "string" && saved.state !== "",
          done: progress.completed || progress.passed || progress.failed,
          location: saved.location || "",
          suspend: saved.state || "",
          learner: learnerOf(actor),
          name: actor.name || "",
          mastery: launchData.masteryScore !== void 0 && mastery2 >= 0 && mastery2 <= 1 ? mastery2 * 100 : NaN
        };
      },
      resumeWith() {
      },
      keepObjectives() {
      },
      beginAttempt() {
      },
      writeState(state) {
        if (!connected || finished || review) return;
        if (state.suspendData.length > cmi5.roomCharacters) {
          warn2("the saved state exceeds " + cmi5.roomCharacters + " characters; not saved");
          return;
        }
        last = state;
        compose();
      },
      /** After completed, passed or failed: kept at once, so that a relaunch never sends it again. */
      keepProgress() {
        compose();
        self.commit();
      },
      writeInteractions() {
      },
      writeSessionTime() {
      },
      commit() {
        if (connected && !finished) put(false);
      },
      finish() {
        if (finished) return;
        finished = true;
        if (!connected) return;
        put(true);
        session.statements.say(xapiVerbs.terminated, session.statements.au, { duration: duration(Date.now() - startedAt) }, session.statements.definedContext(false));
        session.delivery.flush(true);
        if (launchData.returnURL) setTimeout(() => {
          win.location.assign(launchData.returnURL);
        }, 0);
      }
    };
    return self;
  }

  // src/cmi5/start.js
  function courseData(doc) {
    try {
      return JSON.parse(doc.getElementById(ids.courseData).textContent);
    } catch (e) {
      return null;
    }
  }
  async function startCmi5(doc, win) {
    const data = courseData(doc), session = data && data.xapi ? await connect(win) : null;
    if (!session) return createCmi5Target(win, null);
    const store = openJsonStorage(win);
    session.delivery = createDelivery({
      win,
      store,
      key: keys.xapiQueue(data.id),
      queue: takeQueue(store, data.id),
      endpoint: session.launch.endpoint,
      auth: session.auth
    });
    session.statements = createCmi5Statements({ win, x: data.xapi, launch: session.launch, launchData: session.launchData, push: session.delivery.push });
    const target = createCmi5Target(win, session);
    const byEvent = cmi5Handlers({ x: data.xapi, statements: session.statements, target });
    Object.keys(byEvent).forEach((name8) => {
      doc.addEventListener(events.prefix + name8, (event) => {
        try {
          byEvent[name8](event.detail || {});
        } catch (e) {
        }
      });
    });
    win.addEventListener("pagehide", () => {
      session.delivery.flush(true);
    });
    win.addEventListener("online", () => {
      session.delivery.online();
    });
    if (session.delivery.size) session.delivery.schedule(0);
    return target;
  }

  // src/player-cmi5.js
  function stopped(e) {
    unhideSections(document);
    try {
      console.error("[course] the player stopped: " + e);
    } catch (e2) {
    }
  }
  startCmi5(document, window).then((target) => {
    try {
      startPlayer(document, window, createRegistry(virtual_question_types_default), target);
    } catch (e) {
      stopped(e);
    }
  }, stopped);
})();
