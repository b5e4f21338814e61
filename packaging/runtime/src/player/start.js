/*
 * The player's launch: the course data, the model bound to the page, the LMS, the restored state, then the first
 * section. Everything the page runtime keeps lives in the `player` object made here and passed to every module.
 */
import { cmi, events, ids, slots } from "../contract.js";
import { createCmi, entry, lessonStatus } from "../scorm/cmi.js";
import { createLms } from "../scorm/api.js";
import { decode } from "../state/codec.js";
import { keys, openStorage } from "../storage.js";
import { isUuid } from "../uuid.js";
import { emit, slot, unhideSections, warn } from "../ui/dom.js";
import { createUi } from "../ui/strings.js";
import { createAnnouncer } from "../ui/announcer.js";
import { arrange } from "../quiz/arrange.js";
import { attempting, hasAnswers } from "../quiz/engine.js";
import { grade, unlock } from "../quiz/grading.js";
import { isFinal } from "../quiz/scores.js";
import { buildCourse } from "./course.js";
import { preparePage } from "./page.js";
import { show } from "./navigation.js";
import { bindQuiz } from "./quiz-actions.js";
import { commit, milestones, record, VIEW } from "./session.js";
import { wire } from "./wiring.js";

const DONE = /^(passed|failed|completed)$/;

function readCourseData(doc) {
  try { return JSON.parse(doc.getElementById(ids.courseData).textContent); } catch { return null; }
}

// cmi.core.student_id, or without it a random id kept in this browser.
function learnerId(held, store) {
  let learner = held.learner || store.read(keys.learner());
  if (!learner) {
    learner = Math.random().toString(36).slice(2);
    store.write(keys.learner(), learner);
  }
  return learner;
}

// Puts a decoded saved state on the page.
function restore(player, saved) {
  saved.visited.forEach((seen, k) => { player.visited[k] = seen; });
  player.current = saved.current;
  player.course.quizzes.forEach((quiz, k) => {
    const state = saved.quizzes[k];
    quiz.attempts = state.attempts;
    quiz.questions.forEach((q, j) => { q.type.write(q, state.answers[j]); });
    if (state.checked) grade(player, quiz, false); else unlock(quiz);
  });
}

// Connects to the LMS and restores what it (or localStorage without one) holds; returns the launch's facts.
function resume(player) {
  const lms = player.lms, held = player.cmi.read(player.course.outcomes.length > 0);
  player.lmsMastery = held.mastery;
  player.learner = learnerId(held, player.store);
  player.course.quizzes.forEach((quiz) => { arrange(quiz, player.learner); });
  let saved = null;
  if (lms.connected) {
    if (held.entry !== entry.abInitio && held.suspend) saved = decode(held.suspend, player.course);
    if (saved) {
      restore(player, saved);
      // A resumed state: what it implies (score, objectives) was committed by the earlier session; only the status,
      // location and suspend_data just read count as known, and cmi.core.exit (write-only) is written again.
      lms.seed(() => { record(player); });
      lms.forget(cmi.exit);
      player.course.sections.forEach((s) => { if (s.id === held.location) player.current = s.index; });
    } else if (held.suspend && DONE.test(held.status)) {
      // Saved state this version cannot read (an older package, an edited course): the objectives the LMS holds
      // from it are left as they are rather than reset to incomplete.
      player.cmi.keepObjectives();
    }
    if (held.status === "" || held.status === lessonStatus.notAttempted ||
        (held.entry === entry.abInitio && !DONE.test(held.status))) {
      // Otherwise Moodle turns "not attempted" into "completed" at LMSFinish; committed on its own, at once.
      lms.set(cmi.lessonStatus, lessonStatus.incomplete);
      lms.commit();
    }
  } else {
    saved = decode(player.store.read(player.storageKey), player.course);
    if (saved) restore(player, saved);
  }
  return { held, saved };
}

/**
 * @param {Document} doc
 * @param {Window} win
 * @param {{get: Function}} registry the question types (src/questions/registry.js)
 */
export function startPlayer(doc, win, registry) {
  const data = readCourseData(doc);
  if (!data || !data.sections || !data.sections.length) {
    // Nothing to drive: show every section rather than an empty page.
    unhideSections(doc);
    warn("no course data");
    return;
  }
  const ui = createUi(doc, data.strings || {}), announce = createAnnouncer(ui);
  const player = {
    doc, win, ui, data, passingScore: +data.passingScore > 0 ? +data.passingScore : 100,
    course: null, visited: [], current: 0, view: VIEW.section, page: null,
    lms: createLms(win), cmi: null, lmsMastery: NaN, store: openStorage(win), storageKey: keys.state(data.id || "course"),
    learner: "", registration: "", startedAt: 0, shownAt: 0, wasFinal: false, completedSent: false
  };
  player.cmi = createCmi(player.lms);
  player.course = buildCourse(doc, data, registry, (quiz) => ({ attempting: () => attempting(player, quiz), announce, ui }));
  if (!player.course.sections.length) return;
  player.course.quizzes.forEach((quiz) => { bindQuiz(player, quiz); });
  player.visited = player.course.sections.map(() => false);
  player.page = preparePage(doc, ui);
  wire(player);

  player.startedAt = Date.now();
  player.lms.initialize();
  const launch = resume(player);
  const notice = slot(doc, slots.noLmsNotice);
  if (notice) notice.hidden = player.lms.connected;
  player.course.quizzes.forEach((quiz) => { quiz.answering = !quiz.checked && hasAnswers(quiz); });
  // runtime/xapi.js may set detail.registration (dispatch is synchronous); the player then keeps it in suspend_data.
  const detail = {
    entry: launch.saved ? entry.resume : entry.abInitio, studentId: launch.held.learner, studentName: launch.held.name,
    registration: launch.saved ? launch.saved.registration : ""
  };
  emit(doc, events.launch, detail);
  if (isUuid(detail.registration)) player.registration = detail.registration;
  player.wasFinal = isFinal(player);
  let target = "";
  try { target = decodeURIComponent(win.location.hash.slice(1)); } catch { target = ""; }
  player.course.sections.forEach((s) => { if (s.element.id === target) player.current = s.index; });
  show(player, player.current, false, true);
  record(player);
  commit(player);
  milestones(player);
}
