// civil-scorm preview: the LMS emulator's strict SCORM 1.2 API (window.API), written for this tool.
// Strict means: every call is checked the way the SCORM 1.2 Run-Time Environment describes it (state, element
// names, read-only and write-only elements, vocabularies, data types, lengths), the error code is set, and
// the call is shown in the log, so a course that works here does not rely on a lenient LMS.
// Built on scorm12-data-model.js; the page (emulator.js) shows what happens through civilScormEmulator.lms.
(function () {
  'use strict';

  var model = window.civilScormEmulator.dataModel;
  var ERRORS = model.errors;
  var STORAGE_KEY = 'civil-scorm-preview:cmi';

  // ---- learner data, kept across launches in this browser (Reset clears it) ----
  function freshLearner() {
    return {
      attempts: 0,
      values: {
        'cmi.core.student_id': 'preview-learner',
        'cmi.core.student_name': 'Learner, Preview',
        'cmi.core.lesson_location': '',
        'cmi.core.credit': 'credit',
        'cmi.core.lesson_status': 'not attempted',
        'cmi.core.entry': 'ab-initio',
        'cmi.core.score.raw': '', 'cmi.core.score.min': '', 'cmi.core.score.max': '',
        'cmi.core.total_time': '0000:00:00.00',
        'cmi.core.lesson_mode': 'normal',
        'cmi.core.exit': '',
        'cmi.core.session_time': '',
        'cmi.suspend_data': '', 'cmi.launch_data': '', 'cmi.comments': '', 'cmi.comments_from_lms': '',
        'cmi.student_data.max_time_allowed': '', 'cmi.student_data.time_limit_action': 'continue,no message',
        'cmi.student_preference.audio': '0', 'cmi.student_preference.language': '',
        'cmi.student_preference.speed': '0', 'cmi.student_preference.text': '0'
      }
    };
  }
  function loadLearner() {
    try { return JSON.parse(localStorage.getItem(STORAGE_KEY)) || freshLearner(); } catch (e) { return freshLearner(); }
  }
  function saveLearner() {
    try { localStorage.setItem(STORAGE_KEY, JSON.stringify(learner)); } catch (e) { /* storage full or off: the session still runs */ }
  }
  function freshSession() { return { state: 'not initialized', lastError: '0', diagnostic: '' }; }

  var learner = loadLearner();
  var session = freshSession();
  var masteryScore = '';   // from the manifest of the current build, set by the page

  function fail(code, diagnostic) { session.lastError = String(code); session.diagnostic = diagnostic || ''; return code; }
  function ok() { session.lastError = '0'; session.diagnostic = ''; }

  // Who watches: the page logs every call, and shows the state again after each change.
  var callListeners = [];
  var changeListeners = [];
  function log(method, args, returned) {
    var entry = { method: method, args: args, returned: returned, error: session.lastError, diagnostic: session.diagnostic, time: new Date() };
    callListeners.forEach(function (listener) { listener(entry); });
  }
  function changed() { changeListeners.forEach(function (listener) { listener(); }); }

  function requireRunning() {
    if (session.state !== 'running') { fail(301, session.state === 'finished' ? 'LMSFinish was already called' : 'call LMSInitialize("") first'); return false; }
    return true;
  }

  var API = {
    LMSInitialize: function (arg) {
      var r = 'false';
      if (arg !== '') { fail(201, 'LMSInitialize takes the empty string ""'); }
      else if (session.state === 'running') { fail(101, 'LMSInitialize was already called'); }
      else if (session.state === 'finished') { fail(101, 'the session is finished; relaunch to start another'); }
      else { session.state = 'running'; session.startedAt = Date.now(); learner.attempts++; ok(); r = 'true'; }
      log('LMSInitialize', [arg], r); changed();
      return r;
    },
    LMSFinish: function (arg) {
      var r = 'false';
      if (arg !== '') { fail(201, 'LMSFinish takes the empty string ""'); }
      else if (requireRunning()) {
        finishSession();
        ok(); r = 'true';
      }
      log('LMSFinish', [arg], r); changed();
      return r;
    },
    LMSGetValue: function (element) {
      var r = '';
      if (requireRunning()) {
        var d = model.describe(element, learner.values);
        if (d.code) { fail(d.code, d.why); }
        else if (d.keyword) { ok(); r = d.value; }
        else if (d.access === 'w') { fail(404, element + ' is write only'); }
        else {
          ok();
          r = element === 'cmi.student_data.mastery_score' ? masteryScore : (learner.values[element] || '');
          if (d.array && !Object.prototype.hasOwnProperty.call(learner.values, element)) { r = ''; }
        }
      }
      log('LMSGetValue', [element], r);
      return r;
    },
    LMSSetValue: function (element, value) {
      var r = 'false';
      if (requireRunning()) {
        var d = model.describe(element, learner.values);
        var text = value === undefined || value === null ? '' : String(value);
        if (d.code) { fail(d.code, d.why); }
        else if (d.keyword) { fail(402, element + ' is a keyword'); }
        else if (d.access === 'r') { fail(403, element + ' is read only'); }
        else if (typeof value !== 'string' && typeof value !== 'number') { fail(405, 'the value must be a string'); }
        else if (d.type && !d.type(text)) { fail(405, JSON.stringify(text) + ' is not a valid value for ' + element); }
        else if (d.array && !model.arrayIndexFits(element, learner.values)) { fail(201, 'the index of ' + element + ' skips an entry (or the entry has no id yet)'); }
        else {
          learner.values[element] = text;
          session.changed = element;
          ok(); r = 'true';
        }
      }
      log('LMSSetValue', [element, value], r); changed();
      return r;
    },
    LMSCommit: function (arg) {
      var r = 'false';
      if (arg !== '') { fail(201, 'LMSCommit takes the empty string ""'); }
      else if (requireRunning()) { saveLearner(); ok(); r = 'true'; }
      log('LMSCommit', [arg], r);
      return r;
    },
    LMSGetLastError: function () { return session.lastError; },
    LMSGetErrorString: function (code) { return ERRORS[String(code)] || ''; },
    LMSGetDiagnostic: function (code) { return (code === '' || code === undefined || String(code) === session.lastError) ? session.diagnostic : (ERRORS[String(code)] || ''); }
  };

  function addTimes(a, b) {
    function seconds(t) { var p = t.split(':'); return (+p[0]) * 3600 + (+p[1]) * 60 + parseFloat(p[2]); }
    var total = seconds(a) + (b ? seconds(b) : 0);
    var h = Math.floor(total / 3600), m = Math.floor((total % 3600) / 60), s = total - h * 3600 - m * 60;
    function pad(n, w) { n = String(n); while (n.length < w) { n = '0' + n; } return n; }
    return pad(h, 4) + ':' + pad(m, 2) + ':' + pad(s.toFixed(2), 5);
  }

  // What an LMS does at the end of a session: total time, the next entry, the status with the mastery score.
  function finishSession() {
    var v = learner.values;
    v['cmi.core.total_time'] = addTimes(v['cmi.core.total_time'], v['cmi.core.session_time']);
    if (v['cmi.core.lesson_status'] === 'not attempted') { v['cmi.core.lesson_status'] = 'incomplete'; }
    v['cmi.core.entry'] = v['cmi.core.exit'] === 'suspend' ? 'resume' : '';
    v['cmi.core.exit'] = '';
    v['cmi.core.session_time'] = '';
    session.state = 'finished';
    saveLearner();
  }

  // A new session; a running one is finished first, as an LMS does when its window closes (and, given a note,
  // the log says that the LMS did it).
  function newSession(note) {
    if (session.state === 'running') {
      finishSession();
      if (note) { log(note, [], ''); }
    }
    session = freshSession();
    changed();
  }

  window.API = API;

  // For trying the API by hand in the browser's console (and for tests): a new session with no course in the frame.
  window.civilScormPreview = {
    newSession: function () { newSession(); }
  };

  // For the page.
  window.civilScormEmulator.lms = {
    session: function () { return session; },
    learner: function () { return learner; },
    masteryScore: function () { return masteryScore; },
    setMasteryScore: function (value) { masteryScore = value; },
    newSession: newSession,
    // Reset: the stored learner is forgotten; the next launch starts as a first attempt.
    forgetLearner: function () {
      try { localStorage.removeItem(STORAGE_KEY); } catch (e) { /* nothing stored */ }
      learner = freshLearner();
      session.state = 'not initialized';
    },
    onCall: function (listener) { callListeners.push(listener); },
    onChange: function (listener) { changeListeners.push(listener); }
  };
}());
