/*
 * A test LMS for SCORM 1.2 packages. Not shipped in any package.
 *
 * window.API is scorm-again's Scorm12API with no server (everything stays in memory). The test calls
 *   lmsHost.start({ launch, values, entry, masteryScore })
 * which creates the API, loads the LMS-provided values (student, mastery score, the earlier run's data for a
 * relaunch) BEFORE the SCO can call LMSInitialize, wraps every LMS* method to record
 *   { seq, method, args, result, error }   (error = the API's last error code right after the call)
 * and only then points the iframe at the SCO. For manual use, lms.html?launch=URL starts by itself.
 */
(function () {
  'use strict';

  var METHODS = ['LMSInitialize', 'LMSFinish', 'LMSGetValue', 'LMSSetValue', 'LMSCommit',
    'LMSGetLastError', 'LMSGetErrorString', 'LMSGetDiagnostic'];
  var calls = [];
  var api = null;

  function lastError() {
    try { return String(api.lastErrorCode); } catch (e) { return 'unreadable: ' + e; }
  }

  function wrap(target) {
    METHODS.forEach(function (name) {
      var original = target[name];
      if (typeof original !== 'function') throw new Error('Scorm12API has no method ' + name);
      target[name] = function () {
        var args = Array.prototype.slice.call(arguments);
        var entry = { seq: calls.length, method: name, args: args.map(String), result: null, error: null, threw: null };
        calls.push(entry);
        try {
          var result = original.apply(target, args);
          entry.result = result === undefined ? null : String(result);
          return result;
        } catch (e) {
          entry.threw = String(e && e.message || e);
          throw e;
        } finally {
          entry.error = lastError();
        }
      };
    });
  }

  function start(config) {
    if (api) throw new Error('lmsHost.start was already called');
    config = config || {};
    if (!config.launch) throw new Error('lmsHost.start needs config.launch (the SCO URL)');
    if (typeof window.Scorm12API !== 'function') throw new Error('scorm12.min.js did not load');

    api = new window.Scorm12API({ lmsCommitUrl: false, autocommit: false, logLevel: 5 });

    var values = {
      'cmi.core.student_id': 'learner-001',
      'cmi.core.student_name': 'Learner, Test'
    };
    if (config.masteryScore !== undefined && config.masteryScore !== null) {
      values['cmi.student_data.mastery_score'] = String(config.masteryScore);
    }
    Object.keys(config.values || {}).forEach(function (key) { values[key] = String(config.values[key]); });
    // Moodle sends "ab-initio" on a first attempt and "resume" after a suspended one.
    values['cmi.core.entry'] = config.entry === undefined ? 'ab-initio' : String(config.entry);
    api.loadFromFlattenedJSON(values);

    // The values must really be there: a silently dropped one would make a test meaningless.
    var loaded = api.getFlattenedCMI();
    Object.keys(values).forEach(function (key) {
      if (/time$/.test(key)) return;   // scorm-again normalises timespans
      if (String(loaded[key]) !== values[key]) {
        throw new Error('LMS value not loaded: ' + key + ' = ' + JSON.stringify(values[key]) +
          ', API holds ' + JSON.stringify(loaded[key]));
      }
    });

    wrap(api);
    window.API = api;
    document.getElementById('sco').src = config.launch;
    return values;
  }

  /** The flattened CMI as strings only (scorm-again gives an empty collection as an empty object: dropped). */
  function flatCmi() {
    var flat = api === null ? {} : api.getFlattenedCMI();
    var out = {};
    Object.keys(flat).forEach(function (key) {
      var value = flat[key];
      if (value !== null && typeof value === 'object') {
        if (Object.keys(value).length > 0) out[key] = JSON.stringify(value);
      } else {
        out[key] = value === null || value === undefined ? '' : String(value);
      }
    });
    return out;
  }

  function state() {
    return {
      started: api !== null,
      initialized: api !== null && api.isInitialized(),
      terminated: api !== null && api.isTerminated(),
      cmi: flatCmi()
    };
  }

  window.lmsHost = {
    start: start,
    state: state,
    calls: function () { return calls.slice(); },
    /** What a real LMS would be sent on the final commit. */
    commitObject: function () { return api.renderCommitCMI(true); },
    /** The learner leaves: the SCO frame navigates away, so its document gets pagehide. */
    unloadSco: function () { document.getElementById('sco').src = 'about:blank'; }
  };

  var launch = new URLSearchParams(window.location.search).get('launch');
  if (launch) {
    window.addEventListener('DOMContentLoaded', function () {
      start({ launch: launch, masteryScore: new URLSearchParams(window.location.search).get('mastery') });
    });
  }
}());
