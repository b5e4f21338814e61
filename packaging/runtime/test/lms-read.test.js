// The launch's read of what the LMS holds, in two steps (src/player/start.js): `read(hasOutcomes, true)` asks the
// LMS for suspend_data alone (all the first paint needs), `read(hasOutcomes)` for everything, as before the split.
// What is written after the whole read does not depend on the quick read before it.
import { test } from "node:test";
import assert from "node:assert/strict";
import { createLms } from "../src/scorm/api.js";
import { createCmi as createCmi12 } from "../src/scorm/cmi.js";
import { createCmi as createCmi2004 } from "../src/scorm2004/cmi.js";
import { SCORM2004 } from "../src/scorm2004/target.js";
import { fakeLms, fakeLms2004 } from "./helpers.mjs";

const STANDARDS = [
  {
    name: "SCORM 1.2", connect: (api) => createLms({ API: api }), lms: fakeLms, createCmi: createCmi12, get: "LMSGetValue",
    set: "LMSSetValue", held: { "cmi.core.entry": "resume", "cmi.core.lesson_status": "incomplete", "cmi.core.lesson_location": "energy",
      "cmi.suspend_data": "5abc", "cmi.core.student_id": "s1", "cmi.core.student_name": "Learner, One", "cmi.student_data.mastery_score": "70" }
  },
  {
    name: "SCORM 2004", connect: (api) => createLms({ API_1484_11: api }, SCORM2004), lms: fakeLms2004, createCmi: createCmi2004,
    get: "GetValue", set: "SetValue", held: { "cmi.entry": "resume", "cmi.completion_status": "incomplete", "cmi.location": "energy",
      "cmi.suspend_data": "5abc", "cmi.learner_id": "s1", "cmi.learner_name": "Learner, One", "cmi.scaled_passing_score": "0.7" }
  }
];

const state = {
  location: "stages", suspendData: "5abd", complete: false, final: false, score: null, mastery: 70,
  objectives: [{ id: "WC1", score: null, complete: false, mastered: false }]
};

for (const standard of STANDARDS) {
  const open = (values) => {
    const api = standard.lms(values), lms = standard.connect(api);
    lms.initialize();
    api.calls.length = 0;
    return { api, cmi: standard.createCmi(lms) };
  };
  const calls = (api, name) => api.calls.filter((c) => c[0] === name);

  test(`${standard.name}: the quick read asks for suspend_data alone`, () => {
    const { api, cmi } = open(standard.held);
    const quick = cmi.read(true, true);
    assert.deepEqual(api.calls, [[standard.get, "cmi.suspend_data"]]);
    assert.equal(quick.suspend, "5abc");
    assert.deepEqual(Object.entries(quick).filter(([key, value]) => key !== "suspend" && key !== "mastery" && value !== ""), []);
    const empty = open({}).cmi.read(true, true);
    assert.equal(empty.suspend, "", "none held: empty");
  });

  test(`${standard.name}: the whole read after the quick one reads and writes as it does alone`, () => {
    const alone = open(standard.held), split = open(standard.held);
    const held = alone.cmi.read(true);
    split.cmi.read(true, true);
    const readFirst = split.api.calls.length;
    assert.deepEqual(split.cmi.read(true), held);
    assert.deepEqual(split.api.calls.slice(readFirst), alone.api.calls);
    for (const opened of [alone, split]) {
      opened.api.calls.length = 0;
      opened.cmi.writeState(state);
    }
    assert.ok(calls(alone.api, standard.set).length > 0);
    assert.deepEqual(calls(split.api, standard.set), calls(alone.api, standard.set), "what the LMS holds already is not written again");
  });

  test(`${standard.name}: without an LMS, both reads are empty and ask nothing`, () => {
    const api = standard.lms({}), cmi = standard.createCmi(standard.connect(api));
    assert.deepEqual(cmi.read(true, true), cmi.read(true));
    assert.equal(cmi.read(true).suspend, "");
    assert.deepEqual(api.calls, []);
  });
}
