/*
 * A quiz checked (graded: states, feedback, the result line, the answer key once no attempt is left) or opened
 * again for a new attempt.
 */
import { attributes, classes, feedbackKinds, states } from "../contract.js";
import { all, cls, has, one } from "../ui/dom.js";
import { shown } from "../ui/strings.js";
import { judgement } from "../questions/answers.js";
import { courseScore, exhausted, isFinal, mastery, quizPassing, score } from "./scores.js";
import { shownQuestions } from "./draw.js";

// The status line under a checked question, by judgement.
const STATUS_TEXT = {
  [judgement.correct]: "correct", [judgement.unanswered]: "unanswered",
  [judgement.partial]: "partiallyCorrect", [judgement.incorrect]: "incorrect"
};

function buttons(quiz) {
  return { submit: one(cls(classes.quizSubmit), quiz.form), retry: one(cls(classes.quizRetry), quiz.form) };
}

// Writes out the right answer of a question the learner can no longer retry.
function revealAnswer(ui, q) {
  const status = one(cls(classes.questionStatus), q.element), box = q.type.reveal(q, ui);
  if (box) q.element.insertBefore(box, status);
}

/*
 * The feedback came sealed with the answer key (the page only has empty places for it, so that which choice has
 * feedback tells nothing): the compiler's own, allow-listed HTML, parsed in an inert document (no script runs, no
 * resource loads) and moved into its place the first time the question is checked.
 */
function fillFeedback(q) {
  if (q.feedbackFilled) return;
  q.feedbackFilled = true;
  const feedback = q.key.feedback, doc = q.element.ownerDocument;
  all(has(attributes.feedbackFor) + ", " + cls(classes.questionFeedback), q.element).forEach((place) => {
    const html = feedback[place.getAttribute(attributes.feedbackFor) || place.getAttribute(attributes.feedback)];
    if (!html || place.hasChildNodes()) return;
    const parsed = new doc.defaultView.DOMParser().parseFromString(html, "text/html").body;
    while (parsed.firstChild) place.appendChild(doc.adoptNode(parsed.firstChild));
  });
}

function resultMessage(player, quiz, right, over, announceIt) {
  const ui = player.ui, quizScore = score(quiz.questions), passing = quizPassing(player, quiz), pass = quizScore >= passing;
  const message = [
    ui.format("quizResult", { correct: right, total: shownQuestions(quiz).length }),
    ui.format("yourScore", { score: shown(quizScore) }),
    pass ? ui.text("quizPassed") : ui.format("quizFailed", { passing: shown(passing) })
  ];
  // A practice check (::: check) tells how many are right, and nothing of scores, pass marks or attempts.
  if (quiz.practice) return { text: message[0], pass: quizScore > 99 };
  if (quiz.limit !== null) message.push(over ? ui.text("noAttemptsLeft") : ui.format("attemptsLeft", { n: quiz.limit - quiz.attempts }));
  if (announceIt && isFinal(player)) {
    const course = courseScore(player);
    message.push(course === null ? ui.text("courseComplete")
      : ui.format(course >= mastery(player) ? "passed" : "failed", { mastery: shown(mastery(player)) }));
  }
  return { text: message.join("\n"), pass };
}

/** Grades the quiz's current answers and locks them; `announceIt`: a check by the learner (not a restore). */
export function grade(player, quiz, announceIt) {
  let right = 0;
  shownQuestions(quiz).forEach((q) => {
    const answer = q.type.read(q), state = q.type.judge(q, answer);
    q.right = state === judgement.correct;
    if (q.right) right++;
    q.element.setAttribute(attributes.state, state);
    const status = one(cls(classes.questionStatus), q.element);
    if (status) player.ui.fill(status, STATUS_TEXT[state]);
    fillFeedback(q);
    all(has(attributes.feedbackFor), q.element).forEach((f) => {
      f.hidden = !f.hasChildNodes() || !q.type.showsFeedbackFor(q, answer, f.getAttribute(attributes.feedbackFor));
      const input = one("input", f.parentNode); // the choice's feedback describes its input
      if (input && !f.hidden) input.setAttribute("aria-describedby", f.id = input.id + "-feedback");
    });
    all(cls(classes.questionFeedback), q.element).forEach((f) => {
      f.hidden = !f.hasChildNodes() || f.getAttribute(attributes.feedback) !== (q.right ? feedbackKinds.correct : feedbackKinds.incorrect);
    });
    q.type.lock(q, true);
  });
  quiz.checked = true;
  quiz.form.setAttribute(attributes.state, states.checked);
  const over = exhausted(quiz);
  if (over && quiz.reveal) shownQuestions(quiz).forEach((q) => { if (!q.right) revealAnswer(player.ui, q); });
  const { submit, retry } = buttons(quiz);
  if (submit) submit.hidden = true;
  if (retry) retry.hidden = over;
  const result = one(cls(classes.quizResult), quiz.form);
  if (result) {
    const message = resultMessage(player, quiz, right, over, announceIt);
    result.textContent = message.text; // one line each (white-space: pre-line)
    result.setAttribute(attributes.state, message.pass ? states.correct : states.incorrect);
  }
}

/** Clears the states, feedback and answer keys and unlocks the controls (the answers stay as they are). */
export function unlock(quiz) {
  quiz.checked = false;
  quiz.form.removeAttribute(attributes.state);
  all(cls(classes.answerKey), quiz.form).forEach((el) => { el.parentNode.removeChild(el); });
  quiz.questions.forEach((q) => {
    q.right = false;
    q.element.removeAttribute(attributes.state);
    const status = one(cls(classes.questionStatus), q.element);
    if (status) status.textContent = "";
    all(has(attributes.feedbackFor) + ", " + cls(classes.questionFeedback), q.element).forEach((f) => { f.hidden = true; });
    all("[aria-describedby]", q.element).forEach((input) => { if (input !== q.element) input.removeAttribute("aria-describedby"); });
    all(has(attributes.correct), q.element).forEach((li) => { li.removeAttribute(attributes.correct); });
    q.type.lock(q, false);
  });
  const { submit, retry } = buttons(quiz);
  if (submit) submit.hidden = false;
  if (retry) retry.hidden = true;
}
