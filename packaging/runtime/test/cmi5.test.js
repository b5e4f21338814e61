// The cmi5 adapter's pure parts: the launch parameters and the statements' context (the template merged).
import { test } from "node:test";
import assert from "node:assert/strict";
import contract from "../../contract/runtime.json" with { type: "json" };
import { readParameters, stateUrl } from "../src/cmi5/launch.js";
import { createCmi5Statements } from "../src/cmi5/statements.js";

const actor = { objectType: "Agent", account: { homePage: "https://lms.example.org", name: "l1" } };
const registration = "5e1b1f2a-1111-4111-8111-111111111111";
const query = "?endpoint=" + encodeURIComponent("https://lrs.example.org/xapi") + "&fetch=" + encodeURIComponent("https://lms.example.org/fetch/1") +
  "&actor=" + encodeURIComponent(JSON.stringify(actor)) + "&registration=" + registration.toUpperCase() + "&activityId=" + encodeURIComponent("https://example.org/au");

test("the five launch parameters are read; the endpoint ends with a slash, the registration is lowercase", () => {
  const launch = readParameters(query);
  assert.equal(launch.endpoint, "https://lrs.example.org/xapi/");
  assert.equal(launch.registration, registration);
  assert.deepEqual(launch.actor, actor);
  assert.match(stateUrl(launch, contract.cmi5.launchDataStateId), /activities\/state\?stateId=LMS\.LaunchData&activityId=https%3A%2F%2Fexample\.org%2Fau&agent=%7B.*&registration=5e1b/);
});

test("a launch without its fetch URL or with a registration that is no UUID is no cmi5 launch", () => {
  assert.equal(readParameters(query.replace(/&fetch=[^&]*/, "")), null);
  assert.equal(readParameters(query.replace(registration.toUpperCase(), "not-a-uuid")), null);
});

test("every statement takes the context template; cmi5-defined ones add the cmi5 (and moveOn) category", () => {
  const pushed = [];
  const template = { contextActivities: { grouping: [{ id: "https://example.org/publisher" }] }, extensions: { [contract.xapiExtensions.sessionId]: "s-1" } };
  const st = createCmi5Statements({
    win: globalThis, x: { language: "ar", platform: "p", objectives: {} }, launch: readParameters(query), launchData: { contextTemplate: template }, push: (s) => pushed.push(s)
  });
  const defined = st.definedContext(true), allowed = st.context({ grouping: [{ id: "https://example.org/section" }] });
  assert.equal(defined.registration, registration);
  assert.equal(defined.extensions[contract.xapiExtensions.sessionId], "s-1");
  assert.deepEqual(defined.contextActivities.category.map((c) => c.id), [contract.cmi5.categoryCmi5, contract.cmi5.categoryMoveOn]);
  assert.deepEqual(defined.contextActivities.grouping.map((c) => c.id), ["https://example.org/publisher"]);
  assert.equal(allowed.contextActivities.category, undefined);
  assert.deepEqual(allowed.contextActivities.grouping.map((c) => c.id), ["https://example.org/publisher", "https://example.org/section"]);
  assert.deepEqual(template.contextActivities.grouping.length, 1, "the template itself is left as it was");

  st.say(contract.xapiVerbs.terminated, st.au, null, defined);
  st.say(contract.xapiVerbs.answered, st.au, null, allowed);
  assert.deepEqual(pushed.map((s) => s.verb.id), [contract.xapiVerbs.base + contract.xapiVerbs.terminated], "nothing after terminated");
});
