/* The learner's seeded order of a quiz's questions and of each question's choices or items, set at launch. */
import { ids } from "../contract.js";
import { shuffled } from "../shuffle.js";
import { place, showDraw } from "./draw.js";

/**
 * The key is the section id for the question order, and SECTION.QUESTION for a question's choices or items.
 * Questions are renumbered after a shuffle; a pool shows its first draw instead (quiz/draw.js).
 */
export function arrange(quiz, learner, parents) {
  const id = quiz.section.id;
  if (quiz.draw) showDraw(quiz, learner, parents); // a pool: its draw orders the questions
  else if (quiz.shuffleQuestions) place(quiz, shuffled(quiz.questions, learner, id));
  quiz.questions.forEach((q) => {
    q.type.arrange(q, (list) => shuffled(list, learner, id + ids.interactionSeparator + q.id), quiz);
  });
}
