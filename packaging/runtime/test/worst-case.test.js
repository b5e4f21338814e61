// tools/worst-case.mjs: the longest suspend_data of a built course, with the real codec and type modules.
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { join } from "node:path";
import { decode, encode } from "../src/state/codec.js";
import { courseShape, readCourseData, restoreQuizzes, worstCase, worstCaseState } from "../tools/worst-case.mjs";
import { courseData, fixture, loadRegistry, runtimeDirectory } from "./helpers.mjs";

const tool = join(runtimeDirectory, "tools", "worst-case.mjs");
const run = (page) => execFileSync(process.execPath, [tool, join(runtimeDirectory, "test", "fixtures", page)], { encoding: "utf8" });

test("prints one number for a built page", () => {
  // The keyed format (it fits), in bits: bookmark key 16, registration flag 1, 2 sections seen (count 12 + 2 keys × 16)
  // 44, quiz count 12 = 73.
  // Quiz 1: section key 16 + attempts 11 + checked 1 + question count 8 = 36; each question's key 16, then its answer
  //   by identity (kind 2, count 5 and a key of 16 per choice; kind 2, length 8 and 16 per typed unit):
  //   single 23, multiple (4) 71, true-false 23, fill-in (30) 490, numeric (20) 330, matching (4 pairs) 135,
  //   sequencing (4) 71: 1143 + 7 × 16 = 1255; 1291 in all.
  // Quiz 2: 36 + single 39 + numeric 346 = 421.
  // 1785 bits = 298 characters of six bits, after the marker: 299.
  assert.equal(run("every-question-type.html"), "299\n");
});

test("with xAPI on, the registration's 128 bits more", () => {
  // 1913 bits: 319 characters, after the marker 320.
  assert.equal(run("every-question-type-xapi.html"), "320\n");
});

test("the worst case is a state the runtime reads back", async () => {
  const registry = await loadRegistry(), data = courseData(fixture("every-question-type-xapi.html"));
  const shape = courseShape(data, registry), state = worstCaseState(shape, true);
  assert.deepEqual(state.visited, [true, true]);
  assert.equal(state.current, 1);
  assert.deepEqual(state.quizzes.map((quiz) => quiz.attempts), [3, 1295]);
  assert.deepEqual(decode(encode(state, shape), shape), Object.assign({ reset: 0 }, state));
});

test("the quizzes of the sections kept out of the page count, read from sections.js", async () => {
  // The compiler's form (Rendering/DeferredSections.cs): the page keeps the second section's id and title only.
  const data = courseData(fixture("every-question-type.html")), kept = data.sections[1];
  const file = "document.currentScript.sections={};\ndocument.currentScript.quizzes=" +
    JSON.stringify({ [kept.id]: { quiz: kept.quiz } }) + ";\n";
  const page = Object.assign({}, data, { sections: [data.sections[0], { id: kept.id, title: kept.title, quiz: null }] });
  assert.equal(await worstCase(restoreQuizzes(page, file)), 299);
  assert.equal(await worstCase(restoreQuizzes(courseData(fixture("every-question-type.html")), "")), 299, "an older page, every quiz in it");
});

test("a page without course data is an error (exit 1), no argument a usage error (exit 2)", () => {
  assert.throws(() => readCourseData("<html></html>"), /no script#course-data/);
  assert.throws(() => execFileSync(process.execPath, [tool, tool], { stdio: "pipe" }), (e) => e.status === 1);
  assert.throws(() => execFileSync(process.execPath, [tool], { stdio: "pipe" }), (e) => e.status === 2);
});
