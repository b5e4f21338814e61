/*
 * The course model, bound to the page: sections, quizzes and questions from the course data, each with its
 * element, and for each outcome the questions that assess it or any of its sub-outcomes.
 */
import { attributes, classes, ids } from "../contract.js";
import { openSeal } from "../seal/seal.js";
import { all, cls, has, one, warn } from "../ui/dom.js";

const MAX_OUTCOME_DEPTH = 50;

// A sealed answer key, opened; one that cannot be opened judges every answer wrong rather than stop the player.
function openKey(seal, nonce, sealed, type) {
  const key = openSeal(seal, nonce, sealed) || {};
  if (!key.correct) warn("the answer key of " + nonce + " cannot be read");
  const correct = (key.correct || []).map(String);
  return {
    correct, pattern: typeof key.pattern === "string" ? key.pattern : type.defaultPattern(correct),
    xapi: key.xapi || null, feedback: key.feedback || {}
  };
}

function createQuestion(quiz, d, fieldset, registry, hooks, seal) {
  const type = registry.get(d.type);
  // The answer key is opened when first needed (judging, an interaction, a reveal), not at launch.
  let key = null;
  const opened = () => key || (key = openKey(seal, quiz.section.id + ids.interactionSeparator + d.id, d.sealed, type));
  const q = {
    quiz, id: d.id, type, data: d, scormType: d.scormType,
    weight: +d.weight > 0 ? +d.weight : 1, outcomes: d.outcomes || [], group: d.group, element: fieldset, right: false,
    get correct() { return opened().correct; }, get pattern() { return opened().pattern; }, get key() { return opened(); }
  };
  type.bind(q, hooks);
  return q;
}

function createQuiz(section, form, settings) {
  return {
    section, form, questions: [], attempts: 0, checked: false, started: Date.now(), shown: false, described: false,
    answering: false,
    ownPassing: +settings.passingScore > 0 ? +settings.passingScore : null,
    limit: +settings.attempts > 0 ? +settings.attempts : null,
    reveal: settings.revealAnswers !== false,
    shuffleQuestions: !!settings.shuffleQuestions, shuffleChoices: !!settings.shuffleChoices,
    draw: settings.draw || null // a pool: quiz/draw.js
  };
}

/** For each outcome id, the questions that assess it or one of its sub-outcomes (any depth), by `parentOf`. */
export function questionsByOutcome(outcomes, parentOf, questions) {
  const byOutcome = {};
  outcomes.forEach((o) => { byOutcome[o.id] = []; });
  questions.forEach((q) => {
    const seen = {};
    q.outcomes.forEach((start) => {
      let id = start;
      for (let depth = 0; id && depth < MAX_OUTCOME_DEPTH && !seen[id]; depth++) {
        seen[id] = true;
        if (byOutcome[id]) byOutcome[id].push(q);
        id = parentOf[id];
      }
    });
  });
  return byOutcome;
}

/**
 * The course's quizzes, each with its form, and its practice checks (::: check): quizzes too, driven by the same
 * engine, marked `practice` and kept out of `quizzes` and `questions` (the score, the outcomes, the interactions).
 * @param {Document} doc
 * @param {object} data the course data
 * @param {{get: Function}} registry the question types
 * @param {(quiz: object) => object} hooksFor what a quiz's question types may call back (QuestionType.bind)
 */
export function buildCourse(doc, data, registry, hooksFor) {
  const seal = data.seal;
  const outcomes = (data.outcomes || []).filter((o) => o && o.id);
  const sections = [], quizzes = [], questions = [], checks = [];
  data.sections.forEach((s) => {
    const element = doc.getElementById(ids.sectionPrefix + s.id);
    if (!element) { warn("section " + s.id + " is missing from the page"); return; }
    const section = {
      id: s.id, title: s.title || "", index: sections.length, element,
      heading: one(cls(classes.sectionTitle), element), quiz: null
    };
    // The quiz's form, then the checks' (their data after the quiz's, their forms in page order).
    const forms = [one(has(attributes.quiz), element)].concat(all(has(attributes.check), element));
    [s.quiz].concat(s.checks || []).forEach((settings, k) => {
      const form = forms[k];
      if (!settings || !settings.questions || !form) return;
      const quiz = createQuiz(section, form, settings), hooks = hooksFor(quiz);
      quiz.practice = k > 0;
      settings.questions.forEach((d) => {
        const fieldset = doc.getElementById(ids.questionPrefix + s.id + ids.separator + d.id);
        if (!fieldset) { warn("question " + s.id + ids.interactionSeparator + d.id + " is missing from the page"); return; }
        const q = createQuestion(quiz, d, fieldset, registry, hooks, seal);
        quiz.questions.push(q);
        if (!k) questions.push(q);
      });
      if (quiz.questions.length) {
        if (k) checks.push(quiz);
        else { section.quiz = quiz; quizzes.push(quiz); }
      }
    });
    sections.push(section);
  });
  const parents = {};
  outcomes.forEach((o) => { parents[o.id] = o.parent || null; });
  return { sections, quizzes, questions, checks, outcomes, parents, outcomeQuestions: questionsByOutcome(outcomes, parents, questions) };
}
