/* The player's events (docs/runtime-contract.md, "xAPI events"), each turned into its statements. */
import { events, ids, xapiExtensions as ext, xapiVerbs as verbs } from "../contract.js";
import { entry } from "../scorm/cmi.js";
import { isUuid, uuid } from "../uuid.js";
import { duration, score } from "./statements.js";
import { keepRegistration, keptRegistration } from "./queue.js";

const ANONYMOUS = "anonymous";

function extensions(pairs) {
  const e = {};
  pairs.forEach((pair) => { e[pair[0]] = pair[1]; });
  return e;
}

// The question's activity with its correct responses, which the page keeps sealed with its answer key (the player
// passes them on once the question is checked).
export function withCorrectResponses(activity, patterns) {
  if (!activity || !Array.isArray(patterns)) return activity;
  return { ...activity, definition: { ...activity.definition, correctResponsesPattern: patterns } };
}

/**
 * @param {{win: Window, data: object, launch: object, store: object, statements: object, delivery: object}} xapi
 * @returns {Record<string, (detail: object) => void>} by event name
 */
export function handlers(xapi) {
  const x = xapi.data.xapi, course = xapi.launch.courseActivity, say = xapi.statements.say;
  const context = xapi.statements.context, objectives = xapi.statements.objectives;
  const took = (d) => duration(d.durationMs || 0);
  return {
    [events.launch](d) {
      const launchActor = xapi.launch.actor, studentId = d.studentId || "";
      const actor = launchActor || { objectType: "Agent", account: { homePage: x.homePage, name: d.studentId || ANONYMOUS } };
      if (!launchActor && x.sendName && d.studentName) actor.name = d.studentName;
      xapi.statements.actor = actor;
      // The registration means "this SCORM attempt": from the launch, else the one the player kept in suspend_data
      // (so it survives a relaunch on another device), else this browser's copy, else a new one. The player keeps
      // what is left in detail.registration.
      const resumed = d.entry === entry.resume
        ? (isUuid(d.registration) ? d.registration : keptRegistration(xapi.store, xapi.data.id, studentId, isUuid)) : null;
      const registration = xapi.launch.registration || (isUuid(resumed) ? resumed : null) || uuid(xapi.win);
      xapi.statements.registration = registration;
      keepRegistration(xapi.store, xapi.data.id, studentId, registration);
      d.registration = registration;
      say(d.entry === entry.resume ? verbs.resumed : verbs.initialized, course, null, context());
    },
    [events.sectionExperienced](d) {
      say(verbs.experienced, x.sections[d.section], { duration: took(d) }, context(null, { parent: [course] }));
    },
    [events.progressed](d) {
      say(verbs.progressed, course, { extensions: extensions([[ext.progress, Math.round(d.progress)]]) }, context());
    },
    [events.quizAttempted](d) {
      say(verbs.attempted, x.quizzes[d.section], null,
        context(null, { parent: [x.sections[d.section]], grouping: [course] }, extensions([[ext.attemptId, d.attempt]])));
    },
    [events.questionAnswered](d) {
      const question = withCorrectResponses(x.questions[d.section + ids.interactionSeparator + d.question], d.correctResponsesPattern);
      if (!question) return;
      say(verbs.answered, question,
        { score: score(d.correct ? d.weight : 0, d.weight), success: !!d.correct, response: d.response, duration: took(d) },
        context(null, { parent: [x.quizzes[d.section]], grouping: [x.sections[d.section], course], other: objectives(d.outcomes) },
          extensions([[ext.attemptId, d.attempt]])));
    },
    [events.quizScored](d) {
      say(d.passed ? verbs.passed : verbs.failed, x.quizzes[d.section],
        { score: score(d.raw, d.max), success: !!d.passed, completion: true, duration: took(d) },
        context(null, { parent: [x.sections[d.section]], grouping: [course], other: objectives(d.outcomes) },
          extensions([[ext.attemptId, d.attempt], [ext.masteryScore, d.mastery]])));
    },
    [events.courseScored](d) {
      say(d.passed ? verbs.passed : verbs.failed, course,
        { score: score(d.raw, 100), success: !!d.passed, completion: true, duration: took(d) },
        context(null, null, extensions([[ext.masteryScore, d.mastery]])));
    },
    [events.courseCompleted](d) {
      say(verbs.completed, course, { completion: true, duration: took(d) }, context());
    },
    [events.exit](d) {
      if (d.suspended) say(verbs.suspended, course, { completion: false, duration: took(d) }, context());
      say(verbs.terminated, course, { duration: took(d) }, context());
      xapi.delivery.flush(true);
    }
  };
}
