#!/usr/bin/env node
// The length of the longest cmi.suspend_data the runtime can write for a built course, computed with the runtime's
// own codec (src/state/) and its question types' worst-case answers:
//
//   node packaging/runtime/tools/worst-case.mjs path/to/index.html      prints one number
//
// Every section seen, the bookmark at the last one, every quiz checked at its most attempts (its attempts limit,
// else the count's cap, 1295), every answer at its longest, and the xAPI registration when the course data has
// "xapi". The compiler's SuspendDataBudget must give the same figure (it refuses a course over 4096: SCO3034).
// No browser: the course data is read from the page's script#course-data, and the quizzes of the sections kept out
// of the page from sections.js beside it (Rendering/DeferredSections.cs), when there is one.
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";
import { attemptCap } from "../src/state/v3.js";
import { encode } from "../src/state/codec.js";
import { createRegistry } from "../src/questions/registry.js";
import { loadTypes } from "./question-types.mjs";

// Any registration will do: it is always 32 hex digits.
const REGISTRATION = "ffffffff-ffff-4fff-bfff-ffffffffffff";

/** The course data (script#course-data) of a launch page. */
export function readCourseData(html) {
  const match = /<script\b[^>]*\bid=["']?course-data["']?[^>]*>([\s\S]*?)<\/script>/i.exec(html);
  if (!match) throw new Error("no script#course-data in the page");
  return JSON.parse(match[1]);
}

/**
 * Puts the quizzes of the sections kept out of the page back into its course data `data`, from the text of the
 * package's sections.js (its line `document.currentScript.quizzes={...};`), as the player does; returns `data`.
 */
export function restoreQuizzes(data, file) {
  const prefix = "document.currentScript.quizzes=";
  const line = (file || "").split("\n").find((l) => l.startsWith(prefix));
  const quizzes = line ? JSON.parse(line.slice(prefix.length).trim().replace(/;$/, "")) : {};
  (data.sections || []).forEach((s) => { Object.assign(s, quizzes[s.id]); });
  return data;
}

/** The course as the codec sees it (state/codec.js, CourseShape), from the course data alone. */
export function courseShape(data, registry) {
  const sections = data.sections || [];
  const quizOf = (s, quiz) => ({
    section: { id: s.id },
    limit: +quiz.attempts > 0 ? +quiz.attempts : null,
    questions: quiz.questions.map((question) => ({ id: question.id, type: registry.get(question.type), data: question }))
  });
  return {
    sections: sections.map((s) => ({ id: s.id })),
    quizzes: sections.filter((s) => s.quiz && s.quiz.questions && s.quiz.questions.length).map((s) => quizOf(s, s.quiz)),
    // The practice checks (::: check), in page order: the runtime keeps their answers when keepsPractice says so.
    checks: sections.flatMap((s) => (s.checks || []).filter((c) => c.questions && c.questions.length).map((c) => quizOf(s, c)))
  };
}

/** The worst-case saved state of a course, as the runtime would keep it (before encoding); the checks' when kept. */
export function worstCaseState(shape, xapi, keepsPractice) {
  const widest = (quiz) => ({
    attempts: attemptCap(quiz),
    checked: true,
    answers: quiz.questions.map((q) => q.type.worstCaseAnswer(q.data))
  });
  const state = {
    visited: shape.sections.map(() => true),
    current: Math.max(shape.sections.length - 1, 0),
    quizzes: shape.quizzes.map(widest),
    registration: xapi ? REGISTRATION : ""
  };
  if (keepsPractice) state.checks = shape.checks.map(widest);
  return state;
}

/** The length of the longest suspend_data for the course data `data`. */
export async function worstCase(data) {
  const shape = courseShape(data, createRegistry(await loadTypes()));
  return encode(worstCaseState(shape, !!data.xapi, !!data.keepsPractice), shape).length;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const page = process.argv[2];
  if (!page || process.argv.length > 3) {
    console.error("usage: node tools/worst-case.mjs path/to/index.html");
    process.exit(2);
  }
  try {
    const sections = join(dirname(page), "sections.js");
    const data = restoreQuizzes(readCourseData(readFileSync(page, "utf8")), existsSync(sections) ? readFileSync(sections, "utf8") : "");
    console.log(await worstCase(data));
  } catch (e) {
    console.error("worst-case: " + page + ": " + e.message);
    process.exit(1);
  }
}
