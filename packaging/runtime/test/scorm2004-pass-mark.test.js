// The SCORM 2004 adapter's pass mark: the LMS's cmi.scaled_passing_score read as the LMS means it, and the course and
// every outcome judged against it as the LMS judges cmi.score.scaled (docs/scorm2004-pass-mark.md).
import { test } from "node:test";
import assert from "node:assert/strict";
import { createLms } from "../src/scorm/api.js";
import { SCORM2004 } from "../src/scorm2004/target.js";
import { createCmi, passingPercent, reaches } from "../src/scorm2004/cmi.js";

// A fake API_1484_11 holding `values`; GetValue of anything else is "" with error 403, as SCORM 2004 says.
function fakeLms(values) {
  const held = { ...values };
  let error = "0";
  const api = {
    Initialize: () => "true", Terminate: () => "true", Commit: () => "true",
    GetValue: (k) => { error = k in held ? "0" : "403"; return k in held ? held[k] : ""; },
    SetValue: (k, v) => { held[k] = String(v); error = "0"; return "true"; },
    GetLastError: () => error, GetErrorString: () => ""
  };
  const lms = createLms({ API_1484_11: api }, SCORM2004);
  lms.initialize();
  return { lms, held };
}

test("the LMS's scaled passing score is the pass mark in its own digits, a negative one passes everything", () => {
  assert.equal(passingPercent("0.7"), 70);
  assert.equal(passingPercent("0.55"), 55, "not 100 × 0.55 = 55.00000000000001");
  assert.equal(passingPercent("0.7000"), 70, "Moodle hands back a database decimal");
  assert.equal(passingPercent("1"), 100);
  assert.equal(passingPercent("-0.5"), 0);
  for (const none of ["", "unknown", "1.5", "-2", "0.7 ", "abc"]) assert.ok(Number.isNaN(passingPercent(none)), JSON.stringify(none));
});

test("a score reaches the pass mark exactly as the LMS compares the written cmi.score.scaled with it", () => {
  for (const mark of [7, 14, 28, 55, 56, 57, 58, 70, 75, 100]) {
    assert.ok(reaches(mark, passingPercent(String(mark / 100))), `${mark} reaches ${mark / 100}`);
    assert.ok(!reaches(mark - 0.01, passingPercent(String(mark / 100))), `${mark - 0.01} does not reach ${mark / 100}`);
  }
  assert.ok(reaches(92.3076923, 70));
  assert.ok(!reaches(61.54, 70));
});

test("the course and each outcome are judged against the LMS's pass mark", () => {
  const { lms, held } = fakeLms({
    "cmi.entry": "ab-initio", "cmi.scaled_passing_score": "0.55", "cmi.objectives._count": "2",
    "cmi.objectives.0.id": "LO1", "cmi.objectives.1.id": "LO2", "cmi.interactions._count": "0"
  });
  const cmi = createCmi(lms), launch = cmi.read(true);
  assert.equal(launch.mastery, 55);

  cmi.writeState({
    location: "s1", suspendData: "x", complete: true, final: true, score: 55, mastery: launch.mastery,
    objectives: [55, 50].map((score, k) => ({ id: "LO" + (k + 1), score, complete: true, mastered: reaches(score, launch.mastery) }))
  });

  assert.equal(held["cmi.score.scaled"], "0.55");
  assert.equal(held["cmi.success_status"], "passed", "55 % at a pass mark of 0.55");
  assert.equal(held["cmi.objectives.0.success_status"], "passed");
  assert.equal(held["cmi.objectives.1.success_status"], "failed");
});
