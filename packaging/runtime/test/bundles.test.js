// The committed bundles are what `npm run build` makes from src/ today, and follow the runtime's rules.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import * as espree from "espree";
import { build, styleSheet } from "../build.mjs";
import { runtimeDirectory } from "./helpers.mjs";

const built = await build({ write: false });
const committed = (name) => readFileSync(join(runtimeDirectory, name));

for (const { output, text, style } of built) {
  test(`${output} is up to date with src/ (run npm run build in packaging/runtime)`, () => {
    assert.ok(Buffer.from(text, "utf8").equals(committed(output)), `${output} is stale: run npm run build in packaging/runtime and commit it`);
  });
  if (style) continue;

  test(`${output}: one IIFE in ES2019, strict, with the generated-file banner`, () => {
    const code = committed(output).toString("utf8");
    assert.match(code, /^\/\* built from packaging\/runtime\/src\/: do not edit \*\/\n/);
    assert.match(code, /\n"use strict";\(\(\)=>\{/);
    assert.doesNotThrow(() => espree.parse(code, { ecmaVersion: 2019, sourceType: "script" }));
  });

  test(`${output}: no eval, no innerHTML, no unload handlers`, () => {
    const code = committed(output).toString("utf8");
    assert.doesNotMatch(code, /\beval\s*\(|new Function\s*\(/);
    assert.doesNotMatch(code, /\.(inner|outer)HTML\b|insertAdjacentHTML|document\.write/);
    assert.doesNotMatch(code, /["'](before)?unload["']|\.on(before)?unload\b/);
  });
}

// The budget counts every runtime file a package can ship (an xAPI package has all three), each gzipped on its own
// at level 6 as a web server sends it: the figure of scripts/bench.sh (`gzip -6 -c FILE | wc -c`, summed), give or take
// a few dozen bytes (this test uses Node's zlib). The style sheet is the player's, the blocks' and the ending's
// rules in one file (build.mjs), so a course with blocks and an ending is counted whole; a course's own
// runtime/course-theme.css (its colours, from course.yml) is the course's, not the runtime's.
// What one package ships of the runtime, per target: its player, the statement sender where it is separate, the style.
const SHIPPED = {
  scorm12: ["player.js", "xapi.js", "player.min.css"],
  scorm2004: ["player-scorm2004.js", "xapi.js", "player.min.css"],
  cmi5: ["player-cmi5.js", "player.min.css"]
};

for (const [target, files] of Object.entries(SHIPPED)) {
  test(`size budget (${target}): ${files.join(" + ")}, gzipped one by one, under 30 KB`, () => {
    const size = files.reduce((sum, name) => sum + gzipSync(committed(name), { level: 6 }).length, 0);
    assert.ok(size < 30 * 1024, `${size} bytes`);
  });
}

// Nothing escapes the budget: every script and style sheet the compiler embeds to ship (its .csproj) is counted in
// some target above, and every style sheet source here is built into the one counted.
test("every script and style sheet a package can ship is counted in the size budget", () => {
  const project = readFileSync(join(runtimeDirectory, "..", "..", "src", "CivilSociety.Scorm", "CivilSociety.Scorm.csproj"), "utf8");
  const embedded = [...project.matchAll(/<(?:EmbeddedResource|PackagedAsIs) Include="([^"]+)"/g)]
    .flatMap((match) => match[1].split(";")).filter((path) => /\.(js|css)$/.test(path));
  const counted = new Set(Object.values(SHIPPED).flat());
  assert.ok(embedded.length >= 5, `the .csproj's runtime files: ${embedded.join(", ")}`);
  for (const path of embedded) {
    const inRuntime = /\$\(RepositoryRoot\)packaging\/runtime\/([a-z0-9.-]+)$/.exec(path);
    assert.ok(inRuntime && counted.has(inRuntime[1]), `${path} ships but is not counted in SHIPPED (test/bundles.test.js)`);
  }
  const sources = readdirSync(runtimeDirectory).filter((name) => name.endsWith(".css") && name !== styleSheet.output);
  assert.deepEqual(sources.sort(), [...styleSheet.sources].sort(), "a style sheet source that build.mjs does not minify into player.min.css");
});

// The bundles get the contract from build.mjs (each name of a group a constant, so that a bundle carries only the names
// it uses); Node reads the JSON through src/contract.js itself: both must offer the same groups.
test("src/contract.js exports every group of contract/runtime.json, as the build's generated module does", async () => {
  const contract = JSON.parse(readFileSync(join(runtimeDirectory, "..", "contract", "runtime.json"), "utf8"));
  const exported = Object.keys(await import("../src/contract.js")).sort();
  assert.deepEqual(exported, Object.keys(contract).filter((group) => !group.startsWith("$")).sort());
});
