// Every shared name comes from packaging/contract/runtime.json: no string, template or regular expression in src/
// spells a cmi key, a data- attribute, a storage key, an event name or an xAPI IRI itself.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { relative } from "node:path";
import * as espree from "espree";
import contract from "../../contract/runtime.json" with { type: "json" };
import strings from "../../strings/en.json" with { type: "json" };
import { runtimeDirectory, sourceFiles } from "./helpers.mjs";

/** Every string, template part and regular expression in the files of src/, with where it is. */
function literals() {
  const found = [];
  for (const file of sourceFiles()) {
    const code = readFileSync(file, "utf8");
    for (const token of espree.tokenize(code, { ecmaVersion: "latest", sourceType: "module", loc: true })) {
      if (!["String", "Template", "RegularExpression"].includes(token.type)) continue;
      found.push({ where: relative(runtimeDirectory, file) + ":" + token.loc.start.line, text: token.value });
    }
  }
  return found;
}

const storageValues = Object.values(contract.storage).filter((v) => typeof v === "string");
const eventNames = [contract.events.prefix].concat(Object.values(contract.events).map((name) => contract.events.prefix + name));
// Event names alone ("quiz-scored"); "exit" is also a UI string key (the exit button's text), so UI keys are not.
const uiKeys = new Set(Object.keys(strings));
const bareEventNames = new Set(Object.entries(contract.events)
  .filter(([key, name]) => key !== "prefix" && !uiKeys.has(name)).map(([, name]) => name));

const rules = [
  { what: "a cmi key", test: (s) => /\bcmi\\?\.(?!js\b)/.test(s) || /_count\b/.test(s) },
  { what: "a data- attribute", test: (s) => /\bdata-[a-z]/.test(s) },
  { what: "a storage key", test: (s) => storageValues.some((v) => s.includes(v)) },
  { what: "an event name", test: (s) => eventNames.some((v) => s.includes(v)) || bareEventNames.has(s.replace(/^["'`}]|["'`]$|\$\{$/g, "")) },
  { what: "an xAPI IRI", test: (s) => /\bhttps?:\/\/|\burn:|w3id\.org|adlnet\.gov|tincanapi/.test(s) }
];

test("the contract import is the only place src/ names the contract's file", () => {
  const imports = literals().filter((l) => l.text.includes("runtime.json"));
  assert.deepEqual(imports.map((l) => l.where), ["src/contract.js:6"]);
});

for (const rule of rules) {
  test("no literal " + rule.what + " in src/", () => {
    const offending = literals().filter((l) => rule.test(l.text)).map((l) => l.where + " " + l.text);
    assert.deepEqual(offending, []);
  });
}

test("the check itself catches each kind", () => {
  const samples = ['"cmi.core.lesson_status"', '"[data-item]"', '"civilsociety-scorm:learner"', '"civil-scorm:x"',
    '"course:launch"', '"quiz-scored"', '"http://adlnet.gov/expapi/verbs/answered"', "/^cmi\\./"];
  for (const sample of samples) assert.ok(rules.some((rule) => rule.test(sample)), sample);
  assert.ok(!rules.some((rule) => rule.test('"selectOne"')));
});
