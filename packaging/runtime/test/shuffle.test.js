// Seeded shuffling: stable per learner and key, different across them, and sequencing never in the right order.
import { test } from "node:test";
import assert from "node:assert/strict";
import { JSDOM } from "jsdom";
import { hash, shuffled } from "../src/shuffle.js";
import { loadRegistry } from "./helpers.mjs";

const letters = "abcdefgh".split("");

test("FNV-1a 32-bit", () => {
  assert.equal(hash(""), 2166136261);
  assert.equal(hash("a"), 0xe40c292c);
  assert.equal(hash("foobar"), 0xbf9cf968);
});

test("the same learner and key give the same order, on every launch", () => {
  assert.deepEqual(shuffled(letters, "learner-1", "stages"), shuffled(letters, "learner-1", "stages"));
  assert.deepEqual(shuffled(letters, "learner-1", "stages.q-forms"), shuffled(letters.slice(), "learner-1", "stages.q-forms"));
});

test("a permutation, and the list itself is left as it is", () => {
  const list = letters.slice(), order = shuffled(list, "learner-1", "stages");
  assert.deepEqual(list, letters);
  assert.deepEqual(order.slice().sort(), letters);
});

test("other learners and other keys get other orders", () => {
  const orders = new Set();
  for (let i = 0; i < 20; i++) orders.add(shuffled(letters, "learner-" + i, "stages").join(""));
  assert.ok(orders.size >= 18, "learners: " + orders.size);
  const byKey = new Set();
  for (let i = 0; i < 20; i++) byKey.add(shuffled(letters, "learner-1", "section-" + i).join(""));
  assert.ok(byKey.size >= 18, "keys: " + byKey.size);
});

test("the orders the single-file runtime gave (a learner's questions stay where they were after an upgrade)", () => {
  assert.equal(shuffled(letters, "student-42", "stages").join(""), "fhbeagdc");
  assert.equal(shuffled(["a", "b", "c", "d"], "", "stages.q-order").join(""), "abdc");
  assert.equal(shuffled(["a", "b", "c", "d"], "12345", "energy").join(""), "dacb");
});

function sequence(ids) {
  const dom = new JSDOM(`<fieldset class="question"><ol class="sequence">${ids.map((id) =>
    `<li class="sequence-item" data-item="${id}"><span class="sequence-text">${id.toUpperCase()}</span>` +
    `<button class="move-up" type="button"></button><button class="move-down" type="button"></button></li>`).join("")}</ol></fieldset>`);
  return dom.window.document.querySelector("fieldset");
}

test("sequencing items are always shuffled, never shown in the right order", async () => {
  const type = (await loadRegistry()).get("sequencing");
  for (const ids of [["a", "b"], ["a", "b", "c"], ["a", "b", "c", "d"]]) {
    for (let i = 0; i < 200; i++) {
      const q = { id: "q-order", correct: ids, element: sequence(ids), quiz: { checked: false } };
      type.bind(q, { attempting() {}, announce() {}, ui: null });
      type.arrange(q, (list) => shuffled(list, "learner-" + i, "stages.q-order"), { shuffleChoices: false });
      const shown = type.read(q);
      assert.notEqual(shown, ids.join(""), `learner-${i} sees ${ids.join("")} in order`);
      assert.equal(shown.split("").sort().join(""), ids.join(""));
      assert.equal(q.initial, shown);
      assert.equal(type.initialAnswer(q), shown, "try again goes back to it");
    }
  }
});

test("a one-item sequence stays as it is", async () => {
  const type = (await loadRegistry()).get("sequencing");
  const q = { id: "q", correct: ["a"], element: sequence(["a"]), quiz: { checked: false } };
  type.bind(q, {});
  type.arrange(q, (list) => list, {});
  assert.equal(type.read(q), "a");
});
