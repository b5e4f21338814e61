/* The summary panel: the final result, or what is left to do; progress and how to leave. */
import { attributes, classes, slots, states } from "../contract.js";
import { slot } from "../ui/dom.js";
import { shown } from "../ui/strings.js";
import { courseScore, isFinal, mastery } from "../quiz/scores.js";

export function renderSummary(player) {
  const ui = player.ui, body = slot(player.doc, slots.summaryBody);
  if (!body) return;
  body.textContent = "";
  const result = courseScore(player), sections = player.course.sections;
  if (isFinal(player)) {
    const box = ui.make("div", classes.result);
    if (result === null) {
      box.appendChild(ui.make("p", null, "courseComplete"));
    } else {
      const pass = result >= mastery(player);
      box.setAttribute(attributes.state, pass ? states.passed : states.failed);
      box.appendChild(ui.make("p", classes.resultScore, "yourScore", { score: shown(result) }));
      box.appendChild(ui.make("p", null, pass ? "passed" : "failed", { mastery: shown(mastery(player)) }));
    }
    body.appendChild(box);
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
