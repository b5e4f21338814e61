/*
 * The summary panel: the final result, or what is left to do; progress and how to leave. Once the result is final,
 * the ending the compiler wrote (the completion message, each outcome's bar and links, the certificate) is shown
 * with the values filled in; the style sheet shows what each state calls for (docs/ending.md).
 */
import { attributes, classes, slots, states } from "../contract.js";
import { all, has, slot } from "../ui/dom.js";
import { shown } from "../ui/strings.js";
import { courseScore, isFinal, mastery, outcomeResults, reaches } from "../quiz/scores.js";

// SCORM 1.2 names the learner "Last, First" (Moodle's scorm_12lib.php and scorm_13lib.php send lastname, firstname);
// a certificate reads "First Last". A name with no comma, or with more than one, is shown as given.
export function readingOrder(name) {
  const parts = name.split(",");
  return parts.length === 2 && parts[0].trim() && parts[1].trim() ? parts[1].trim() + " " + parts[0].trim() : name;
}

// Fills the ending the compiler wrote: each outcome's bar and state, then the certificate's learner name, score and
// date of completion (its slots in that order; the name is the LMS's text, set as text).
function fillEnding(player, ending, result, state) {
  const meters = all("meter", ending), [name, score, date] = all(has(attributes.slot), ending);
  ending.setAttribute(attributes.state, state);
  // The compiler writes a bar for every outcome, in the course data's order.
  outcomeResults(player).forEach((o, k) => {
    meters[k].value = o.score; // null (no question drawn) shows as 0
    meters[k].parentNode.setAttribute(attributes.state, o.mastered ? states.passed : states.failed);
  });
  if (!date) return;
  name.textContent = readingOrder(player.learnerName);
  // The day the course was completed (kept in the saved state), or today when the state could not keep it.
  const day = player.completedOn ? new Date(player.completedOn * 864e5) : new Date();
  date.textContent = day.toLocaleDateString(player.doc.documentElement.lang, player.completedOn ? { timeZone: "UTC" } : {});
  if (result !== null) player.ui.fill(score, "yourScore", { score: shown(result) });
}

export function renderSummary(player) {
  const ui = player.ui, body = slot(player.doc, slots.summaryBody), ending = slot(player.doc, slots.ending);
  if (!body) return;
  body.textContent = "";
  const result = courseScore(player), sections = player.course.sections, final = isFinal(player);
  const pass = result === null || reaches(player, result), state = pass ? states.passed : states.failed;
  if (final) {
    const box = ui.make("div", classes.result);
    if (result === null) {
      box.appendChild(ui.make("p", null, "courseComplete"));
    } else {
      box.setAttribute(attributes.state, state);
      box.appendChild(ui.make("p", classes.resultScore, "yourScore", { score: shown(result) }));
      box.appendChild(ui.make("p", null, pass ? "passed" : "failed", { mastery: shown(mastery(player)) }));
    }
    body.appendChild(box);
    if (ending) fillEnding(player, ending, result, state);
  } else {
    body.appendChild(ui.make("p", null, "remaining"));
    const list = ui.make("ul", classes.todo);
    sections.forEach((s) => {
      const todo = !player.visited[s.index] ? "remainingSection" : s.quiz && !s.quiz.checked ? "remainingQuiz" : null;
      if (!todo) return;
      const link = ui.make("a", null, todo, { title: s.title });
      link.href = "#" + s.element.id;
      list.appendChild(ui.make("li")).appendChild(link);
    });
    body.appendChild(list);
  }
  body.appendChild(ui.make("p", null, "progress", { done: player.visited.filter(Boolean).length, total: sections.length }));
  body.appendChild(ui.make("p", classes.exitHint, "exitHint", { exit: ui.text("exit") }));
}
