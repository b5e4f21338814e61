// ESLint (flat config): the recommended rules, plus shadowing and use-before-define (functions included).
// The shipped bundles (player.js, player-scorm2004.js, xapi.js, player-cmi5.js) are generated from src/ and not linted themselves.
import js from "@eslint/js";
import globals from "globals";

export default [
  { ignores: ["player.js", "player-scorm2004.js", "xapi.js", "player-cmi5.js", "node_modules/**"] },
  js.configs.recommended,
  {
    languageOptions: { ecmaVersion: "latest", sourceType: "module" },
    rules: {
      "no-shadow": ["error", { builtinGlobals: false, hoist: "all" }],
      "no-use-before-define": ["error", { functions: true, classes: true, variables: true }]
    }
  },
  {
    files: ["src/**/*.js"],
    languageOptions: { globals: { ...globals.browser } }
  },
  {
    files: ["*.mjs", "tools/**/*.mjs", "test/**/*.js", "test/**/*.mjs"],
    languageOptions: { globals: { ...globals.node } }
  }
];
