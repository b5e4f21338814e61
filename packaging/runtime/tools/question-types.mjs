// The question type modules: every .js file in src/questions/types/, in name order. build.mjs makes the virtual
// module "virtual:question-types" from this list; Node code (tools/, test/) imports the same files with load().
import * as espree from "espree";
import { readdirSync, readFileSync } from "node:fs";
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

/** The names a type module exports (its verbs), read from its source. */
export function exportedNames(file) {
  const source = readFileSync(join(typesDirectory, file), "utf8");
  const names = [];
  const bound = (pattern) => pattern.type === "Identifier" ? [pattern.name]
    : pattern.type === "ObjectPattern" ? pattern.properties.flatMap((property) => bound(property.value))
      : pattern.type === "ArrayPattern" ? pattern.elements.filter(Boolean).flatMap(bound) : [];
  for (const node of espree.parse(source, { ecmaVersion: "latest", sourceType: "module" }).body) {
    if (node.type !== "ExportNamedDeclaration") continue;
    if (node.declaration?.type === "VariableDeclaration") node.declaration.declarations.forEach((d) => names.push(...bound(d.id)));
    else if (node.declaration) names.push(node.declaration.id.name);
    node.specifiers.forEach((specifier) => names.push(specifier.exported.name));
  }
  return names;
}

/**
 * The source of "virtual:question-types": `export default [every type module]`, each a plain object of its
 * exports (not `import * as`, which esbuild bundles as a table of getters: about a hundred bytes gzipped more).
 */
export function virtualModuleSource() {
  const files = typeFiles();
  return files.map((name, i) => {
    const verbs = exportedNames(name).sort();
    return `import { ${verbs.map((verb) => `${verb} as type${i}_${verb}`).join(", ")} } from ${JSON.stringify("./" + name)};\n` +
      `const type${i} = { ${verbs.map((verb) => `${verb}: type${i}_${verb}`).join(", ")} };`;
  }).join("\n") + `\nexport default [${files.map((name, i) => `type${i}`).join(", ")}];\n`;
}
