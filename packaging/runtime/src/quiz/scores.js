/*
 * Scores and results, pure: read from the quizzes and the player's facts (passing score, the LMS's mastery score,
 * sections seen), never written. The quiz engine and the session (player/session.js) both judge with these.
 */

/** 100 × earned / total weight over the questions of checked quizzes in `list` (drawn ones, in a pool); null when none is checked. */
export function score(list) {
  let earned = 0, total = 0;
  list.forEach((q) => {
    if (q.quiz.checked && q.drawn !== false) { total += q.weight; if (q.right) earned += q.weight; }
  });
  return total ? 100 * earned / total : null;
}

/** The LMS's mastery score when it gives one, else the course's passing score. */
export function mastery(player) {
  const lms = player.lmsMastery;
  return lms >= 0 && lms <= 100 ? lms : player.passingScore;
}

/** A quiz without a pass= of its own is passed at the course's mastery score. */
export function quizPassing(player, quiz) {
  return quiz.ownPassing !== null ? quiz.ownPassing : mastery(player);
}

export function courseScore(player) {
  return player.course.questions.length ? score(player.course.questions) : null;
}

/** Every section seen and every quiz's current answers checked. */
export function isFinal(player) {
  return player.visited.every(Boolean) && player.course.quizzes.every((quiz) => quiz.checked);
}

/** No attempt left. */
export function exhausted(quiz) {
  return quiz.limit !== null && quiz.attempts >= quiz.limit;
}
