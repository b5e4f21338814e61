// tools/worst-case.mjs: the longest suspend_data of a built course, with the real codec and type modules.
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { join } from "node:path";
import { decode, encode } from "../src/state/codec.js";
import { readCourseData, worstCaseState } from "../tools/worst-case.mjs";
import { courseData, fixture, loadRegistry, runtimeDirectory } from "./helpers.mjs";

const tool = join(runtimeDirectory, "tools", "worst-case.mjs");
const run = (page) => execFileSync(process.execPath, [tool, join(runtimeDirectory, "test", "fixtures", page)], { encoding: "utf8" });

test("prints one number for a built page", () => {
  // 2 sections: "2|" "11" "|" "1" "|" = 7; "~" = 1. Quiz 1 (3 attempts): "3.1" + single 2, multiple 5 (4 choices),
  // true-false 2, fill-in 91 (30 × 3), numeric 61 (20 × 3), matching 5 (4 pairs), sequencing 5 (4 items) = 174.
  // Quiz 2 (unlimited: "zz"): "zz.1" + single 2 + numeric 61 = 67.
  assert.equal(run("every-question-type.html"), "249\n");
});

test("with xAPI on, the registration's 33 characters more", () => {
  assert.equal(run("every-question-type-xapi.html"), String(249 + 33) + "\n");
});

test("the worst case is a state the runtime reads back", async () => {
  const registry = await loadRegistry(), data = courseData(fixture("every-question-type-xapi.html"));
  const state = worstCaseState(data, registry);
  assert.deepEqual(state.visited, [true, true]);
  assert.equal(state.current, 1);
  assert.deepEqual(state.quizzes.map((quiz) => quiz.attempts), [3, 1295]);
  // The facts bind() would find in the page, from the course data.
  const course = {
    sections: data.sections,
    quizzes: data.sections.filter((s) => s.quiz).map((s) => ({
      questions: s.quiz.questions.map((d) => ({
        type: registry.get(d.type), values: d.type === "true-false" ? ["t", "f"] : d.choices, itemIds: d.choices,
        maxLength: d.fillIn ? d.fillIn.maxLength : 20, selects: d.correct, options: d.correct.map(() => ["", "1", "2", "3", "4"])
      }))
    }))
  };
  assert.deepEqual(decode(encode(state), course), state);
});

test("a page without course data is an error (exit 1), no argument a usage error (exit 2)", () => {
  assert.throws(() => readCourseData("<html></html>"), /no script#course-data/);
  assert.throws(() => execFileSync(process.execPath, [tool, tool], { stdio: "pipe" }), (e) => e.status === 1);
  assert.throws(() => execFileSync(process.execPath, [tool], { stdio: "pipe" }), (e) => e.status === 2);
});
