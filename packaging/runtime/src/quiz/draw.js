/*
 * Question pools (docs/question-pools.md): a quiz with `draw` shows that many of its questions per attempt, drawn
 * anew for each attempt and balanced over the learning outcomes. The draw is never stored: it is made again from the
 * learner's id, the section and the attempt's number, so a relaunch shows the same questions in the same order, and
 * a retry (the next attempt's number) draws again. The undrawn questions are hidden and count for nothing: no
 * interaction, no score, no outcome's mastery.
 */
import { classes } from "../contract.js";
import { cls, one } from "../ui/dom.js";
import { hash, mulberry32, shuffled, shuffleWith } from "../shuffle.js";

/** The questions of the quiz the current attempt shows (every one without a draw). */
export function shownQuestions(quiz) {
  return quiz.questions.filter((q) => q.drawn !== false);
}

/**
 * The draw, pure: which of `pool` one attempt shows, in pool order.
 * With `draw.shares` ([[outcome, count], ...], the per-outcome form) each outcome in turn gets its count of
 * questions that assess it. Otherwise, first every outcome written on the pool's questions gets one (in a random
 * order, so that a draw smaller than the outcomes leaves out different ones), then each remaining place goes to the
 * outcome furthest below its share of the draw, shares being proportional to the outcomes' question weights. Within
 * an outcome the question is picked at random; two questions of one group are never drawn together.
 * @param {{outcomes: string[], group?: string, weight: number}[]} pool
 * @param {{count: number, shares?: [string, number][]}} draw
 * @param {(q: object, outcome: string) => boolean} assesses  q assesses the outcome or one below it
 * @param {() => number} random  numbers in [0, 1)
 */
export function drawQuestions(pool, draw, assesses, random) {
  const chosen = [], groups = {}, outcomes = [], weight = {};
  const open = (q) => !chosen.includes(q) && !(q.group && groups[q.group]);
  const on = (o) => pool.filter((q) => open(q) && assesses(q, o));
  const count = (o) => chosen.filter((q) => assesses(q, o)).length;
  const take = (list) => {
    const q = list[Math.floor(random() * list.length)];
    chosen.push(q);
    if (q.group) groups[q.group] = true;
  };
  if (draw.shares && draw.shares.length) {
    draw.shares.forEach(([o, n]) => { for (let i = 0; i < n; i++) { const c = on(o); if (c.length) take(c); } });
  } else {
    pool.forEach((q) => q.outcomes.forEach((o) => { if (!outcomes.includes(o)) outcomes.push(o); }));
    let total = 0;
    outcomes.forEach((o) => { weight[o] = 0; pool.forEach((q) => { if (assesses(q, o)) weight[o] += q.weight; }); total += weight[o]; });
    shuffleWith(outcomes, random).forEach((o) => {
      const c = on(o);
      if (chosen.length < draw.count && !count(o) && c.length) take(c);
    });
    while (chosen.length < draw.count) {
      let best = pool.filter(open), gap = -Infinity;
      outcomes.forEach((o) => {
        const c = on(o), below = draw.count * weight[o] / total - count(o);
        if (c.length && below > gap) { gap = below; best = c; }
      });
      if (!best.length) break;
      take(best);
    }
  }
  return pool.filter((q) => chosen.includes(q));
}

/** The number of the attempt the quiz shows: the last one once checked, else the one being answered. */
export function attemptNumber(quiz) {
  return quiz.attempts + (quiz.checked ? 0 : 1);
}

/** The questions one learner's attempt shows, in the order shown (also shuffled when the quiz shuffles questions). */
export function drawFor(quiz, learner, parents, attempt) {
  const key = quiz.section.id + "|" + attempt;
  const assesses = (q, o) => q.outcomes.some((id) => {
    for (let depth = 0; id && depth < 50; depth++, id = parents[id]) if (id === o) return true;
    return false;
  });
  const drawn = drawQuestions(quiz.questions, quiz.draw, assesses, mulberry32(hash(learner + "|draw|" + key)));
  return quiz.shuffleQuestions ? shuffled(drawn, learner, key) : drawn;
}

/** Puts the questions of `list` in its order, numbered from 1 (a shuffle, a draw). */
export function place(quiz, list) {
  const anchor = one(cls(classes.quizResult) + "," + cls(classes.quizActions), quiz.form); // the first after the questions
  list.forEach((q, i) => {
    quiz.form.insertBefore(q.element, anchor);
    const number = one(cls(classes.questionNumber), q.element);
    if (number) number.textContent = (i + 1) + ".";
  });
}

/** Shows the current attempt's draw: the drawn questions in their order and numbered, the others hidden. */
export function showDraw(quiz, learner, parents) {
  if (!quiz.draw) return;
  const drawn = drawFor(quiz, learner, parents, attemptNumber(quiz));
  quiz.questions.forEach((q) => {
    q.drawn = drawn.includes(q);
    q.element.hidden = !q.drawn;
  });
  place(quiz, drawn);
}
