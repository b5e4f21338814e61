// The certificate's learner name (src/player/summary.js): the LMS's "Last, First" read as "First Last"; any other
// name is shown exactly as the LMS gave it.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readingOrder } from "../src/player/summary.js";

test("a SCORM name in Moodle's 'lastname, firstname' form reads first name first", () => {
  assert.equal(readingOrder("Hassan, Layla"), "Layla Hassan");
  assert.equal(readingOrder("حسن, ليلى"), "ليلى حسن");
});

test("a name without exactly one comma between two parts is kept as given", () => {
  for (const name of ["Layla Hassan", "", "Hassan,", ", Layla", "Hassan, Layla, Dr", "ليلى حسن"]) {
    assert.equal(readingOrder(name), name);
  }
});
