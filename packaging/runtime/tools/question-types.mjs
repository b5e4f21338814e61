// The question type modules: every .js file in src/questions/types/, in name order. build.mjs makes the virtual
// module "virtual:question-types" from this list; Node code (tools/, test/) imports the same files with load().
import { readdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

export const typesDirectory = join(dirname(fileURLToPath(import.meta.url)), "..", "src", "questions", "types");

/** The type modules' file names ("fill-in.js" …), sorted by code point so that every build is the same. */
export function typeFiles() {
  return readdirSync(typesDirectory).filter((name) => name.endsWith(".js")).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/** The type modules, imported (for Node; the bundles get them from the virtual module). */
export async function loadTypes() {
  return Promise.all(typeFiles().map((name) => import(pathToFileURL(join(typesDirectory, name)).href)));
}

/** The source of "virtual:question-types": `export default [every type module]`. */
export function virtualModuleSource() {
  const files = typeFiles();
  return files.map((name, i) => `import * as type${i} from ${JSON.stringify("./" + name)};`).join("\n") +
    `\nexport default [${files.map((name, i) => `type${i}`).join(", ")}];\n`;
}
