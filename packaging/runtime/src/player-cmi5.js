/* CivilSociety.Scorm runtime for cmi5 packages: the player, driven by the cmi5 adapter. Contract: docs/runtime-contract.md. */
"use strict";
import types from "virtual:question-types";
import { createRegistry } from "./questions/registry.js";
import { startPlayer } from "./player/start.js";
import { startCmi5 } from "./cmi5/start.js";
import { unhideSections } from "./ui/dom.js";

function stopped(e) {
  unhideSections(document);
  try { console.error("[course] the player stopped: " + e); } catch { /* no console */ }
}

// The launch (token, LMS.LaunchData, the saved state) is asynchronous; the player starts once it is done.
startCmi5(document, window).then((target) => {
  try { startPlayer(document, window, createRegistry(types), target); } catch (e) { stopped(e); }
}, stopped);
