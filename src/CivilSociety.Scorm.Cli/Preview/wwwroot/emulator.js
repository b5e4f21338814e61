// civil-scorm preview: the emulator page. It polls the server for the current build, launches the course in its
// frame (or shows why it does not build), and shows the CMI state and every call of the LMS emulator's API
// (scorm12-api.js, loaded before this file).
(function () {
  'use strict';

  var ERRORS = window.civilScormEmulator.dataModel.errors;
  var lms = window.civilScormEmulator.lms;
  var build = { version: 0, launch: null };   // the build on show
  var frame, statusLine, logList, stateBody, sessionState, diagnostics, diagnosticsText;

  function render() {
    if (!stateBody) { return; }
    var session = lms.session(), learner = lms.learner();
    sessionState.textContent = session.state + (learner.attempts ? ' · launch ' + learner.attempts : '');
    var rows = Object.keys(learner.values).sort().map(function (key) { return [key, learner.values[key]]; });
    rows.splice(0, 0, ['cmi.student_data.mastery_score', lms.masteryScore()]);
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
  lms.onChange(render);

  function addLogEntry(entry) {
    if (!logList) { return; }
    var li = document.createElement('li');
    li.setAttribute('data-method', entry.method);
    if (entry.error !== '0') { li.className = 'error'; }
    var args = entry.args.map(function (a) { return JSON.stringify(a === undefined ? '' : a); }).join(', ');
    var text = entry.time.toISOString().slice(11, 23) + ' ' + entry.method + '(' + args + ') → ' + JSON.stringify(entry.returned);
    if (entry.error !== '0') { text += '  error ' + entry.error + ' ' + ERRORS[entry.error] + (entry.diagnostic ? ': ' + entry.diagnostic : ''); }
    li.textContent = text;
    logList.appendChild(li);
    li.scrollIntoView({ block: 'nearest' });
  }
  lms.onCall(addLogEntry);

  // A relaunch ends the running session the way a closed LMS window does: the SCO's unload handler may still
  // call LMSFinish; if it does not, the emulator finishes the session itself (and logs that it did).
  function launch() {
    frame.src = 'about:blank';
    setTimeout(function () {
      lms.newSession('(the LMS ended the session: the course did not call LMSFinish)');
      if (build.launch) { frame.src = build.launch; }
    }, 50);
  }

  function showBuild(next) {
    lms.setMasteryScore(next.masteryScore || '');
    build.launch = next.launch;
    document.getElementById('course-title').textContent = next.title ? '— ' + next.title : '';
    if (next.ok) {
      statusLine.className = 'ok';
      statusLine.textContent = 'Build ' + next.version + ' ok' + (next.diagnostics.length ? ' (' + next.diagnostics.length + ' warning(s))' : '') + ' · ' + next.builtAt.slice(11, 19);
      diagnostics.hidden = !next.diagnostics.length;
      diagnostics.querySelector('h2').textContent = next.diagnostics.length ? 'Warnings' : '';
      diagnosticsText.textContent = next.diagnosticsText;
      frame.hidden = false;
      launch();
    } else {
      statusLine.className = 'failed';
      statusLine.textContent = 'Build ' + next.version + ' failed: ' + next.diagnostics.filter(function (d) { return d.severity === 'error'; }).length + ' error(s)';
      diagnostics.querySelector('h2').textContent = 'The course does not build';
      diagnosticsText.textContent = next.diagnosticsText;
      diagnostics.hidden = false;
      frame.hidden = true;
      frame.src = 'about:blank';
    }
  }

  function poll() {
    fetch('api/build', { cache: 'no-store' })
      .then(function (response) { return response.json(); })
      .then(function (next) {
        if (next.version !== build.version) { build.version = next.version; showBuild(next); }
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
      lms.forgetLearner();
      logList.textContent = '';
      launch();
    });
    document.getElementById('clear-log').addEventListener('click', function () { logList.textContent = ''; });
    render();
    poll();
  });
}());
