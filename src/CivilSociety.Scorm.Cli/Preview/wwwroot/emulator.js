// civil-scorm preview: an LMS emulator with a strict SCORM 1.2 API (window.API), written for this tool.
// Strict means: every call is checked the way the SCORM 1.2 Run-Time Environment describes it (state, element
// names, read-only and write-only elements, vocabularies, data types, lengths), the error code is set, and
// the call is shown in the log, so a course that works here does not rely on a lenient LMS.
(function () {
  'use strict';

  var STORAGE_KEY = 'civil-scorm-preview:cmi';
  var ERRORS = {
    '0': 'No error',
    '101': 'General exception',
    '201': 'Invalid argument error',
    '202': 'Element cannot have children',
    '203': 'Element not an array - cannot have count',
    '301': 'Not initialized',
    '401': 'Not implemented error',
    '402': 'Invalid set value, element is a keyword',
    '403': 'Element is read only',
    '404': 'Element is write only',
    '405': 'Incorrect data type'
  };

  // ---- data types (SCORM 1.2 RTE 3.4.2) ----
  function maxLength(n) { return function (v) { return v.length <= n; }; }
  function vocabulary(words) { return function (v) { return words.indexOf(v) >= 0; }; }
  function decimal(v) { return /^-?\d+(\.\d+)?$/.test(v); }
  function score(v) { return v === '' || (decimal(v) && +v >= 0 && +v <= 100); }
  function integerIn(min, max) { return function (v) { return /^-?\d+$/.test(v) && +v >= min && +v <= max; }; }
  function timespan(v) { return /^\d{2,4}:\d{2}:\d{2}(\.\d{1,2})?$/.test(v); }
  function time(v) { return /^\d{2}:\d{2}:\d{2}(\.\d{1,2})?$/.test(v); }
  function identifier(v) { return /^[^\s]{1,255}$/.test(v); }
  function any() { return true; }
  var STATUS = ['passed', 'completed', 'failed', 'incomplete', 'browsed'];
  var OBJECTIVE_STATUS = STATUS.concat(['not attempted']);
  var INTERACTION_TYPES = ['true-false', 'choice', 'fill-in', 'matching', 'performance', 'sequencing', 'likert', 'numeric'];
  function result(v) { return ['correct', 'wrong', 'unanticipated', 'neutral'].indexOf(v) >= 0 || decimal(v); }

  // ---- the data model: access (r, w, rw) and type of every element ----
  var CHILDREN = {
    'cmi.core._children': 'student_id,student_name,lesson_location,credit,lesson_status,entry,score,total_time,lesson_mode,exit,session_time',
    'cmi.core.score._children': 'raw,min,max',
    'cmi.objectives._children': 'id,score,status',
    'cmi.student_data._children': 'mastery_score,max_time_allowed,time_limit_action',
    'cmi.student_preference._children': 'audio,language,speed,text',
    'cmi.interactions._children': 'id,objectives,time,type,correct_responses,weighting,student_response,result,latency'
  };
  var FIXED = {
    'cmi.core.student_id': ['r'], 'cmi.core.student_name': ['r'],
    'cmi.core.lesson_location': ['rw', maxLength(255)],
    'cmi.core.credit': ['r'],
    'cmi.core.lesson_status': ['rw', vocabulary(STATUS)],
    'cmi.core.entry': ['r'],
    'cmi.core.score.raw': ['rw', score], 'cmi.core.score.min': ['rw', score], 'cmi.core.score.max': ['rw', score],
    'cmi.core.total_time': ['r'], 'cmi.core.lesson_mode': ['r'],
    'cmi.core.exit': ['w', vocabulary(['time-out', 'suspend', 'logout', ''])],
    'cmi.core.session_time': ['w', timespan],
    'cmi.suspend_data': ['rw', maxLength(4096)],
    'cmi.launch_data': ['r'],
    'cmi.comments': ['rw', maxLength(4096)],
    'cmi.comments_from_lms': ['r'],
    'cmi.student_data.mastery_score': ['r'], 'cmi.student_data.max_time_allowed': ['r'], 'cmi.student_data.time_limit_action': ['r'],
    'cmi.student_preference.audio': ['rw', integerIn(-1, 100)],
    'cmi.student_preference.language': ['rw', maxLength(255)],
    'cmi.student_preference.speed': ['rw', integerIn(-100, 100)],
    'cmi.student_preference.text': ['rw', integerIn(-1, 1)]
  };
  // Array elements, with n (and m) replaced by '#'.
  var ARRAYS = {
    'cmi.objectives.#.id': ['rw', identifier],
    'cmi.objectives.#.score._children': ['r'],
    'cmi.objectives.#.score.raw': ['rw', score], 'cmi.objectives.#.score.min': ['rw', score], 'cmi.objectives.#.score.max': ['rw', score],
    'cmi.objectives.#.status': ['rw', vocabulary(OBJECTIVE_STATUS)],
    'cmi.interactions.#.id': ['w', identifier],
    'cmi.interactions.#.objectives._count': ['r'],
    'cmi.interactions.#.objectives.#.id': ['w', identifier],
    'cmi.interactions.#.time': ['w', time],
    'cmi.interactions.#.type': ['w', vocabulary(INTERACTION_TYPES)],
    'cmi.interactions.#.correct_responses._count': ['r'],
    'cmi.interactions.#.correct_responses.#.pattern': ['w', maxLength(255)],
    'cmi.interactions.#.weighting': ['w', decimal],
    'cmi.interactions.#.student_response': ['w', maxLength(255)],
    'cmi.interactions.#.result': ['w', result],
    'cmi.interactions.#.latency': ['w', timespan]
  };
  var COUNTS = ['cmi.objectives._count', 'cmi.interactions._count'];

  // ---- learner data, kept across launches in this browser (Reset clears it) ----
  var lms = { masteryScore: '', launch: null, version: 0 };
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

  var learner = loadLearner();
  var session = { state: 'not initialized', lastError: '0', diagnostic: '' };

  function pattern(element) { return element.replace(/\.\d+(?=\.|$)/g, '.#'); }
  function indexes(element) { return (element.match(/\.(\d+)(?=\.|$)/g) || []).map(function (s) { return +s.slice(1); }); }
  function count(prefix) {
    var n = 0;
    while (Object.prototype.hasOwnProperty.call(learner.values, prefix + '.' + n + '.' + (prefix.indexOf('interactions') >= 0 ? 'id' : 'id'))) { n++; }
    return n;
  }

  function fail(code, diagnostic) { session.lastError = String(code); session.diagnostic = diagnostic || ''; return code; }
  function ok() { session.lastError = '0'; session.diagnostic = ''; }

  function describe(element) {
    if (typeof element !== 'string' || element.length === 0) { return { code: 201, why: 'the element name is empty' }; }
    if (Object.prototype.hasOwnProperty.call(CHILDREN, element)) { return { keyword: 'children', value: CHILDREN[element] }; }
    if (COUNTS.indexOf(element) >= 0) { return { keyword: 'count', value: String(count(element.slice(0, -7))) }; }
    if (/\._children$/.test(element)) {
      if (ARRAYS[pattern(element)]) { return { keyword: 'children', value: 'raw,min,max' }; }
      return { code: 202, why: element.slice(0, -10) + ' has no children' };
    }
    if (/\._count$/.test(element)) {
      var p = pattern(element);
      if (ARRAYS[p]) {
        var i = indexes(element);
        var base = p.indexOf('objectives._count') > 0 ? 'cmi.interactions.' + i[0] + '.objectives' : 'cmi.interactions.' + i[0] + '.correct_responses';
        var n = 0;
        while (Object.prototype.hasOwnProperty.call(learner.values, base + '.' + n + (base.indexOf('objectives') > 0 ? '.id' : '.pattern'))) { n++; }
        return { keyword: 'count', value: String(n) };
      }
      return { code: 203, why: element.slice(0, -7) + ' is not an array' };
    }
    if (FIXED[element]) { return { access: FIXED[element][0], type: FIXED[element][1] }; }
    var rule = ARRAYS[pattern(element)];
    if (rule) { return { access: rule[0], type: rule[1], array: true }; }
    if (/^cmi\./.test(element)) { return { code: 201, why: element + ' is not a SCORM 1.2 data model element' }; }
    return { code: 201, why: element + ' is not a SCORM 1.2 data model element (they start with cmi.)' };
  }

  // Writing cmi.objectives.n.* (or interactions) needs n to be an existing index or the next one.
  function arrayIndexFits(element) {
    var parts = element.split('.');
    var prefix = parts[0] + '.' + parts[1];
    var n = +parts[2];
    var existing = count(prefix);
    if (n > existing) { return false; }
    if (parts.length > 5 && /^\d+$/.test(parts[4])) {
      var inner = prefix + '.' + n + '.' + parts[3];
      var m = 0;
      var leaf = parts[3] === 'objectives' ? '.id' : '.pattern';
      while (Object.prototype.hasOwnProperty.call(learner.values, inner + '.' + m + leaf)) { m++; }
      if (+parts[4] > m) { return false; }
    }
    if (n === existing && parts[3] !== 'id') { return false; }   // a new entry starts with its id
    return true;
  }

  var listeners = [];
  function log(method, args, returned) {
    var entry = { method: method, args: args, returned: returned, error: session.lastError, time: new Date() };
    listeners.forEach(function (listener) { listener(entry); });
  }

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
      log('LMSInitialize', [arg], r); render();
      return r;
    },
    LMSFinish: function (arg) {
      var r = 'false';
      if (arg !== '') { fail(201, 'LMSFinish takes the empty string ""'); }
      else if (requireRunning()) {
        finishSession();
        ok(); r = 'true';
      }
      log('LMSFinish', [arg], r); render();
      return r;
    },
    LMSGetValue: function (element) {
      var r = '';
      if (requireRunning()) {
        var d = describe(element);
        if (d.code) { fail(d.code, d.why); }
        else if (d.keyword) { ok(); r = d.value; }
        else if (d.access === 'w') { fail(404, element + ' is write only'); }
        else {
          ok();
          r = element === 'cmi.student_data.mastery_score' ? lms.masteryScore : (learner.values[element] || '');
          if (d.array && !Object.prototype.hasOwnProperty.call(learner.values, element)) { r = ''; }
        }
      }
      log('LMSGetValue', [element], r);
      return r;
    },
    LMSSetValue: function (element, value) {
      var r = 'false';
      if (requireRunning()) {
        var d = describe(element);
        var text = value === undefined || value === null ? '' : String(value);
        if (d.code) { fail(d.code, d.why); }
        else if (d.keyword) { fail(402, element + ' is a keyword'); }
        else if (d.access === 'r') { fail(403, element + ' is read only'); }
        else if (typeof value !== 'string' && typeof value !== 'number') { fail(405, 'the value must be a string'); }
        else if (d.type && !d.type(text)) { fail(405, JSON.stringify(text) + ' is not a valid value for ' + element); }
        else if (d.array && !arrayIndexFits(element)) { fail(201, 'the index of ' + element + ' skips an entry (or the entry has no id yet)'); }
        else {
          learner.values[element] = text;
          session.changed = element;
          ok(); r = 'true';
        }
      }
      log('LMSSetValue', [element, value], r); render();
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

  window.API = API;

  // For trying the API by hand in the browser's console (and for tests): a new session with no course in the frame.
  window.civilScormPreview = {
    newSession: function () {
      if (session.state === 'running') { finishSession(); }
      session = { state: 'not initialized', lastError: '0', diagnostic: '' };
      render();
    }
  };

  // ---- the page ----
  var frame, statusLine, logList, stateBody, sessionState, diagnostics, diagnosticsText;

  function render() {
    if (!stateBody) { return; }
    sessionState.textContent = session.state + (learner.attempts ? ' · launch ' + learner.attempts : '');
    var rows = Object.keys(learner.values).sort().map(function (key) { return [key, learner.values[key]]; });
    rows.splice(0, 0, ['cmi.student_data.mastery_score', lms.masteryScore]);
    stateBody.textContent = '';
    rows.forEach(function (row) {
      var tr = document.createElement('tr');
      tr.setAttribute('data-element', row[0]);
      if (row[0] === session.changed) { tr.className = 'changed'; }
      var th = document.createElement('td'); th.textContent = row[0];
      var td = document.createElement('td'); td.textContent = row[1];
      tr.appendChild(th); tr.appendChild(td); stateBody.appendChild(tr);
    });
  }

  function addLogEntry(entry) {
    if (!logList) { return; }
    var li = document.createElement('li');
    li.setAttribute('data-method', entry.method);
    if (entry.error !== '0') { li.className = 'error'; }
    var args = entry.args.map(function (a) { return JSON.stringify(a === undefined ? '' : a); }).join(', ');
    var text = entry.time.toISOString().slice(11, 23) + ' ' + entry.method + '(' + args + ') → ' + JSON.stringify(entry.returned);
    if (entry.error !== '0') { text += '  error ' + entry.error + ' ' + ERRORS[entry.error] + (session.diagnostic ? ': ' + session.diagnostic : ''); }
    li.textContent = text;
    logList.appendChild(li);
    li.scrollIntoView({ block: 'nearest' });
  }
  listeners.push(addLogEntry);

  // A relaunch ends the running session the way a closed LMS window does: the SCO's unload handler may still
  // call LMSFinish; if it does not, the emulator finishes the session itself (and logs that it did).
  function launch() {
    frame.src = 'about:blank';
    setTimeout(function () {
      if (session.state === 'running') {
        finishSession();
        log('(the LMS ended the session: the course did not call LMSFinish)', [], '');
      }
      session = { state: 'not initialized', lastError: '0', diagnostic: '' };
      render();
      if (lms.launch) { frame.src = lms.launch; }
    }, 50);
  }

  function showBuild(build) {
    lms.masteryScore = build.masteryScore || '';
    lms.launch = build.launch;
    document.getElementById('course-title').textContent = build.title ? '— ' + build.title : '';
    if (build.ok) {
      statusLine.className = 'ok';
      statusLine.textContent = 'Build ' + build.version + ' ok' + (build.diagnostics.length ? ' (' + build.diagnostics.length + ' warning(s))' : '') + ' · ' + build.builtAt.slice(11, 19);
      diagnostics.hidden = !build.diagnostics.length;
      diagnostics.querySelector('h2').textContent = build.diagnostics.length ? 'Warnings' : '';
      diagnosticsText.textContent = build.diagnosticsText;
      frame.hidden = false;
      launch();
    } else {
      statusLine.className = 'failed';
      statusLine.textContent = 'Build ' + build.version + ' failed: ' + build.diagnostics.filter(function (d) { return d.severity === 'error'; }).length + ' error(s)';
      diagnostics.querySelector('h2').textContent = 'The course does not build';
      diagnosticsText.textContent = build.diagnosticsText;
      diagnostics.hidden = false;
      frame.hidden = true;
      frame.src = 'about:blank';
    }
  }

  function poll() {
    fetch('api/build', { cache: 'no-store' })
      .then(function (response) { return response.json(); })
      .then(function (build) {
        if (build.version !== lms.version) { lms.version = build.version; showBuild(build); }
      })
      .catch(function () { statusLine.className = 'failed'; statusLine.textContent = 'The preview server stopped'; })
      .then(function () { setTimeout(poll, 1000); });
  }

  document.addEventListener('DOMContentLoaded', function () {
    frame = document.getElementById('sco');
    statusLine = document.getElementById('build-status');
    logList = document.getElementById('call-log');
    stateBody = document.querySelector('#cmi-state tbody');
    sessionState = document.getElementById('session-state');
    diagnostics = document.getElementById('diagnostics');
    diagnosticsText = document.getElementById('diagnostics-text');
    document.getElementById('relaunch').addEventListener('click', launch);
    document.getElementById('reset').addEventListener('click', function () {
      try { localStorage.removeItem(STORAGE_KEY); } catch (e) { /* nothing stored */ }
      learner = freshLearner();
      session.state = 'not initialized';
      logList.textContent = '';
      launch();
    });
    document.getElementById('clear-log').addEventListener('click', function () { logList.textContent = ''; });
    render();
    poll();
  });
}());
