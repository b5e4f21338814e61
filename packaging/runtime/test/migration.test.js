// xapi.js's storage keys follow the contract; what a release before left under civil-scorm: is taken over once.
import { test } from "node:test";
import assert from "node:assert/strict";
import { courseData, fixture, openPage } from "./helpers.mjs";

const html = fixture("every-question-type-xapi.html"), courseId = courseData(html).id;
const queueKey = "civilsociety-scorm:xapi-queue:" + courseId, legacyQueueKey = "civil-scorm:xapi-queue:" + courseId;
const registrationKey = (student) => `civilsociety-scorm:xapi-registration:${courseId}:${student}`;
const legacyRegistrationKey = (student) => `civil-scorm:xapi-registration:${courseId}:${student}`;
const kept = "5f3c2a1e-7f3d-4c8e-9a6b-5d2e1f0a3b4c";

function statement(id) {
  return { id, actor: { objectType: "Agent", account: { homePage: "urn:x", name: "s1" } }, verb: { id: "urn:v" }, object: { id: "urn:o" } };
}

// An LRS that takes everything, and what it was sent.
function lrs() {
  const requests = [];
  const fetch = (url, init) => {
    requests.push({ url, method: init.method, body: JSON.parse(init.body) });
    return Promise.resolve({ ok: true, status: 200 });
  };
  return { fetch, requests, ids: () => requests.flatMap((r) => [].concat(r.body).map((s) => s.id)) };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 50));

test("statements queued under the old key are moved to the new one, sent, and the old key removed", async () => {
  const server = lrs();
  const { win } = openPage(html, {
    scripts: ["xapi.js"], fetch: server.fetch,
    storage: { [legacyQueueKey]: JSON.stringify([statement("a"), statement("b")]) }
  });
  assert.equal(win.localStorage.getItem(legacyQueueKey), null, "the old key is gone at once");
  assert.deepEqual(JSON.parse(win.localStorage.getItem(queueKey)).map((s) => s.id), ["a", "b"]);
  await settle();
  assert.deepEqual(server.ids(), ["a", "b"]);
  assert.equal(server.requests[0].url, "https://lrs.example.org/xapi/statements");
  assert.deepEqual(JSON.parse(win.localStorage.getItem(queueKey)), []);
});

test("both keys: the old statements first, each statement once", async () => {
  const server = lrs();
  const { win } = openPage(html, {
    scripts: ["xapi.js"], fetch: server.fetch,
    storage: {
      [legacyQueueKey]: JSON.stringify([statement("a"), statement("b"), statement("c")]),
      [queueKey]: JSON.stringify([statement("c"), statement("d")])
    }
  });
  assert.deepEqual(JSON.parse(win.localStorage.getItem(queueKey)).map((s) => s.id), ["a", "b", "c", "d"]);
  await settle();
  assert.deepEqual(server.ids(), ["a", "b", "c", "d"]);
});

test("an unreadable old queue is dropped; nothing else changes", () => {
  const { win } = openPage(html, { scripts: ["xapi.js"], storage: { [legacyQueueKey]: "{not json", [queueKey]: JSON.stringify([statement("x")]) } });
  assert.equal(win.localStorage.getItem(legacyQueueKey), null);
  assert.deepEqual(JSON.parse(win.localStorage.getItem(queueKey)).map((s) => s.id), ["x"]);
});

function launch(win, detail) {
  win.document.dispatchEvent(new win.CustomEvent("course:launch", { detail }));
  return detail.registration;
}

test("a registration kept under the old key is continued on a resumed attempt, then kept under the new key", () => {
  const { win } = openPage(html, { scripts: ["xapi.js"], fetch: lrs().fetch, storage: { [legacyRegistrationKey("s1")]: JSON.stringify(kept) } });
  assert.equal(launch(win, { entry: "resume", studentId: "s1", studentName: "", registration: "" }), kept);
  assert.equal(JSON.parse(win.localStorage.getItem(registrationKey("s1"))), kept);
  assert.equal(win.localStorage.getItem(legacyRegistrationKey("s1")), null);
  const queued = JSON.parse(win.localStorage.getItem(queueKey));
  assert.equal(queued[0].context.registration, kept);
  assert.equal(queued[0].verb.id, "http://adlnet.gov/expapi/verbs/resumed");
});

test("the new key wins over the old one; a new attempt renews the registration and drops the old key", () => {
  const other = "1a2b3c4d-0000-4000-8000-000000000000";
  const resumed = openPage(html, { scripts: ["xapi.js"], storage: {
    [registrationKey("s1")]: JSON.stringify(other), [legacyRegistrationKey("s1")]: JSON.stringify(kept) } });
  assert.equal(launch(resumed.win, { entry: "resume", studentId: "s1", registration: "" }), other);
  const fresh = openPage(html, { scripts: ["xapi.js"], storage: { [legacyRegistrationKey("s1")]: JSON.stringify(kept) } });
  const renewed = launch(fresh.win, { entry: "ab-initio", studentId: "s1", registration: "" });
  assert.notEqual(renewed, kept);
  assert.match(renewed, /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  assert.equal(fresh.win.localStorage.getItem(legacyRegistrationKey("s1")), null);
  assert.equal(JSON.parse(fresh.win.localStorage.getItem(registrationKey("s1"))), renewed);
});

test("the player's own keys: the state and the learner id under civilsociety-scorm:", () => {
  const { win } = openPage(fixture("every-question-type.html"));
  assert.match(win.localStorage.getItem("civilsociety-scorm:learner"), /^[0-9a-z]+$/);
  assert.match(win.localStorage.getItem("civilsociety-scorm:" + courseId), /^4[A-Za-z0-9_-]+$/);
});
