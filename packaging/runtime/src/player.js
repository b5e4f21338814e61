/* CivilSociety.Scorm runtime: one page, one SCO, SCORM 1.2. Contract: docs/runtime-contract.md. */
"use strict";
import types from "virtual:question-types";
import { createRegistry } from "./questions/registry.js";
import { startPlayer } from "./player/start.js";
import { createScorm12Target } from "./scorm/target.js";
import { unhideSections } from "./ui/dom.js";

try {
  startPlayer(document, window, createRegistry(types), createScorm12Target(window));
} catch (e) {
  unhideSections(document);
  try { console.error("[course] the player stopped: " + e); } catch { /* no console */ }
}
