// tools/worst-case.mjs: the longest suspend_data of a built course, with the real codec and type modules.
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { join } from "node:path";
import { decode, encode } from "../src/state/codec.js";
import { courseShape, readCourseData, worstCaseState } from "../tools/worst-case.mjs";
import { courseData, fixture, loadRegistry, runtimeDirectory } from "./helpers.mjs";

const tool = join(runtimeDirectory, "tools", "worst-case.mjs");
const run = (page) => execFileSync(process.execPath, [tool, join(runtimeDirectory, "test", "fixtures", page)], { encoding: "utf8" });

test("prints one number for a built page", () => {
  // In bits: fingerprint 24, 2 sections seen 2, bookmark 1, registration flag 1 = 28.
  // Quiz 1 (3 attempts: 0..3, 2 bits) + checked 1 + single (3 choices) 2 + multiple 4 + true-false 2
  //   + fill-in (30 units: length 5 + 30 × 16) 485 + numeric (20 digits: 5 + 20 × 6) 125 + matching (4 × 3) 12
  //   + sequencing (4 × 2) 8 = 641.
  // Quiz 2 (unlimited: 0..1295, 11 bits) + checked 1 + single 2 + numeric 125 = 139.
  // 808 bits = 135 characters of six bits, after the marker: 136.
  assert.equal(run("every-question-type.html"), "136\n");
});

test("with xAPI on, the registration's 128 bits more", () => {
  // 936 bits: 156 characters, after the marker 157.
  assert.equal(run("every-question-type-xapi.html"), "157\n");
});

test("the worst case is a state the runtime reads back", async () => {
  const registry = await loadRegistry(), data = courseData(fixture("every-question-type-xapi.html"));
  const shape = courseShape(data, registry), state = worstCaseState(shape, true);
  assert.deepEqual(state.visited, [true, true]);
  assert.equal(state.current, 1);
  assert.deepEqual(state.quizzes.map((quiz) => quiz.attempts), [3, 1295]);
  assert.deepEqual(decode(encode(state, shape), shape), state);
});

test("a page without course data is an error (exit 1), no argument a usage error (exit 2)", () => {
  assert.throws(() => readCourseData("<html></html>"), /no script#course-data/);
  assert.throws(() => execFileSync(process.execPath, [tool, tool], { stdio: "pipe" }), (e) => e.status === 1);
  assert.throws(() => execFileSync(process.execPath, [tool], { stdio: "pipe" }), (e) => e.status === 2);
});
