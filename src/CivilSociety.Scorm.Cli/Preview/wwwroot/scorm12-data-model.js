// civil-scorm preview: the SCORM 1.2 data model of the LMS emulator (Run-Time Environment, section 3.4): the error
// codes, every element's access (r, w, rw) and data type, and what an element name means. It keeps no state: the
// learner's values are passed in. Loaded first; scorm12-api.js builds window.API on it.
(function () {
  'use strict';

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
  var STATUS = ['passed', 'completed', 'failed', 'incomplete', 'browsed'];
  var OBJECTIVE_STATUS = STATUS.concat(['not attempted']);
  var INTERACTION_TYPES = ['true-false', 'choice', 'fill-in', 'matching', 'performance', 'sequencing', 'likert', 'numeric'];
  function result(v) { return ['correct', 'wrong', 'unanticipated', 'neutral'].indexOf(v) >= 0 || decimal(v); }

  // ---- the elements: access and type ----
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

  function has(values, element) { return Object.prototype.hasOwnProperty.call(values, element); }
  function pattern(element) { return element.replace(/\.\d+(?=\.|$)/g, '.#'); }
  function indexes(element) { return (element.match(/\.(\d+)(?=\.|$)/g) || []).map(function (s) { return +s.slice(1); }); }

  // How many entries an array holds: they are numbered from 0, and an entry exists once its first element (leaf) does.
  function entries(values, prefix, leaf) {
    var n = 0;
    while (has(values, prefix + '.' + n + leaf)) { n++; }
    return n;
  }

  // What an element name is: a keyword with its value, an element with its access and type, or an error (code, why).
  function describe(element, values) {
    if (typeof element !== 'string' || element.length === 0) { return { code: 201, why: 'the element name is empty' }; }
    if (has(CHILDREN, element)) { return { keyword: 'children', value: CHILDREN[element] }; }
    if (COUNTS.indexOf(element) >= 0) { return { keyword: 'count', value: String(entries(values, element.slice(0, -7), '.id')) }; }
    if (/\._children$/.test(element)) {
      if (ARRAYS[pattern(element)]) { return { keyword: 'children', value: 'raw,min,max' }; }
      return { code: 202, why: element.slice(0, -10) + ' has no children' };
    }
    if (/\._count$/.test(element)) {
      var p = pattern(element);
      if (ARRAYS[p]) {
        var i = indexes(element);
        var base = p.indexOf('objectives._count') > 0 ? 'cmi.interactions.' + i[0] + '.objectives' : 'cmi.interactions.' + i[0] + '.correct_responses';
        return { keyword: 'count', value: String(entries(values, base, base.indexOf('objectives') > 0 ? '.id' : '.pattern')) };
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
  function arrayIndexFits(element, values) {
    var parts = element.split('.');
    var prefix = parts[0] + '.' + parts[1];
    var n = +parts[2];
    var existing = entries(values, prefix, '.id');
    if (n > existing) { return false; }
    if (parts.length > 5 && /^\d+$/.test(parts[4])) {
      var leaf = parts[3] === 'objectives' ? '.id' : '.pattern';
      if (+parts[4] > entries(values, prefix + '.' + n + '.' + parts[3], leaf)) { return false; }
    }
    if (n === existing && parts[3] !== 'id') { return false; }   // a new entry starts with its id
    return true;
  }

  window.civilScormEmulator = { dataModel: { errors: ERRORS, describe: describe, arrayIndexFits: arrayIndexFits } };
}());
