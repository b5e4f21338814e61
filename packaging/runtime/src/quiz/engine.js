/*
 * The quiz engine: the learner's attempt (first input), and what a check reports (the interactions, the events).
 * Question types do the type-specific work (src/questions/registry.js); the buttons that check a quiz or open it
 * again, and what then goes to the LMS, are the page runtime's (player/quiz-actions.js).
 */
import { classes, events } from "../contract.js";
import { cls, emit, one } from "../ui/dom.js";
import { quizPassing } from "./scores.js";
import { shownQuestions } from "./draw.js";

/** Whether the learner has given an answer in the quiz (a sequence's shuffled order alone is none). */
export function hasAnswers(quiz) {
  return quiz.questions.some((q) => !q.type.prefilled && q.type.isAnswered(q, q.type.read(q)));
}

/** The first answer of an attempt (a practice check's tries are no attempts: nothing is sent). */
export function attempting(player, quiz) {
  if (quiz.checked || quiz.answering || quiz.practice) return;
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
export function interactions(quiz) {
  return shownQuestions(quiz).map((q) => {
    const answer = q.type.read(q), response2004 = q.type.xapiResponse(q, answer);
    return {
      section: quiz.section.id, id: q.id, scormType: q.scormType, outcomes: q.outcomes, weight: q.weight,
      response: q.type.scormResponse(q, answer), scorm2004Response: response2004 === "" ? null : response2004,
      pattern: q.pattern, right: q.right, description: promptText(q)
    };
  });
}

/** The checked quiz's events: each question answered, then the quiz scored. */
export function announceResults(player, quiz) {
  const section = quiz.section.id, took = Date.now() - quiz.started, assessed = [];
  let earned = 0, total = 0;
  shownQuestions(quiz).forEach((q) => {
    total += q.weight;
    if (q.right) earned += q.weight;
    q.outcomes.forEach((o) => { if (!assessed.includes(o)) assessed.push(o); });
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
