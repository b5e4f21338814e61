/*
 * What every type shares about answers: the judgements, the list forms of a response, the written-out answer key,
 * and the verbs several types have word for word (each written once: the bundle carries one copy).
 */
import { classes, states } from "../contract.js";

/** The judgements; each is also the fieldset's data-state once checked. */
export const judgement = {
  correct: states.correct, partial: states.partial, incorrect: states.incorrect, unanswered: states.unanswered
};

/** Answered unless blank (the choice and typed types). */
export function isAnswered(q, answer) {
  return answer.replace(/\s/g, "") !== "";
}

/** Controls that start empty: "" (every type but sequencing, whose items start in their shuffled order). */
export function initialAnswer() {
  return "";
}

/** No feedback per choice (the types without choices). */
export function showsFeedbackFor() {
  return false;
}

/** Nothing to arrange at launch (the choices or options keep the author's order). */
export function keepOrder() {
  /* nothing to arrange */
}

/** Right when the answer equals the correct ids in order (single, true-false, sequencing). */
export function judgeInOrder(q, answer, answered) {
  if (!answered) return judgement.unanswered;
  return answer === q.correct.join("") ? judgement.correct : judgement.incorrect;
}

/** "acd" -> "a,c,d": SCORM 1.2's choice and sequencing responses. */
export function letterList(answer) {
  return answer.split("").join(",");
}

/** A SCORM 1.2 list response in xAPI's form: "a,c" -> "a[,]c", "a.1,b.2" -> "a[.]1[,]b[.]2"; null -> "". */
export function xapiList(response) {
  return response === null ? "" : response.split(",").join("[,]").split(".").join("[.]");
}

/** The ids joined by "," (correct_responses.0.pattern of list types). */
export function joinedPattern(correct) {
  return correct.join(",");
}

/** A written-out correct answer ("Correct answer: …"). */
export function keyLine(ui, answer) {
  return ui.make("p", classes.answerKey, "correctAnswer", { answer: answer });
}
