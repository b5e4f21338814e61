/*
 * The question types: one module each in src/questions/types/, named by its course-data "type". The
 * build (build.mjs) lists that folder into the virtual module "virtual:question-types", so that adding a type is
 * adding one file there; Node (tools/, test/) lists it with tools/question-types.mjs. Nothing outside the type
 * modules looks at a type's name.
 */

/**
 * The verbs every type module exports (test/registry.test.js checks that each has all of them).
 *
 * `q` is the question as the quiz engine keeps it: `id`, `type` (the module), `quiz`, `data` (its course data),
 * `element` (its fieldset.question), `correct` (its correct answers, as strings) and `pattern`, both opened from its
 * sealed answer key when first read, `weight`, `outcomes`, `right`, plus what the type's bind() keeps on
 * it (its controls and the facts its other verbs read).
 * `answer` is always the saved form: the string read() returns and suspend_data keeps (unescaped).
 *
 * @typedef {object} QuestionType
 * @property {string} name  the type's name (the course data's "type")
 * @property {string|null} instructions  the UI string key of the instruction under the prompt, or null for none
 * @property {boolean} prefilled  the controls start with an answer (sequencing: the shuffled order); such an answer
 *           alone neither starts an attempt nor lets a quiz be checked
 * @property {(q: object, hooks: BindHooks) => void} bind  finds its controls in q.element and keeps them on q,
 *           with the facts (choice values, option values, item ids, maximum length) the pure verbs read
 * @property {(q: object) => string} read  the learner's current answer, in saved form
 * @property {(q: object, answer: string) => void} write  shows a saved answer in the controls
 * @property {(q: object) => string} initialAnswer  what "Try again" resets the controls to ("" but for prefilled types)
 * @property {(q: object, answer: string) => boolean} isValid  whether a saved answer can be this question's (a
 *           state that fails this is not restored)
 * @property {(q: object, answer: string) => boolean} isAnswered  whether the answer is one (not blank)
 * @property {(q: object, answer: string) => Judgement} judge  correct, partial (partly right: still scores 0),
 *           incorrect, or unanswered
 * @property {(q: object, answer: string) => (string|null)} scormResponse  cmi.interactions.n.student_response in
 *           the SCORM 1.2 form of the type, or null when there is nothing to write
 * @property {(q: object, answer: string) => string} xapiResponse  the xAPI result.response ("" when unanswered)
 * @property {(q: object, answer: string, choice: string) => boolean} showsFeedbackFor  whether the feedback of choice
 *           `choice` (data-feedback-for) is shown for this answer once checked
 * @property {(q: object, locked: boolean) => void} lock  disables the controls after a check (false: enables them)
 * @property {(q: object, ui: object) => (Element|null)} reveal  shows the answer key once no attempt is left; returns
 *           an element for the engine to put before the question's status line, or null when it marked the
 *           controls themselves
 * @property {(q: object, shuffle: (list: any[]) => any[], settings: {shuffleChoices: boolean}) => void} arrange
 *           puts the choices or items in the learner's seeded order, at launch
 * @property {(correct: string[]) => string} defaultPattern  correct_responses.0.pattern when the course data has none
 * @property {(data: object) => string} worstCaseAnswer  the saved answer that takes the most room in the saved
 *           state for the question described by `data` (its course data): the budget check encodes it
 * @property {(data: object) => number} stateBits  the bits its answer takes in the compact saved state (at most,
 *           for typed text): the compiler's SavedStateBits for the same question
 * @property {(data: object, answer: string, out: object) => void} pack  writes the answer into the saved state
 *           (state/bits.js writer)
 * @property {(data: object, input: object) => (string|null)} unpack  reads it back; null when the bits cannot be an
 *           answer to this question
 * @property {(data: object, answer: string) => object} toKeyed  the answer by identity for the keyed saved state
 *           (questions/keyed.js): {ids}, {pairs} or {text}
 * @property {(data: object, saved: object, find: Function) => (string|null)} fromKeyed  a keyed answer back in this
 *           question's saved form; null when it cannot be carried over exactly (then the question alone starts afresh)
 * @property {(q: object, answer: string) => string} [fromLegacy]  optional: a version-2 state's answer in today's
 *           ids (matching and sequencing, whose ids were in source order then)
 */

/**
 * @typedef {"correct"|"partial"|"incorrect"|"unanswered"} Judgement
 * @typedef {{attempting: () => void, announce: (message: string) => void, ui: object}} BindHooks
 */

/** The verbs a type may leave out, for the checks. */
export const OPTIONAL_VERBS = ["fromLegacy"];

/** The verbs of QuestionType, for the checks. */
export const VERBS = [
  "name", "instructions", "prefilled", "bind", "read", "write", "initialAnswer", "isValid", "isAnswered", "judge",
  "scormResponse", "xapiResponse", "showsFeedbackFor", "lock", "reveal", "arrange", "defaultPattern", "worstCaseAnswer",
  "stateBits", "pack", "unpack", "toKeyed", "fromKeyed"
];

/**
 * A type the compiler wrote and this runtime does not have is an error, never a silent stand-in: the two sides
 * drifted apart (the course data is written by the same build as this runtime), and the tests catch it here.
 * @param {QuestionType[]} modules
 * @returns {{get: (name: string) => QuestionType, names: string[]}}
 */
export function createRegistry(modules) {
  const byName = {};
  modules.forEach((type) => { byName[type.name] = type; });
  return {
    get: (name) => {
      if (Object.prototype.hasOwnProperty.call(byName, name)) return byName[name];
      throw new Error("unknown question type " + JSON.stringify(name)); // `names` lists those there are
    },
    names: Object.keys(byName)
  };
}
