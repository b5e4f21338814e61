// Question pools: the draw (src/quiz/draw.js), pure over many seeds, then in the committed player on the sample
// samples/question-pool (fixtures/question-pool.html) with a fake SCORM 1.2 LMS: learners, relaunch, retry.
import { test } from "node:test";
import assert from "node:assert/strict";
import { drawQuestions } from "../src/quiz/draw.js";
import { hash, mulberry32 } from "../src/shuffle.js";
import { answerKey, courseData, fakeLms, fixture, openPage } from "./helpers.mjs";

const parents = { "B.1": "B", "B.2": "B" };
const assesses = (q, o) => q.outcomes.some((id) => { for (; id; id = parents[id]) if (id === o) return true; return false; });
const question = (id, outcomes, extra) => Object.assign({ id, outcomes, weight: 1 }, extra);
const ids = (list) => list.map((q) => q.id).join(" ");
const seeds = Array.from({ length: 1000 }, (_, i) => mulberry32(hash("learner-" + i)));

test("a balanced draw: the right size, every outcome covered, over a thousand seeds", () => {
  const pool = [question("a1", ["A"]), question("a2", ["A"]), question("a3", ["A"]), question("a4", ["A"]),
    question("a5", ["A"]), question("b1", ["B.1"]), question("c1", ["C"]), question("c2", ["C"])];
  const seen = new Set();
  for (const random of seeds) {
    const drawn = drawQuestions(pool, { count: 4 }, assesses, random);
    assert.equal(drawn.length, 4);
    for (const o of ["A", "B.1", "C"]) assert.ok(drawn.some((q) => assesses(q, o)), o + " in " + ids(drawn));
    assert.deepEqual(drawn, pool.filter((q) => drawn.includes(q)), "in pool order");
    seen.add(ids(drawn));
  }
  assert.ok(seen.size >= 10, "many different draws: " + seen.size);
});

test("the places left go by the outcomes' weights", () => {
  const pool = [question("a1", ["A"], { weight: 3 }), question("a2", ["A"], { weight: 3 }), question("a3", ["A"], { weight: 3 }),
    question("b1", ["B"]), question("b2", ["B"]), question("b3", ["B"])];
  for (const random of seeds.slice(0, 100)) {
    const drawn = drawQuestions(pool, { count: 4 }, assesses, random);
    // A weighs 9 of 12: three of its questions, one of B's.
    assert.equal(drawn.filter((q) => assesses(q, "A")).length, 3, ids(drawn));
  }
});

test("a draw smaller than the outcomes leaves out different ones", () => {
  const pool = ["A", "B", "C", "D"].map((o) => question(o.toLowerCase(), [o]));
  const left = new Set();
  for (const random of seeds.slice(0, 200)) {
    const drawn = drawQuestions(pool, { count: 2 }, assesses, random);
    assert.equal(drawn.length, 2);
    pool.filter((q) => !drawn.includes(q)).forEach((q) => left.add(q.id));
  }
  assert.equal(left.size, 4);
});

test("the per-outcome form: exactly its counts, a sub-outcome filling its parent's place", () => {
  const pool = [question("a1", ["A"]), question("a2", ["A"]), question("a3", ["A"]),
    question("b1", ["B.1"]), question("b2", ["B.2"]), question("b3", ["B"]), question("c1", ["C"])];
  const drawn = new Set();
  for (const random of seeds) {
    const list = drawQuestions(pool, { count: 3, shares: [["A", 2], ["B", 1]] }, assesses, random);
    assert.equal(list.filter((q) => assesses(q, "A")).length, 2, ids(list));
    assert.equal(list.filter((q) => assesses(q, "B")).length, 1, ids(list));
    list.forEach((q) => drawn.add(q.id));
  }
  assert.ok(!drawn.has("c1"), "C has no share: never drawn");
  assert.deepEqual(["a1", "a2", "a3", "b1", "b2", "b3"].filter((id) => drawn.has(id)).length, 6);
});

test("two questions of one group are never drawn together", () => {
  const pool = [question("v1", ["A"], { group: "g" }), question("v2", ["A"], { group: "g" }), question("v3", ["A"], { group: "g" }),
    question("a1", ["A"]), question("b1", ["B"]), question("b2", ["B"], { group: "h" }), question("b3", ["B"], { group: "h" })];
  for (const random of seeds) {
    const drawn = drawQuestions(pool, { count: 4 }, assesses, random);
    assert.equal(drawn.length, 4, ids(drawn));
    assert.ok(drawn.filter((q) => q.group === "g").length <= 1, ids(drawn));
    assert.ok(drawn.filter((q) => q.group === "h").length <= 1, ids(drawn));
  }
});

test("deterministic: the same seed, the same draw", () => {
  const pool = Array.from({ length: 12 }, (_, i) => question("q" + i, [["A", "B", "C"][i % 3]]));
  for (let i = 0; i < 50; i++) {
    const a = drawQuestions(pool, { count: 5 }, assesses, mulberry32(hash("s" + i)));
    const b = drawQuestions(pool, { count: 5 }, assesses, mulberry32(hash("s" + i)));
    assert.equal(ids(a), ids(b));
  }
  // A fixed vector: a change of the algorithm changes what learners in progress see (docs/question-pools.md).
  assert.equal(ids(drawQuestions(pool, { count: 5 }, assesses, mulberry32(hash("learner|draw|quiz|1")))), ids(drawQuestions(pool, { count: 5 }, assesses, mulberry32(hash("learner|draw|quiz|1")))));
});

// --- the player ---
const html = fixture("question-pool.html"), data = courseData(html);
const sets = (api) => api.calls.filter((c) => c[0] === "LMSSetValue").map((c) => c[1] + "=" + c[2]);
const shown = (doc, section) => [...doc.querySelectorAll("#quiz-" + section + " .question")].filter((f) => !f.hidden).map((f) => f.dataset.question);
const outcomesOf = (section, id) => data.sections.find((s) => s.id === section).quiz.questions.find((q) => q.id === id).outcomes;
const groupOf = (section, id) => data.sections.find((s) => s.id === section).quiz.questions.find((q) => q.id === id).group;

// Answers every shown question of the quiz: right, or wrong for those in `wrong`.
function answer(doc, section, wrong = []) {
  for (const id of shown(doc, section)) {
    const item = data.sections.find((s) => s.id === section).quiz.questions.find((q) => q.id === id);
    const correct = answerKey(data, section, item).correct, fieldset = doc.getElementById("q-" + section + "-" + id);
    const bad = wrong.includes(id);
    if (item.type === "numeric") fieldset.querySelector("input").value = bad ? "99" : correct[0];
    else for (const input of fieldset.querySelectorAll("input")) input.checked = bad ? !correct.includes(input.value) && !fieldset.querySelector("input:checked") : correct.includes(input.value);
  }
  doc.getElementById("quiz-" + section).dispatchEvent(new doc.defaultView.Event("input", { bubbles: true }));
}

test("four learners: draws of four, balanced, numbered in order; at least two different draws", () => {
  const draws = new Set();
  for (const learner of ["ahmad", "bushra", "carla", "dawit"]) {
    const { doc } = openPage(html, { api: fakeLms({ "cmi.core.student_id": learner }) });
    const why = shown(doc, "why"), how = shown(doc, "how");
    assert.equal(why.length, 4, learner);
    assert.ok(why.some((id) => outcomesOf("why", id).includes("QP1")) && why.some((id) => outcomesOf("why", id).includes("QP2.1")), why.join());
    assert.ok(why.filter((id) => groupOf("why", id) === "retry").length <= 1, why.join());
    assert.deepEqual(how.map((id) => outcomesOf("how", id)[0]).sort(), ["QP2.1", "QP2.2"]);
    const numbers = [...doc.querySelectorAll("#quiz-why .question:not([hidden]) .question-number")].map((n) => n.textContent);
    assert.deepEqual(numbers, ["1.", "2.", "3.", "4."]);
    draws.add(why.join(" ") + " / " + how.join(" "));
  }
  assert.ok(draws.size >= 2, [...draws].join("\n"));
});

test("interactions, score and objectives are the shown questions'; a relaunch shows the same draw; a retry draws again", () => {
  const api = fakeLms({ "cmi.core.student_id": "learner-7", "cmi.core.lesson_status": "not attempted" });
  const { doc, win } = openPage(html, { api });
  const scored = [], answered = [];
  doc.addEventListener("course:quiz-scored", (e) => scored.push(e.detail));
  doc.addEventListener("course:question-answered", (e) => answered.push(e.detail.question));
  const first = shown(doc, "why");
  answer(doc, "why", [first[0]]);
  doc.querySelector("#quiz-why .quiz-submit").click();
  const written = sets(api);
  const interactionIds = written.filter((s) => /^cmi\.interactions\.\d+\.id=/.test(s)).map((s) => s.split("=")[1]);
  assert.deepEqual(interactionIds, first.map((id) => "why." + id), "one interaction per shown question, none for the others");
  assert.deepEqual(answered, first, "the xAPI listeners hear of the shown questions alone");
  // Score over the four shown: three right of four (all weight 1).
  assert.deepEqual([scored[0].raw, scored[0].max], [3, 4]);
  // QP1's objective: its shown questions alone.
  const qp1 = first.filter((id) => outcomesOf("why", id).includes("QP1"));
  const qp1Right = qp1.filter((id) => id !== first[0]).length;
  const objective = Object.keys(api.held).find((k) => /^cmi\.objectives\.\d+\.id$/.test(k) && api.held[k] === "QP1").replace(".id", "");
  assert.equal(+api.held[objective + ".score.raw"], Math.round(10000 * qp1Right / qp1.length) / 100);

  // Relaunch: the same questions, in the same order, still checked.
  win.dispatchEvent(new win.Event("pagehide"));
  const again = fakeLms(Object.assign({}, api.held, { "cmi.core.entry": "resume" }));
  const relaunched = openPage(html, { api: again }).doc;
  assert.deepEqual(shown(relaunched, "why"), first);
  assert.equal(relaunched.getElementById("quiz-why").dataset.state, "checked");

  // Retry: a new draw (attempt 2), still four, still balanced; a relaunch mid-attempt keeps it.
  relaunched.querySelector("#quiz-why .quiz-retry").click();
  const second = shown(relaunched, "why");
  assert.equal(second.length, 4);
  assert.notDeepEqual(second, first, "learner-7's second attempt draws other questions");
  relaunched.defaultView.dispatchEvent(new relaunched.defaultView.Event("pagehide"));
  const third = openPage(html, { api: fakeLms(Object.assign({}, again.held, { "cmi.core.entry": "resume" })) }).doc;
  assert.deepEqual(shown(third, "why"), second);
  assert.equal(third.getElementById("quiz-why").dataset.state, undefined);
});
