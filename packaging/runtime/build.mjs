// Bundles src/ into the files that ship: runtime/player.js, player-scorm2004.js (a SCORM 2004 package's player.js),
// xapi.js and player-cmi5.js (IIFE, ES2019, minified); and minifies the style sheets, player.css, blocks.css and
// ending.css (written by hand, commented), into one, player.min.css, which packages ship as runtime/player.css.
//
//   npm run build        writes them (they are committed: dotnet build needs no Node)
//
// test/bundles.test.js builds in memory with the same options and fails when a committed bundle is stale.
import * as esbuild from "esbuild";
import * as espree from "espree";
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { typesDirectory, virtualModuleSource } from "./tools/question-types.mjs";

const root = dirname(fileURLToPath(import.meta.url));
const VIRTUAL = "virtual:question-types";

/** The bundles: entry point in src/ -> the shipped file next to this script. */
export const bundles = [
  { entry: "src/player.js", output: "player.js" },
  { entry: "src/player-scorm2004.js", output: "player-scorm2004.js" },
  { entry: "src/xapi.js", output: "xapi.js" },
  { entry: "src/player-cmi5.js", output: "player-cmi5.js" }
];

/**
 * The style sheet: its sources, in cascade order -> the minified file every package ships (as runtime/player.css).
 * The player's, the designer's blocks' and the ending's rules are one file: a course with blocks and an ending
 * loads one sheet, and the budget (test/bundles.test.js) counts all of them.
 */
export const styleSheet = { sources: ["player.css", "blocks.css", "ending.css"], output: "player.min.css" };

// "virtual:question-types": every module in src/questions/types/, so that adding a type is adding one file.
const questionTypes = {
  name: "question-types",
  setup(esbuildApi) {
    esbuildApi.onResolve({ filter: /^virtual:question-types$/ }, () => ({ path: VIRTUAL, namespace: "question-types" }));
    esbuildApi.onLoad({ filter: /.*/, namespace: "question-types" }, () => ({
      contents: virtualModuleSource(), resolveDir: typesDirectory, loader: "js", watchDirs: [typesDirectory]
    }));
  }
};

// The contract in the bundles: every module's `import { attributes, … } from "../contract.js"` becomes
// `import * as attributes from "contract:attributes"`, a module with one constant per name of that group, so that
// esbuild writes each name a bundle uses once, as a minified variable, and leaves out the names it does not use
// (a group as one object costs every name of it, and its property name at each use: about 700 bytes gzipped per
// player). Node reads the JSON itself: src/contract.js. A group used as a whole (iterated, indexed) still works:
// esbuild then builds it as an object; a name the group does not have fails the build (it was undefined at run time).
const CONTRACT = "contract";

/** A module's source with each import from src/contract.js turned into one namespace import per group. */
function importGroupsByName(source, path) {
  const program = espree.parse(source, { ecmaVersion: "latest", sourceType: "module", range: true });
  const imports = program.body.filter((node) => node.type === "ImportDeclaration" && /(^|\/)contract\.js$/.test(node.source.value));
  let rewritten = source;
  for (const node of imports.reverse()) {
    if (node.specifiers.some((specifier) => specifier.type !== "ImportSpecifier")) {
      throw new Error(`${path}: import the contract's groups by name (import { attributes } from "../contract.js")`);
    }
    const namespaces = node.specifiers.map((specifier) =>
      `import * as ${specifier.local.name} from "${CONTRACT}:${specifier.imported.name}";`).join(" ");
    rewritten = rewritten.slice(0, node.range[0]) + namespaces + rewritten.slice(node.range[1]);
  }
  return rewritten;
}

const contractNames = {
  name: "contract-names",
  setup(esbuildApi) {
    const contract = JSON.parse(readFileSync(join(root, "..", "contract", "runtime.json"), "utf8"));
    esbuildApi.onLoad({ filter: /[\\/]src[\\/].*\.js$/ }, ({ path }) => {
      const source = readFileSync(path, "utf8");
      return { contents: importGroupsByName(source, path), loader: "js" };
    });
    esbuildApi.onResolve({ filter: /^contract:/ }, ({ path }) => ({ path: path.slice(CONTRACT.length + 1), namespace: CONTRACT }));
    esbuildApi.onLoad({ filter: /.*/, namespace: CONTRACT }, ({ path: group }) => ({
      contents: Object.entries(contract[group]).map(([name, value]) => `export const ${name} = ${JSON.stringify(value)};`).join("\n"),
      loader: "js"
    }));
  }
};

// One short line in each shipped file: every learner downloads it (where the sources are; the rest is in
// packaging/README.md and docs/runtime-contract.md). Not the file's own name: a SCORM 2004 package ships
// player-scorm2004.js as runtime/player.js.
const BANNER = "/* built from packaging/runtime/src/: do not edit */";

/** Builds every bundle; `write: false` returns their text without touching the files. */
export async function build({ write }) {
  const results = [];
  for (const bundle of bundles) {
    const result = await esbuild.build({
      absWorkingDir: root,
      entryPoints: [bundle.entry],
      outfile: join(root, bundle.output),
      bundle: true,
      format: "iife",
      target: "es2019",
      platform: "browser",
      charset: "utf8",
      minify: true,
      legalComments: "none",
      banner: { js: BANNER },
      plugins: [questionTypes, contractNames],
      logLevel: "warning",
      write
    });
    const undefinedNames = result.warnings.filter((warning) => warning.id === "import-is-undefined");
    if (undefinedNames.length > 0) {
      throw new Error(`${bundle.output}: ${undefinedNames.map((warning) => warning.text).join("; ")}`);
    }
    results.push({ output: bundle.output, text: write ? null : result.outputFiles[0].text });
  }
  // Comments and layout are a quarter of the style sheet's gzipped size; no target, so nothing is rewritten (the
  // logical properties stay logical).
  const style = await esbuild.build({
    absWorkingDir: root,
    stdin: { contents: styleSheet.sources.map((name) => readFileSync(join(root, name), "utf8")).join("\n"), loader: "css", resolveDir: root },
    outfile: join(root, styleSheet.output),
    charset: "utf8",
    minify: true,
    legalComments: "none",
    banner: { css: "/* built from packaging/runtime/*.css: do not edit */" },
    logLevel: "warning",
    write
  });
  results.push({ output: styleSheet.output, text: write ? null : style.outputFiles[0].text, style: true });
  return results;
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  await build({ write: true });
  for (const bundle of [...bundles, styleSheet]) console.log(`wrote ${bundle.output}`);
}
