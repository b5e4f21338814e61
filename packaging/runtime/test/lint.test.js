// ESLint through its Node API: zero problems, with shadowing and use-before-define (functions included) on.
import { test } from "node:test";
import assert from "node:assert/strict";
import { relative } from "node:path";
import { ESLint } from "eslint";
import { runtimeDirectory } from "./helpers.mjs";

test("eslint finds no problem", async () => {
  const eslint = new ESLint({ cwd: runtimeDirectory });
  const results = await eslint.lintFiles(["."]);
  const problems = results.flatMap((r) => r.messages.map((m) =>
    `${relative(runtimeDirectory, r.filePath)}:${m.line}:${m.column} ${m.ruleId || "fatal"}: ${m.message}`));
  assert.deepEqual(problems, []);
  assert.ok(results.some((r) => r.filePath.endsWith("src/player/start.js")), "src/ is linted");
});

test("the rules that matter here are on", async () => {
  const config = await new ESLint({ cwd: runtimeDirectory }).calculateConfigForFile("src/player.js");
  const level = (rule) => [].concat(config.rules[rule])[0];
  assert.equal(level("no-shadow"), 2);
  assert.equal(level("no-use-before-define"), 2);
  assert.equal(config.rules["no-use-before-define"][1].functions, true);
  assert.equal(level("no-undef"), 2, "the recommended rules");
  assert.equal(level("no-unused-vars"), 2);
});
