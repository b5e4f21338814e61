/*
 * The learner's actions on a quiz, "Check answers" and "Try again", and what goes to the LMS after each: the quiz
 * engine's steps (quiz/) followed by the session's (session.js), in the order the LMS and listeners see them.
 */
import { attributes, classes, savedState } from "../contract.js";
import { cls, one } from "../ui/dom.js";
import { announceResults, attempting, hasAnswers, interactions } from "../quiz/engine.js";
import { grade, unlock } from "../quiz/grading.js";
import { exhausted } from "../quiz/scores.js";
import { showDraw } from "../quiz/draw.js";
import { commit, milestones, record, VIEW } from "./session.js";

const INSTRUCTIONS_SUFFIX = "-instructions";

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
  // A practice check's answers go nowhere but the saved state: no interaction, score or statement.
  if (player.lms.connected && !quiz.practice) player.lms.writeInteractions(interactions(quiz), quiz.started);
  record(player);
  commit(player);
  if (!quiz.practice) { announceResults(player, quiz); milestones(player); }
  const retry = one(cls(classes.quizRetry), quiz.form);
  if (retry && !retry.hidden) retry.focus();
  else if (result) { result.setAttribute("tabindex", "-1"); result.focus(); }
}

/** "Try again": the wrong answers cleared (a sequence back to its shuffled order), the right ones kept, the quiz unchecked. */
export function tryAgain(player, quiz) {
  if (player.view === VIEW.closed || exhausted(quiz)) return;
  quiz.answering = false;
  quiz.questions.forEach((q) => { if (!q.right || quiz.draw) q.type.write(q, q.type.initialAnswer(q)); }); // a new draw: all cleared
  unlock(quiz);
  showDraw(quiz, player.learner, player.course.parents); // a pool: the next attempt's draw
  quiz.started = Date.now();
  const result = one(cls(classes.quizResult), quiz.form);
  if (result) { result.textContent = ""; result.removeAttribute(attributes.state); }
  record(player);
  commit(player);
  const first = one(["input", "select", "button"].map((tag) => cls(classes.question) + " " + tag).join(","), quiz.form);
  if (first) first.focus();
}

/**
 * The instruction under each prompt ("Select one."), written when the quiz's section is first shown rather than at
 * launch: a course of 300 quizzes would otherwise insert 3,000 of them into hidden sections before its first paint.
 */
export function describeQuestions(player, quiz) {
  if (quiz.described) return;
  quiz.described = true;
  quiz.questions.forEach((q) => {
    const key = q.type.instructions;
    if (!key) return;
    const hint = player.ui.make("p", classes.questionInstructions, key);
    hint.id = q.element.id + INSTRUCTIONS_SUFFIX;
    const legend = one("legend", q.element);
    q.element.insertBefore(hint, legend && legend.nextSibling); // after the prompt, else last
    q.element.setAttribute("aria-describedby", hint.id);
  });
}

/** The form's listeners. */
export function bindQuiz(player, quiz) {
  const form = quiz.form;
  if (quiz.practice) describeQuestions(player, quiz); // a few, at launch: no section's first showing to wait for
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
    if (quiz.checked && target && target.matches("input[aria-disabled=true]")) event.preventDefault(); // a reviewed answer
    if (target && target.closest(cls(classes.quizRetry))) tryAgain(player, quiz);
  });
}
