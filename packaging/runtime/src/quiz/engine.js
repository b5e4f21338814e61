/*
 * The quiz engine: the learner's attempt (first input), and what a check reports (the interactions, the events).
 * Question types do the type-specific work (src/questions/registry.js); the buttons that check a quiz or open it
 * again, and what then goes to the LMS, are the page runtime's (player/quiz-actions.js).
 */
import { events } from "../contract.js";
import { emit } from "../ui/dom.js";
import { quizPassing } from "./scores.js";

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

/** The checked quiz's questions as SCORM 1.2 interactions (scorm/cmi.js writes them). */
export function interactions(quiz) {
  return quiz.questions.map((q) => ({
    section: quiz.section.id, id: q.id, scormType: q.scormType, outcomes: q.outcomes, weight: q.weight,
    response: q.type.scormResponse(q, q.type.read(q)), pattern: q.pattern, right: q.right
  }));
}

/** The checked quiz's events: each question answered, then the quiz scored. */
export function announceResults(player, quiz) {
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
