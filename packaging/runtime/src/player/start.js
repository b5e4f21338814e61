/*
 * The player's launch: the course data, the model bound to the page, the LMS, the restored state, then the first
 * section. Everything the page runtime keeps lives in the `player` object made here and passed to every module.
 */
import { attributes, classes, events, ids, slots } from "../contract.js";
import { entry } from "../scorm/cmi.js";
import { decode, formatOf } from "../state/codec.js";
import { keys, openStorage } from "../storage.js";
import { isUuid } from "../uuid.js";
import { afterFirstPaint, all, cls, emit, has, one, slot, unfoldSections, unhideSections, warn } from "../ui/dom.js";
import { createUi } from "../ui/strings.js";
import { createAnnouncer } from "../ui/announcer.js";
import { arrange } from "../quiz/arrange.js";
import { showDraw } from "../quiz/draw.js";
import { attempting, hasAnswers } from "../quiz/engine.js";
import { grade, unlock } from "../quiz/grading.js";
import { isFinal } from "../quiz/scores.js";
import { buildCourse } from "./course.js";
import { preparePage } from "./page.js";
import { show } from "./navigation.js";
import { bindQuiz } from "./quiz-actions.js";
import { record, save, VIEW } from "./session.js";
import { wire } from "./wiring.js";

function readCourseData(doc) {
  try { return JSON.parse(doc.getElementById(ids.courseData).textContent); } catch { return null; }
}

// The LMS's learner id, or without it a random id kept in this browser.
function learnerId(held, store) {
  let learner = held.learner || store.read(keys.learner());
  if (!learner) {
    learner = Math.random().toString(36).slice(2);
    store.write(keys.learner(), learner);
  }
  return learner;
}

// Puts a decoded saved state on the page; a question without an answer (null: new, or reset by an update) keeps
// the controls it was arranged with.
function restore(player, saved) {
  saved.visited.forEach((seen, k) => { player.visited[k] = seen; });
  player.current = saved.current;
  player.completedOn = saved.completed || 0;
  // The practice checks' answers too, when the state kept them (state/practice.js).
  const states = saved.quizzes.concat(saved.checks || []);
  player.course.quizzes.concat(saved.checks ? player.course.checks : []).forEach((quiz, k) => {
    const state = states[k];
    quiz.attempts = state.attempts;
    quiz.checked = state.checked;
    showDraw(quiz, player.learner, player.course.parents); // the draw of the attempt saved
    quiz.questions.forEach((q, j) => { if (state.answers[j] !== null) q.type.write(q, state.answers[j]); });
    if (state.checked) grade(player, quiz, false); else unlock(quiz);
  });
}

// Tells the learner, once, what an update of the course took from them: the answers it reset, or everything when
// the state they had could not be read on the course as it is now (the next state saved is read without loss).
function noticeUpdate(player, saved, held) {
  const reset = saved ? saved.reset || 0 : 0, lost = !saved && !!held.suspend && held.resumable;
  if (!reset && !lost) return;
  const key = lost ? "updateLost" : reset === 1 ? "updateResetOne" : "updateReset";
  const box = player.ui.make("div", classes.notice), before = slot(player.doc, slots.noLmsNotice);
  box.setAttribute("role", "status");
  box.appendChild(player.ui.make("p", null, key, { n: reset }));
  if (before && before.parentNode) before.parentNode.insertBefore(box, before);
}

// Restores what the LMS (or localStorage without one) holds; returns the launch's facts.
function resume(player, held) {
  const lms = player.lms;
  player.lmsMastery = held.mastery;
  player.learnerName = held.name;
  player.learner = learnerId(held, player.store);
  player.course.quizzes.concat(player.course.checks).forEach((quiz) => { arrange(quiz, player.learner, player.course.parents); });
  let saved = null, kept = held;
  if (lms.connected) {
    if (held.resumable && held.suspend) saved = decode(held.suspend, player.course);
    if (saved) {
      restore(player, saved);
      // A resumed state: what it implies (score, objectives) was committed by the earlier session; only the status,
      // location and suspend_data just read count as known.
      lms.resumeWith(() => { record(player); });
      player.course.sections.forEach((s) => { if (s.id === held.location) player.current = s.index; });
    } else if (held.suspend && held.done) {
      // Saved state this version cannot read (an older package, an edited course): the objectives the LMS holds
      // from it are left as they are rather than reset to incomplete.
      lms.keepObjectives();
    }
    lms.beginAttempt(held);
  } else {
    const local = player.store.read(player.storageKey);
    saved = decode(local, player.course);
    if (saved) restore(player, saved);
    kept = { suspend: local, resumable: true };
  }
  noticeUpdate(player, saved, kept);
  return { held, saved };
}

// The course model, its questions bound to their controls; first the quizzes of the sections kept out of the page
// (sections.js) put back in the course data.
function build(player, registry, quizzes) {
  const ui = player.ui, announce = createAnnouncer(ui);
  player.data.sections.forEach((s) => { Object.assign(s, quizzes[s.id]); });
  player.course = buildCourse(player.doc, player.data, registry, (quiz) => ({ attempting: () => attempting(player, quiz), announce, ui }));
}

// Then what the LMS holds, read in full (`held`), the quizzes' listeners, the state restored from it, and the section
// shown.
function setUp(player) {
  const doc = player.doc, held = player.lms.read((player.data.outcomes || []).some((o) => o && o.id));
  if (!player.course.sections.length) return;
  player.course.quizzes.concat(player.course.checks).forEach((quiz) => { bindQuiz(player, quiz); });
  // The forms of the section the page kept come hidden from sections.js (Rendering/DeferredSections.cs): shown in
  // the task that arranges their controls (resume(), below), so that no frame has them unarranged.
  all("form" + cls(classes.quiz) + "[hidden]", doc).forEach((form) => { form.hidden = false; });
  player.visited = player.course.sections.map(() => false);
  player.page = preparePage(doc);
  wire(player);

  const launch = resume(player, held);
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
  let linked;
  try { linked = decodeURIComponent(player.win.location.hash.slice(1)); } catch { /* a malformed link: none */ }
  player.course.sections.forEach((s) => { if (s.element.id === linked) player.current = s.index; });
  show(player, player.current, false, true);
  save(player);
}

/**
 * @param {Document} doc
 * @param {Window} win
 * @param {{get: Function}} registry the question types (src/questions/registry.js)
 * @param {ReturnType<import("../scorm/target.js").createScorm12Target>} target the LMS's adapter, per build target
 */
export function startPlayer(doc, win, registry, target) {
  const data = readCourseData(doc);
  if (!data || !data.sections || !data.sections.length) {
    // Nothing to drive: show every section rather than an empty page.
    unhideSections(doc);
    warn("no course data");
    return;
  }
  const ui = createUi(doc, data.strings || {});
  // The set-up adds the course and the page; navigation.js shownAt, session.js wasFinal and completedSent.
  const player = {
    doc, win, ui, data, passingScore: +data.passingScore > 0 ? +data.passingScore : 100, visited: [], current: 0,
    view: VIEW.section, lms: target, lmsMastery: NaN, store: openStorage(win), storageKey: keys.state(data.id || "course"),
    learner: "", registration: "", startedAt: Date.now()
  };
  player.lms.initialize();
  // Of what the LMS holds, only suspend_data decides the first paint (a first launch paints the first section, a saved
  // state the learner's own): read alone here (read's `quick`, to which the outcomes do not matter); all of it, a dozen
  // calls into the LMS, by setUp().
  const quick = player.lms.read(false, true);
  // Sections kept out of the page (in sections.js): on a first launch in an LMS, the first section is painted, then the
  // others are loaded and put back and the course is set up (300 sections would otherwise hold the first paint back).
  // A resumed launch, one without an LMS or with a link in the address shows what the set-up finds, once loaded.
  const deferred = one("script" + has(attributes.section), doc);
  // Its quiz and practice checks wait in sections.js, hidden until setUp() has arranged their controls.
  const element = deferred && player.lms.connected && !quick.suspend && !win.location.hash && one(cls(classes.section), doc);
  if (element) element.hidden = false; // and, once painted, the rest
  // Without sections.js the course is not whole: its state would be saved over the learner's with sections missing,
  // and one section finished could finish the course. What the page has is shown; nothing is recorded.
  const whole = (then) => (quizzes, failed) => {
    if (!failed) return then(quizzes);
    unhideSections(doc);
    warn("sections.js not loaded: nothing recorded");
  };
  if (!element) {
    unfoldSections(doc, null, whole((quizzes) => {
      build(player, registry, quizzes);
      setUp(player);
    }));
    return;
  }
  // The rest in tasks of their own, so that input waits for none of them: the other sections a few at a time, then
  // the model (it needs every section), the saved state's format (its widest state written once: tens of
  // milliseconds for 3,000 questions), then the set-up.
  let started = false;
  const go = () => {
    if (!started) {
      unfoldSections(doc, setTimeout, whole((quizzes) => {
        setTimeout(() => {
          build(player, registry, quizzes);
          setTimeout(() => {
            if (player.course.sections.length) formatOf(player.course);
            setTimeout(() => { setUp(player); });
          });
        });
      }));
    }
    started = true;
  };
  // Once the first section is on the screen: its raster and the set-up do not share the cores.
  afterFirstPaint(win, go);
  setTimeout(go, 1000); // a hidden page draws no frame
}
