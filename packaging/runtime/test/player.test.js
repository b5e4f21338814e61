// The committed player.js on the compiled sample (every question type) in jsdom, with a fake SCORM 1.2 LMS.
import { test } from "node:test";
import assert from "node:assert/strict";
import { answerKey, courseData, fakeLms, fixture, openPage } from "./helpers.mjs";

const html = fixture("every-question-type.html"), data = courseData(html);
const sets = (api) => api.calls.filter((c) => c[0] === "LMSSetValue").map((c) => c[1] + "=" + c[2]);

// Gives every question of the first quiz its right answer, through the controls.
function answerRight(doc) {
  const quiz = data.sections[0].quiz;
  for (const q of quiz.questions) {
    const correct = answerKey(data, "stages", q).correct;
    const fieldset = doc.getElementById("q-stages-" + q.id);
    if (q.type === "single" || q.type === "multiple" || q.type === "true-false") {
      for (const input of fieldset.querySelectorAll("input")) input.checked = correct.includes(input.value);
    } else if (q.type === "fill-in" || q.type === "numeric") {
      fieldset.querySelector("input").value = correct[0];
    } else if (q.type === "matching") {
      for (const pair of correct) {
        const [item, right] = pair.split(".");
        fieldset.querySelector(`select[data-item="${item}"]`).value = right;
      }
    } else if (q.type === "sequencing") {
      const list = fieldset.querySelector("ol");
      for (const id of correct) list.appendChild(fieldset.querySelector(`li[data-item="${id}"]`));
    }
  }
  doc.getElementById("quiz-stages").dispatchEvent(new doc.defaultView.Event("input", { bubbles: true }));
}

test("first launch: incomplete committed on its own, the first section, the instructions", () => {
  const api = fakeLms({ "cmi.core.student_id": "s1", "cmi.core.student_name": "Learner, One" });
  const { doc } = openPage(html, { api });
  const first = api.calls.findIndex((c) => c[0] === "LMSSetValue");
  assert.deepEqual(api.calls[first], ["LMSSetValue", "cmi.core.lesson_status", "incomplete"]);
  assert.deepEqual(api.calls[first + 1], ["LMSCommit"]);
  assert.equal(doc.getElementById("s-stages").hidden, false);
  assert.equal(doc.getElementById("s-energy").hidden, true);
  assert.equal(doc.querySelector('[data-slot="no-lms-notice"]').hidden, true);
  const instructions = [...doc.querySelectorAll("#quiz-stages .question")].map((q) => {
    const p = q.querySelector(".question-instructions");
    return p && p.textContent;
  });
  const key = (name) => data.strings[name];
  assert.deepEqual(instructions, [key("selectOne"), key("selectAll"), key("selectOne"), null, key("typeNumber"),
    key("matchAll"), key("orderItems")], "every type but fill-in has one");
  assert.ok(sets(api).includes("cmi.core.lesson_location=stages"));
  assert.ok(sets(api).some((s) => /^cmi\.suspend_data=4[A-Za-z0-9_-]+$/.test(s)), sets(api).join("\n"));
  assert.ok(sets(api).includes("cmi.core.exit=suspend"));
  assert.ok(sets(api).includes("cmi.objectives.0.id=WC1"));
  assert.ok(sets(api).includes("cmi.objectives.3.status=incomplete"));
});

test("a contents link: the section and the focus at once, the LMS told in a task after the click's; a page left first saves it itself", async () => {
  const api = fakeLms({ "cmi.core.student_id": "s1" });
  const { doc, win } = openPage(html, { api });
  const link = (id) => doc.querySelector(`[data-slot="toc"] a[data-section="${id}"]`);
  const nextTask = () => new Promise((resolve) => { win.setTimeout(resolve); });
  let before = api.calls.length;
  link("energy").click();
  assert.equal(doc.getElementById("s-energy").hidden, false);
  assert.equal(doc.getElementById("s-stages").hidden, true);
  assert.equal(doc.activeElement, doc.querySelector("#s-energy .section-title"));
  assert.equal(link("energy").getAttribute("aria-current"), "step");
  assert.equal(api.calls.length, before, "no LMS call in the click's own task");
  await nextTask();
  const calls = api.calls.slice(before);
  assert.ok(calls.some((c) => c[1] === "cmi.core.lesson_location" && c[2] === "energy"), calls.join("\n"));
  assert.deepEqual(calls.filter((c) => c[0] === "LMSCommit"), [["LMSCommit"]]);

  // Left before that task runs: the page's own pagehide writes the section, then LMSFinish; nothing after it.
  before = api.calls.length;
  link("stages").click();
  win.dispatchEvent(new win.Event("pagehide"));
  const finish = api.calls.findIndex((c) => c[0] === "LMSFinish");
  assert.ok(api.calls.slice(before, finish).some((c) => c[1] === "cmi.core.lesson_location" && c[2] === "stages"));
  await nextTask();
  assert.equal(api.calls.length, finish + 1, "nothing after LMSFinish");
});

test("a sequence is shuffled out of order; checking nothing else spends no attempt", () => {
  const api = fakeLms({ "cmi.core.student_id": "s1" });
  const { doc } = openPage(html, { api });
  const order = [...doc.querySelectorAll("#q-stages-q-order li")].map((li) => li.dataset.item).join("");
  assert.notEqual(order, answerKey(data, "stages", data.sections[0].quiz.questions[6]).correct.join(""));
  doc.querySelector("#quiz-stages .quiz-submit").click();
  assert.equal(doc.querySelector("#quiz-stages .quiz-result").textContent, data.strings.answerFirst);
  assert.ok(!sets(api).some((s) => s.startsWith("cmi.interactions.")));
});

test("check: every question right, interactions in SCORM 1.2 form, the state saved; a relaunch resumes it", () => {
  const api = fakeLms({ "cmi.core.student_id": "s1" });
  const events = [];
  const { doc, win } = openPage(html, { api });
  for (const name of ["quiz-attempted", "question-answered", "quiz-scored"]) {
    doc.addEventListener("course:" + name, (e) => events.push([name, e.detail]));
  }
  answerRight(doc);
  doc.querySelector("#quiz-stages .quiz-submit").click();
  const written = sets(api);
  for (const expected of ["cmi.interactions.0.id=stages.q-clouds", "cmi.interactions.0.student_response=b",
    "cmi.interactions.1.student_response=a,b,d", "cmi.interactions.2.student_response=t",
    "cmi.interactions.3.student_response=evaporation", "cmi.interactions.4.student_response=4",
    "cmi.interactions.5.student_response=a.2,b.4,c.3,d.1", "cmi.interactions.6.student_response=d,b,c,a",
    "cmi.interactions.5.correct_responses.0.pattern=a.2,b.4,c.3,d.1",
    "cmi.interactions.6.result=correct", "cmi.interactions.5.objectives.0.id=WC1.2"]) {
    assert.ok(written.includes(expected), expected);
  }
  const states = [...doc.querySelectorAll("#quiz-stages .question")].map((q) => q.dataset.state);
  assert.deepEqual(states, ["correct", "correct", "correct", "correct", "correct", "correct", "correct"]);
  assert.equal(doc.getElementById("quiz-stages").dataset.state, "checked");
  assert.deepEqual(events.map((e) => e[0]), ["quiz-attempted"].concat(Array(7).fill("question-answered"), ["quiz-scored"]));
  assert.equal(events[4][1].response, "evaporation");
  assert.equal(events[5][1].response, "4");
  assert.equal(events[6][1].response, "a[.]2[,]b[.]4[,]c[.]3[,]d[.]1");
  assert.deepEqual([...events[8][1].outcomes], ["WC1.2", "WC1.1"]);
  const suspend = api.held["cmi.suspend_data"];
  assert.match(suspend, /^4[A-Za-z0-9_-]+$/);
  assert.ok(suspend.length < 200, "the keyed state: " + suspend);

  // The learner leaves; the LMS relaunches with what it holds.
  win.dispatchEvent(new win.Event("pagehide"));
  assert.equal(api.calls.at(-1)[0], "LMSFinish");
  const again = fakeLms(Object.assign({}, api.held, { "cmi.core.entry": "resume" }));
  const relaunched = openPage(html, { api: again });
  const rdoc = relaunched.doc;
  assert.equal(rdoc.getElementById("quiz-stages").dataset.state, "checked");
  assert.equal(rdoc.querySelector("#q-stages-q-name input").value, "evaporation");
  assert.equal(rdoc.querySelector("#q-stages-q-name input").readOnly, true);
  assert.equal(rdoc.querySelector('#q-stages-q-match select[data-item="c"]').value, "3");
  assert.deepEqual(sets(again), ["cmi.core.exit=suspend"], "a resumed launch writes only what it must");
});

test("after Check a matching list stays focusable but refuses a change: nothing records it", () => {
  const api = fakeLms({ "cmi.core.student_id": "s1" });
  const { doc, win } = openPage(html, { api });
  answerRight(doc);
  const select = doc.querySelector('#q-stages-q-match select[data-item="c"]');
  select.value = "1"; // one pair wrong, so that the quiz offers another attempt
  doc.querySelector("#quiz-stages .quiz-submit").click();
  assert.equal(select.disabled, false, "in the tab order");
  assert.equal(select.getAttribute("aria-disabled"), "true");
  const calls = api.calls.length, events = [];
  doc.addEventListener("course:question-answered", (e) => events.push(e.detail));
  select.value = "3"; // what a key press on the list does
  for (const type of ["input", "change"]) select.dispatchEvent(new win.Event(type, { bubbles: true }));
  assert.equal(select.value, "1", "put back at once");
  win.dispatchEvent(new win.Event("pagehide"));
  assert.ok(api.calls.slice(calls).some((c) => c[0] === "LMSFinish"));
  assert.ok(!api.calls.slice(calls).some((c) => c[0] === "LMSSetValue" && /student_response=.*c\.3/.test(c[2])));
  assert.deepEqual(events, []);
  const again = openPage(html, { api: fakeLms(Object.assign({}, api.held, { "cmi.core.entry": "resume" })) }).doc;
  assert.equal(again.querySelector('#q-stages-q-match select[data-item="c"]').value, "1", "the saved state holds the checked answer");
});

test("Try again unlocks a matching list", () => {
  const { doc, win } = openPage(html, { api: fakeLms({ "cmi.core.student_id": "s1" }) });
  answerRight(doc);
  const select = doc.querySelector('#q-stages-q-match select[data-item="c"]');
  select.value = "1";
  doc.querySelector("#quiz-stages .quiz-submit").click();
  const retry = doc.querySelector("#quiz-stages .quiz-retry");
  assert.equal(retry.hidden, false);
  retry.click();
  assert.equal(select.getAttribute("aria-disabled"), "false");
  select.value = "3";
  select.dispatchEvent(new win.Event("change", { bubbles: true }));
  assert.equal(select.value, "3");
});

test("without an LMS: the notice, and the state in localStorage", () => {
  const { doc, win } = openPage(html);
  assert.equal(doc.querySelector('[data-slot="no-lms-notice"]').hidden, false);
  answerRight(doc);
  doc.querySelector("#quiz-stages .quiz-submit").click();
  assert.match(win.localStorage.getItem("civilsociety-scorm:" + data.id), /^4[A-Za-z0-9_-]+$/);
  const relaunched = openPage(html, { storage: { ["civilsociety-scorm:" + data.id]: win.localStorage.getItem("civilsociety-scorm:" + data.id) } });
  assert.equal(relaunched.doc.getElementById("quiz-stages").dataset.state, "checked");
});

test("a damaged state is ignored: the learner starts afresh", () => {
  const api = fakeLms({ "cmi.core.entry": "resume", "cmi.suspend_data": "2|10|0|zz.1.q", "cmi.core.lesson_status": "incomplete" });
  const { doc } = openPage(html, { api });
  assert.equal(doc.getElementById("quiz-stages").dataset.state, undefined);
  assert.ok(sets(api).some((s) => /^cmi\.suspend_data=4[A-Za-z0-9_-]+$/.test(s)));
});

test("the page holds no feedback: it comes from the seal when the quiz is checked, only the learner's", () => {
  const { doc } = openPage(html, { api: fakeLms({ "cmi.core.student_id": "s1" }) });
  const places = [...doc.querySelectorAll("#q-stages-q-clouds .choice-feedback, #q-stages-q-clouds .question-feedback")];
  assert.equal(places.length, 5, "a place under each of the three choices, and the question's two");
  assert.ok(places.every((place) => place.childNodes.length === 0 && place.hidden));
  doc.querySelector('#q-stages-q-clouds input[value="a"]').checked = true;
  doc.querySelector("#quiz-stages .quiz-submit").click();
  const shown = places.filter((place) => !place.hidden).map((place) => place.textContent.trim());
  assert.deepEqual(shown, ["Evaporation turns water into vapour; the clouds come next.",
    answerKey(data, "stages", data.sections[0].quiz.questions[0]).feedback.incorrect.replace(/<[^>]+>/g, "").trim()]);
});

test("a learner whose state the previous release saved resumes: every answer back, matching and sequencing in today's ids", () => {
  const legacy = "2|10|0|1.1.b.abd.t.evaporation.4.1234.abcd~0.0..";
  const api = fakeLms({ "cmi.core.student_id": "s1", "cmi.core.entry": "resume", "cmi.core.lesson_status": "incomplete", "cmi.suspend_data": legacy });
  const { doc } = openPage(html, { api });
  const states = [...doc.querySelectorAll("#quiz-stages .question")].map((q) => q.dataset.state);
  assert.deepEqual(states, Array(7).fill("correct"), "the answers the learner gave, judged right again");
  assert.deepEqual([...doc.querySelectorAll("#q-stages-q-match select")].map((select) => select.value), ["2", "4", "3", "1"]);
  assert.equal([...doc.querySelectorAll("#q-stages-q-order li")].map((li) => li.dataset.item).join(""), "dbca");
  assert.equal(doc.querySelector("#q-stages-q-name input").value, "evaporation");
  doc.defaultView.dispatchEvent(new doc.defaultView.Event("pagehide"));
  assert.match(api.held["cmi.suspend_data"], /^4[A-Za-z0-9_-]+$/, "written again in the keyed format");
});

test("a number box takes only what numbers are written with (so the saved state keeps it in 6 bits a character)", () => {
  const { doc } = openPage(html, { api: fakeLms({ "cmi.core.student_id": "s1" }) });
  const input = doc.querySelector("#q-stages-q-count input");
  input.value = "about ٤٫5 apples";
  input.dispatchEvent(new doc.defaultView.Event("input", { bubbles: true }));
  assert.equal(input.value, " ٤٫5 ");
});

test("without course data every section is shown", () => {
  const { doc } = openPage(html.replace(/id="course-data">[\s\S]*?<\/script>/, 'id="course-data"></script>'));
  assert.ok([...doc.querySelectorAll("section.section")].every((s) => !s.hidden));
});
