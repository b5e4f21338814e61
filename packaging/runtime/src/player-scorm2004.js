/* CivilSociety.Scorm runtime: one page, one SCO, SCORM 2004 4th edition (API_1484_11). Contract: docs/runtime-contract.md. */
"use strict";
import types from "virtual:question-types";
import { createRegistry } from "./questions/registry.js";
import { startPlayer } from "./player/start.js";
import { createScorm2004Target } from "./scorm2004/target.js";
import { unhideSections } from "./ui/dom.js";

try {
  startPlayer(document, window, createRegistry(types), createScorm2004Target(window));
} catch (e) {
  unhideSections(document);
  try { console.error("[course] the player stopped: " + e); } catch { /* no console */ }
}
