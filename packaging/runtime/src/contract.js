/*
 * The names the runtime shares with the compiler, the shell (runtime/index.html), the LMS and the LRS, read from
 * packaging/contract/runtime.json: the only place where a data- attribute, a cmi key, a storage key, an event name
 * or an xAPI IRI is written (test/contract-literals.test.js checks that src/ spells none of them itself).
 */
import contract from "../../contract/runtime.json" with { type: "json" };

// The bundles get this module from build.mjs instead: each group a constant of its own, so that a bundle carries
// only the groups it uses. Both offer every group (test/bundles.test.js).
export const files = contract.files;
export const ids = contract.ids;
export const attributes = contract.attributes;
export const slots = contract.slots;
export const actions = contract.actions;
export const classes = contract.classes;
export const states = contract.states;
export const feedbackKinds = contract.feedbackKinds;
export const strings = contract.strings;
export const storage = contract.storage;
export const savedState = contract.savedState;
export const legacyState = contract.legacyState;
export const events = contract.events;
export const cmi = contract.cmi;
export const cmi2004 = contract.cmi2004;
export const xapiVerbs = contract.xapiVerbs;
export const xapiExtensions = contract.xapiExtensions;
export const xapi = contract.xapi;
export const cmi5 = contract.cmi5;
export const certificateSlots = contract.certificateSlots;
