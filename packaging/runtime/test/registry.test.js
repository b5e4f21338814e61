// The question types: one module each, every verb, found by the build; no type name outside them.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join, relative } from "node:path";
import * as espree from "espree";
import { OPTIONAL_VERBS, VERBS } from "../src/questions/registry.js";
import { loadTypes, typeFiles, virtualModuleSource } from "../tools/question-types.mjs";
import { runtimeDirectory, sourceFiles } from "./helpers.mjs";

const types = await loadTypes();

// The list of types is the folder: these tests name no type but the seven of the first release, so that adding a
// module (docs/new-question-type.md) needs no change here.
const FIRST_RELEASE = ["fill-in.js", "matching.js", "multiple.js", "numeric.js", "sequencing.js", "single.js", "true-false.js"];

test("one module per type, named by its type (the course data's type)", () => {
  FIRST_RELEASE.forEach((file) => assert.ok(typeFiles().includes(file), file + " is still there"));
  types.forEach((type, i) => assert.equal(type.name + ".js", typeFiles()[i]));
});

test("every type module exports every verb of QuestionType, and nothing else", () => {
  for (const type of types) {
    assert.deepEqual(Object.keys(type).filter((verb) => !OPTIONAL_VERBS.includes(verb)).sort(), VERBS.slice().sort(), type.name);
    OPTIONAL_VERBS.filter((verb) => verb in type).forEach((verb) => assert.equal(typeof type[verb], "function", type.name + "." + verb));
    for (const verb of VERBS) {
      if (["name", "instructions"].includes(verb)) continue;
      if (verb === "prefilled") assert.equal(typeof type[verb], "boolean", type.name + "." + verb);
      else assert.equal(typeof type[verb], "function", type.name + "." + verb);
    }
  }
});

test("the build's virtual module lists every file of src/questions/types/", () => {
  const source = virtualModuleSource();
  for (const file of typeFiles()) assert.ok(source.includes(JSON.stringify("./" + file)), file);
  const all = typeFiles().map((file, i) => "type" + i).join(", ");
  assert.ok(source.includes("export default [" + all + "];"), source);
});

test("no type name as a string anywhere outside the type modules (no switch on types)", () => {
  const names = new Set(types.map((type) => type.name));
  const src = join(runtimeDirectory, "src"), typesFolder = join(src, "questions", "types");
  const found = [];
  for (const file of sourceFiles(src).filter((f) => !f.startsWith(typesFolder))) {
    for (const token of espree.tokenize(readFileSync(file, "utf8"), { ecmaVersion: "latest", sourceType: "module" })) {
      if (token.type !== "String" && token.type !== "Template") continue;
      const value = token.type === "String" ? token.value.slice(1, -1) : token.value.replace(/^[`}]|(\$\{|`)$/g, "");
      if (names.has(value)) found.push(relative(runtimeDirectory, file) + ": " + token.value);
    }
  }
  assert.deepEqual(found, []);
});
