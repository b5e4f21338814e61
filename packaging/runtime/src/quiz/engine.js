/*
 * The quiz engine: the learner's attempt (first input), the check (grading, the interactions, the events) and
 * "Try again". Question types do the type-specific work (src/questions/registry.js).
 */
import { attributes, classes, events, savedState } from "../contract.js";
import { cls, emit, one } from "../ui/dom.js";
import { commit, exhausted, milestones, quizPassing, record, VIEW } from "../player/session.js";
import { grade, unlock } from "./grading.js";

const INSTRUCTIONS_SUFFIX = "-instructions";

/** Whether the learner has given an answer in the quiz (a sequence's shuffled order alone is none). */
export function hasAnswers(quiz) {
  return quiz.questions.some((q) => !q.type.prefilled && q.type.isAnswered(q, q.type.read(q)));
}

/** The first answer of an attempt. */
export function attempting(player, quiz) {
  if (quiz.checked || quiz.answering) return;
  quiz.answering = true;
  emit(player.doc, events.quizAttempted, { section: quiz.section.id, attempt: quiz.attempts + 1 });
}

// The question's prompt as plain text, without its number (SCORM 2004's interaction description).
function promptText(q) {
  const prompt = one(cls(classes.questionPrompt), q.element), number = prompt && one(cls(classes.questionNumber), prompt);
  if (!prompt) return "";
  const text = prompt.textContent.slice(number ? number.textContent.length : 0);
  return text.replace(/\s+/g, " ").trim();
}

// What the target's data model records of each question: the SCORM 1.2 response, and the SCORM 2004 one (the
// syntax xAPI took from SCORM 2004, so the xAPI response), with the pattern the seal holds for this build's target.
function interactions(quiz) {
  return quiz.questions.map((q) => {
    const answer = q.type.read(q), response2004 = q.type.xapiResponse(q, answer);
    return {
      section: quiz.section.id, id: q.id, scormType: q.scormType, outcomes: q.outcomes, weight: q.weight,
      response: q.type.scormResponse(q, answer), scorm2004Response: response2004 === "" ? null : response2004,
      pattern: q.pattern, right: q.right, description: promptText(q)
    };
  });
}

function announceResults(player, quiz) {
  const section = quiz.section.id, took = Date.now() - quiz.started, assessed = [];
  let earned = 0, total = 0;
  quiz.questions.forEach((q) => {
    total += q.weight;
    if (q.right) earned += q.weight;
    q.outcomes.forEach((o) => { if (assessed.indexOf(o) < 0) assessed.push(o); });
    emit(player.doc, events.questionAnswered, {
      section, question: q.id, attempt: quiz.attempts, correct: q.right, weight: q.weight,
      response: q.type.xapiResponse(q, q.type.read(q)), durationMs: took, outcomes: q.outcomes,
      correctResponsesPattern: q.key.xapi
    });
  });
  emit(player.doc, events.quizScored, {
    section, attempt: quiz.attempts, raw: earned, max: total, passed: 100 * earned / total >= quizPassing(player, quiz),
    mastery: quizPassing(player, quiz) / 100, durationMs: took, outcomes: assessed
  });
}

/** "Check answers": nothing answered shows answerFirst and spends no attempt. */
export function check(player, quiz) {
  if (quiz.checked || player.view === VIEW.closed) return;
  const result = one(cls(classes.quizResult), quiz.form);
  if (!hasAnswers(quiz)) {
    if (result) { result.textContent = player.ui.text("answerFirst"); result.removeAttribute(attributes.state); }
    return;
  }
  attempting(player, quiz);
  quiz.attempts = Math.min(quiz.attempts + 1, savedState.maxCountedAttempts);
  quiz.answering = false;
  grade(player, quiz, true);
  if (player.lms.connected) player.lms.writeInteractions(interactions(quiz), quiz.started);
  record(player);
  commit(player);
  announceResults(player, quiz);
  milestones(player);
  const retry = one(cls(classes.quizRetry), quiz.form);
  if (retry && !retry.hidden) retry.focus();
  else if (result) { result.setAttribute("tabindex", "-1"); result.focus(); }
}

/** "Try again": the answers cleared (a sequence back to its shuffled order), the quiz unchecked. */
export function tryAgain(player, quiz) {
  if (player.view === VIEW.closed || exhausted(quiz)) return;
  quiz.answering = false;
  quiz.questions.forEach((q) => { q.type.write(q, q.type.initialAnswer(q)); });
  unlock(quiz);
  quiz.started = Date.now();
  const result = one(cls(classes.quizResult), quiz.form);
  if (result) { result.textContent = ""; result.removeAttribute(attributes.state); }
  record(player);
  commit(player);
  const first = one(["input", "select", "button"].map((tag) => cls(classes.question) + " " + tag).join(","), quiz.form);
  if (first) first.focus();
}

/** The form's listeners, and the instruction under each prompt. */
export function bindQuiz(player, quiz) {
  const form = quiz.form;
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    check(player, quiz);
  });
  ["input", "change"].forEach((type) => { form.addEventListener(type, () => { attempting(player, quiz); }); });
  form.addEventListener("keydown", (event) => {
    // Enter in a text answer must not check the whole quiz (and spend an attempt).
    if (event.key === "Enter" && event.target && event.target.type === "text") event.preventDefault();
  });
  form.addEventListener("click", (event) => {
    const target = event.target && event.target.closest ? event.target : null;
    if (target && target.closest(cls(classes.quizRetry))) tryAgain(player, quiz);
  });
  quiz.questions.forEach((q) => {
    const key = q.type.instructions;
    if (!key) return;
    const hint = player.ui.make("p", classes.questionInstructions, key);
    hint.id = q.element.id + INSTRUCTIONS_SUFFIX;
    const legend = one("legend", q.element);
    if (legend && legend.nextSibling) q.element.insertBefore(hint, legend.nextSibling); else q.element.appendChild(hint);
    q.element.setAttribute("aria-describedby", hint.id);
  });
}
