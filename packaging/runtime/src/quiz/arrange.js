/* The learner's seeded order of a quiz's questions and of each question's choices or items, set at launch. */
import { classes, ids } from "../contract.js";
import { cls, one } from "../ui/dom.js";
import { shuffled } from "../shuffle.js";
import { showDraw } from "./draw.js";

/**
 * The key is the section id for the question order, and SECTION.QUESTION for a question's choices or items.
 * Questions are renumbered after a shuffle; a pool shows its first draw instead (quiz/draw.js).
 */
export function arrange(quiz, learner, parents) {
  const id = quiz.section.id;
  if (quiz.draw) showDraw(quiz, learner, parents); // a pool: its draw orders the questions
  else if (quiz.shuffleQuestions) {
    const anchor = one(cls(classes.quizResult) + "," + cls(classes.quizActions), quiz.form); // the first after the questions
    shuffled(quiz.questions, learner, id).forEach((q, i) => {
      quiz.form.insertBefore(q.element, anchor);
      const number = one(cls(classes.questionNumber), q.element);
      if (number) number.textContent = (i + 1) + ".";
    });
  }
  quiz.questions.forEach((q) => {
    q.type.arrange(q, (list) => shuffled(list, learner, id + ids.interactionSeparator + q.id), quiz);
  });
}
