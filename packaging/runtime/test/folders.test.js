// The folders of src/ depend on each other in one direction only: no folder imports, through any chain of modules,
// a folder that imports it. A file directly in src/ (contract.js, uuid.js, the entry points) counts as its own folder.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { dirname, join, relative, resolve, sep } from "node:path";
import * as espree from "espree";
import { runtimeDirectory, sourceFiles } from "./helpers.mjs";

const src = join(runtimeDirectory, "src");

/** The folder a file of src/ belongs to: its first folder below src/, or the file itself when it stands in src/. */
function folderOf(file) {
  return relative(src, file).split(sep)[0];
}

/** Every module a file imports or re-exports from, as paths inside src/ (other specifiers are left out). */
function importsOf(file) {
  const program = espree.parse(readFileSync(file, "utf8"), { ecmaVersion: "latest", sourceType: "module" });
  return program.body
    .filter((node) => node.source && /^(Import|ExportNamed|ExportAll)Declaration$/.test(node.type))
    .map((node) => node.source.value)
    .filter((specifier) => specifier.startsWith("."))
    .map((specifier) => resolve(dirname(file), specifier))
    .filter((target) => target.startsWith(src + sep));
}

/** folder -> folder -> the first import that makes that edge ("quiz/engine.js imports ../player/session.js"). */
function folderGraph(files) {
  const graph = new Map();
  for (const file of files) {
    const from = folderOf(file);
    if (!graph.has(from)) graph.set(from, new Map());
    for (const target of importsOf(file)) {
      const to = folderOf(target);
      if (to !== from && !graph.get(from).has(to)) {
        graph.get(from).set(to, `${relative(src, file)} imports ${relative(dirname(file), target)}`);
      }
    }
  }
  return graph;
}

/** A circle in the graph as the list of its edges' reasons, or null when there is none (depth-first search). */
function findCircle(graph) {
  const state = new Map(), path = [];
  function visit(folder) {
    state.set(folder, "open");
    for (const [next, reason] of graph.get(folder) || []) {
      path.push({ folder, reason });
      if (state.get(next) === "open") return path.slice(path.findIndex((step) => step.folder === next)).map((step) => step.reason);
      if (!state.has(next)) {
        const circle = visit(next);
        if (circle) return circle;
      }
      path.pop();
    }
    state.set(folder, "done");
    return null;
  }
  for (const folder of graph.keys()) {
    if (state.has(folder)) continue;
    const circle = visit(folder);
    if (circle) return circle;
  }
  return null;
}

test("the check finds a circle through several folders, and none in a chain", () => {
  const edges = (list) => new Map(list.map(([from, to]) => [from, new Map(to.map((t) => [t, `${from} -> ${t}`]))]));
  assert.deepEqual(findCircle(edges([["a", ["b"]], ["b", ["c"]], ["c", ["a"]]])), ["a -> b", "b -> c", "c -> a"]);
  assert.equal(findCircle(edges([["a", ["b", "c"]], ["b", ["c"]], ["c", []]])), null);
});

test("no import circle between the folders of src/", () => {
  const graph = folderGraph(sourceFiles());
  assert.ok(graph.has("player") && graph.get("player").has("quiz"), "the imports of src/ are read");
  const circle = findCircle(graph);
  assert.equal(circle, null, circle && "the folders import each other in a circle:\n  " + circle.join("\n  "));
});
