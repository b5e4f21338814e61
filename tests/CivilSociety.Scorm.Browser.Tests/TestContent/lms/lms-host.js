/*
 * A test LMS for SCORM 1.2 and SCORM 2004 packages. Not shipped in any package.
 *
 * window.API is scorm-again's Scorm12API with no server (everything stays in memory); with standard: "2004",
 * window.API_1484_11 is its Scorm2004API instead. The test calls
 *   lmsHost.start({ launch, values, entry, masteryScore, standard })
 * which creates the API, loads the LMS-provided values (student, mastery score (2004: the scaled passing score),
 * the earlier run's data for a relaunch) BEFORE the SCO can call LMSInitialize, wraps every API method to record
 *   { seq, method, args, result, error }   (error = the API's last error code right after the call)
 * and only then points the iframe at the SCO. For manual use, lms.html?launch=URL starts by itself.
 */
(function () {
  'use strict';

  // What differs between the two standards: the constructor, the window property, the methods and a few keys.
  var STANDARDS = {
    '1.2': {
      constructor: 'Scorm12API', script: 'scorm12.min.js', global: 'API',
      methods: ['LMSInitialize', 'LMSFinish', 'LMSGetValue', 'LMSSetValue', 'LMSCommit',
        'LMSGetLastError', 'LMSGetErrorString', 'LMSGetDiagnostic'],
      learnerId: 'cmi.core.student_id', learnerName: 'cmi.core.student_name',
      mastery: 'cmi.student_data.mastery_score', entry: 'cmi.core.entry'
    },
    '2004': {
      constructor: 'Scorm2004API', script: 'scorm2004.min.js', global: 'API_1484_11',
      methods: ['Initialize', 'Terminate', 'GetValue', 'SetValue', 'Commit', 'GetLastError', 'GetErrorString', 'GetDiagnostic'],
      learnerId: 'cmi.learner_id', learnerName: 'cmi.learner_name', mastery: 'cmi.scaled_passing_score', entry: 'cmi.entry'
    }
  };
  var standard = STANDARDS['1.2'];
  var calls = [];
  var api = null;

  function lastError() {
    try { return String(api.lastErrorCode); } catch (e) { return 'unreadable: ' + e; }
  }

  function wrap(target) {
    standard.methods.forEach(function (name) {
      var original = target[name];
      if (typeof original !== 'function') throw new Error(standard.constructor + ' has no method ' + name);
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
    standard = STANDARDS[config.standard || '1.2'];
    if (!standard) throw new Error('lmsHost.start: unknown standard ' + config.standard);
    if (typeof window[standard.constructor] !== 'function') throw new Error(standard.script + ' did not load');

    api = new window[standard.constructor]({ lmsCommitUrl: false, autocommit: false, logLevel: 5 });

    var values = {};
    values[standard.learnerId] = 'learner-001';
    values[standard.learnerName] = 'Learner, Test';
    if (config.masteryScore !== undefined && config.masteryScore !== null) {
      values[standard.mastery] = String(config.masteryScore);
    }
    Object.keys(config.values || {}).forEach(function (key) { values[key] = String(config.values[key]); });
    // Moodle sends "ab-initio" on a first attempt and "resume" after a suspended one.
    values[standard.entry] = config.entry === undefined ? 'ab-initio' : String(config.entry);
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
    window[standard.global] = api;
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
