import { test } from "node:test";
import assert from "node:assert/strict";
import { parseQuery } from "../src/xapi/launch.js";

test("launch parameters are decoded, + as a space, later values winning", () => {
  assert.deepEqual(parseQuery("?endpoint=https%3A%2F%2Flrs.example%2Fxapi%2F&auth=Basic+abc&auth=Basic+def&flag"),
    { endpoint: "https://lrs.example/xapi/", auth: "Basic def", flag: "" });
});

test("a pair an LMS escaped badly is left out, in its name as in its value, and the others still count", () => {
  assert.deepEqual(parseQuery("?%E0%A4%A=1&registration=%zz&endpoint=https%3A%2F%2Flrs.example%2F"),
    { endpoint: "https://lrs.example/" });
});
