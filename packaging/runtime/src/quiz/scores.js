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

/**
 * Whether a score reaches the pass mark as the LMS judges it: a SCORM 2004 target compares the scaled score it
 * writes (lms.reaches), every other one the score itself.
 */
export function reaches(player, value) {
  const pass = mastery(player), judge = player.lms.reaches;
  return value !== null && (judge ? judge(value, pass) : value >= pass);
}

/**
 * Each outcome's result over the questions that assess it (or a sub-outcome): its score (null before any is
 * checked), whether all of them are checked, whether it is mastered. The one computation of both what the LMS is
 * sent (cmi.objectives) and what the summary shows.
 */
export function outcomeResults(player) {
  const course = player.course;
  return course.outcomes.map((o) => {
    const questions = course.outcomeQuestions[o.id], value = score(questions);
    return { id: o.id, score: value, complete: questions.every((q) => q.quiz.checked), mastered: reaches(player, value) };
  });
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
