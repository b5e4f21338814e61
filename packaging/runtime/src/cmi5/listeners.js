/*
 * The player's events as cmi5 statements. Completed when the course is final (every section seen, every quiz
 * checked), before passed or failed, which compare the score with the mastery score (LMS.LaunchData's, else the
 * course's: the player's own comparison); each at most once a registration, and a failed may be followed by a
 * passed after a quiz is tried again. Browse and Review send none of them. Answered statements are cmi5 "allowed"
 * statements: no cmi5 category, the outcomes as context activities.
 */
import { events, ids, xapiExtensions as ext, xapiVerbs as verbs } from "../contract.js";
import { withCorrectResponses } from "../xapi/listeners.js";
import { duration, score } from "../xapi/statements.js";

/**
 * @param {{x: object, statements: object, target: object}} cmi5
 * @returns {Record<string, (detail: object) => void>} by event name
 */
export function cmi5Handlers(cmi5) {
  const x = cmi5.x, st = cmi5.statements, target = cmi5.target, progress = target.progress, au = st.au;
  const took = (d) => duration(d.durationMs || 0);

  function completed(d) {
    if (progress.completed || !target.judged) return;
    progress.completed = true;
    st.say(verbs.completed, au, { completion: true, duration: took(d) }, st.definedContext(true));
    target.keepProgress();
  }

  return {
    [events.courseCompleted]: completed,
    [events.courseScored](d) {
      if (!target.judged || progress.passed || (progress.failed && !d.passed)) return;
      completed(d);
      progress[d.passed ? "passed" : "failed"] = true;
      st.say(d.passed ? verbs.passed : verbs.failed, au,
        { score: score(d.raw, 100), success: !!d.passed, duration: took(d) },
        st.definedContext(true, { [ext.masteryScore]: d.mastery }));
      target.keepProgress();
    },
    [events.questionAnswered](d) {
      const question = withCorrectResponses(x.questions[d.section + ids.interactionSeparator + d.question], d.correctResponsesPattern);
      if (!question) return;
      st.say(verbs.answered, question,
        { score: score(d.correct ? d.weight : 0, d.weight), success: !!d.correct, response: d.response, duration: took(d) },
        st.context({ parent: [x.quizzes[d.section]], grouping: [x.sections[d.section], au], other: st.objectives(d.outcomes) },
          { [ext.attemptId]: d.attempt }));
    }
  };
}
