// The committed bundles are what `npm run build` makes from src/ today, and follow the runtime's rules.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import * as espree from "espree";
import { build } from "../build.mjs";
import { runtimeDirectory } from "./helpers.mjs";

const built = await build({ write: false });
const committed = (name) => readFileSync(join(runtimeDirectory, name));

for (const { output, text } of built) {
  test(`${output} is up to date with src/ (run npm run build in packaging/runtime)`, () => {
    assert.ok(Buffer.from(text, "utf8").equals(committed(output)), `${output} is stale: run npm run build in packaging/runtime and commit it`);
  });

  test(`${output}: one IIFE in ES2017, strict, with the generated-file banner`, () => {
    const code = committed(output).toString("utf8");
    assert.match(code, /^\/\* runtime\/[a-z0-9-]+\.js: generated from packaging\/runtime\/src\/ by `npm run build`/);
    assert.match(code, /\n"use strict";\n\(\(\) => \{\n/);
    assert.doesNotThrow(() => espree.parse(code, { ecmaVersion: 2017, sourceType: "script" }));
  });

  test(`${output}: no eval, no innerHTML, no unload handlers`, () => {
    const code = committed(output).toString("utf8");
    assert.doesNotMatch(code, /\beval\s*\(|new Function\s*\(/);
    assert.doesNotMatch(code, /\.(inner|outer)HTML\b|insertAdjacentHTML|document\.write/);
    assert.doesNotMatch(code, /["'](before)?unload["']|\.on(before)?unload\b/);
  });
}

test("size budget: player.js + player.css under 30 KB gzipped", () => {
  const size = gzipSync(Buffer.concat([committed("player.js"), committed("player.css")]), { level: 9 }).length;
  assert.ok(size < 30 * 1024, `${size} bytes`);
});
