/*
 * xAPI 1.0.3 statement sender, shipped only in packages built with xAPI on (docs/runtime-contract.md, "xAPI
 * events"). Loaded before player.js.
 */
"use strict";
import { startXapi } from "./xapi/start.js";

startXapi(document, window);
