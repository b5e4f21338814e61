/*
 * cmi5 statements: every one takes LMS.LaunchData's contextTemplate as its context (its session id, its
 * publisher grouping), with the launch's registration; the cmi5-defined ones (initialized, completed, passed,
 * failed, terminated) carry the cmi5 category, and completed, passed and failed the moveOn one. Nothing is said
 * after terminated.
 */
import { cmi5, xapi, xapiExtensions, xapiVerbs } from "../contract.js";
import { uuid } from "../uuid.js";

const KINDS = ["parent", "grouping", "category", "other"];

function copy(value) {
  return value === undefined ? undefined : JSON.parse(JSON.stringify(value));
}

/** The template's context activities with `more` added, kind by kind (arrays, as xAPI 1.0.3 reads them best). */
function mergeActivities(template, more) {
  const merged = {};
  KINDS.forEach((kind) => {
    const given = template && template[kind], list = Array.isArray(given) ? given.slice() : given ? [given] : [];
    ((more && more[kind]) || []).forEach((a) => { if (!list.some((b) => b.id === a.id)) list.push(a); });
    if (list.length) merged[kind] = list;
  });
  return merged;
}

/**
 * @param {{win: Window, x: object, launch: object, launchData: object, push: (statement: object) => void}} options
 */
export function createCmi5Statements(options) {
  const win = options.win, x = options.x, launch = options.launch, template = options.launchData.contextTemplate || {};
  const templateExtensions = template.extensions || {};
  const session = templateExtensions[xapiExtensions.sessionId] || uuid(win);
  const au = { objectType: "Activity", id: launch.activityId };
  let terminated = false;

  const self = {
    au,
    session,
    get terminated() { return terminated; },
    /** The context: the template, the registration, our language and platform, then the activities and extensions given. */
    context(activities, extensions) {
      const c = copy(template);
      c.registration = launch.registration;
      c.language = c.language || x.language;
      c.platform = c.platform || x.platform;
      c.extensions = Object.assign({}, templateExtensions, { [xapiExtensions.sessionId]: session }, extensions || {});
      const merged = mergeActivities(template.contextActivities, activities);
      if (Object.keys(merged).length) c.contextActivities = merged; else delete c.contextActivities;
      return c;
    },
    /** A cmi5-defined statement's context: the cmi5 category, and the moveOn one when it counts towards moveOn. */
    definedContext(moveOn, extensions) {
      const category = [{ objectType: "Activity", id: cmi5.categoryCmi5 }];
      if (moveOn) category.push({ objectType: "Activity", id: cmi5.categoryMoveOn });
      return self.context({ category }, extensions);
    },
    /** Queues a statement; after terminated, nothing. */
    say(verb, object, result, context) {
      if (terminated) return;
      const s = {
        id: uuid(win), actor: launch.actor, verb: { id: xapiVerbs.base + verb, display: { [xapi.displayLanguage]: verb } },
        object, context, timestamp: new Date().toISOString()
      };
      if (result) s.result = result;
      if (verb === xapiVerbs.terminated) terminated = true;
      options.push(s);
    },
    objectives(ids) {
      return (ids || []).map((id) => x.objectives[id]).filter(Boolean);
    }
  };
  return self;
}
