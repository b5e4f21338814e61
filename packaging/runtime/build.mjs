// Bundles src/ into the files that ship: runtime/player.js, player-scorm2004.js (a SCORM 2004 package's player.js),
// xapi.js and player-cmi5.js (IIFE, ES2019, minified); and minifies the style sheet, player.css (written by hand,
// commented), into player.min.css, which packages ship as runtime/player.css.
//
//   npm run build        writes them (they are committed: dotnet build needs no Node)
//
// test/bundles.test.js builds in memory with the same options and fails when a committed bundle is stale.
import * as esbuild from "esbuild";
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

/** The style sheet: its source -> the minified file a package ships (as runtime/player.css). */
export const styleSheet = { entry: "player.css", output: "player.min.css" };

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

// src/contract.js in the bundles: each group of contract/runtime.json as a constant of its own, so that a bundle
// carries only the groups it uses (Node reads the JSON itself: src/contract.js).
const contractGroups = {
  name: "contract-groups",
  setup(esbuildApi) {
    esbuildApi.onLoad({ filter: /[\\/]src[\\/]contract\.js$/ }, () => {
      const contract = JSON.parse(readFileSync(join(root, "..", "contract", "runtime.json"), "utf8"));
      return {
        contents: Object.keys(contract).filter((group) => !group.startsWith("$"))
          .map((group) => `export const ${group} = ${JSON.stringify(contract[group])};`).join("\n"),
        loader: "js"
      };
    });
  }
};

function banner(output) {
  // One line: every learner downloads it (the rest is in packaging/README.md and docs/runtime-contract.md).
  return `/* runtime/${output}: generated from packaging/runtime/src/ by \`npm run build\`; do not edit */`;
}

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
      banner: { js: banner(bundle.output) },
      plugins: [questionTypes, contractGroups],
      logLevel: "warning",
      write
    });
    results.push({ output: bundle.output, text: write ? null : result.outputFiles[0].text });
  }
  // Comments and layout are a quarter of the style sheet's gzipped size; no target, so nothing is rewritten (the
  // logical properties stay logical).
  const style = await esbuild.build({
    absWorkingDir: root,
    entryPoints: [styleSheet.entry],
    outfile: join(root, styleSheet.output),
    loader: { ".css": "css" },
    charset: "utf8",
    minify: true,
    legalComments: "none",
    banner: { css: "/* runtime/player.css: packaging/runtime/player.css minified by `npm run build` */" },
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
