#!/usr/bin/env node
// Sums up Chromium traces of a course's launch (BrowserTimings with CIVIL_SCORM_BROWSER_BENCH_TRACE=folder writes
// them): for each, the renderer main thread's work from the SCO's navigation start to the first paint after
// DOMContentLoaded (the first section painted, on a first launch in an LMS): wall time, then its CPU time by kind,
// then the medians.
//
//   node scripts/launch-trace.mjs folder-or-files...
//
// The main thread's CPU time (the trace's thread durations) is what the page's own work costs; on a loaded machine
// the wall figures (and "busy", a task's wall duration) grow with the wait for a core, the CPU ones far less.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";

const KINDS = [
  ["gc", /^(MinorGC|MajorGC|V8\.GC|BlinkGC|GCEvent)/],
  ["parse HTML", /^ParseHTML$/],
  ["script", /^(EvaluateScript|FunctionCall|TimerFire|FireAnimationFrame|RunMicrotasks|EventDispatch|v8\.|V8\.|CompileScript|ParseScript)/],
  ["style+layout", /^(UpdateLayoutTree|Layout|RecalculateStyles|ScheduleStyleRecalculation|HitTest|IntersectionObserverController)/],
  ["paint", /^(PrePaint|Paint|Layerize|Commit|UpdateLayer|PaintImage|ScrollLayer|CompositeLayers)/],
];
// The measurement's own script (BrowserTimings' init script: a function without a URL), not the page's work.
const harness = (e) => e.name === "FunctionCall" && !((e.args || {}).data || {}).url;
const kindOf = (name) => (KINDS.find(([, pattern]) => pattern.test(name)) || ["other"])[0];

function summarise(path) {
  const events = JSON.parse(readFileSync(path, "utf8")).traceEvents;
  const nav = events.find((e) => e.name === "navigationStart" && /\/packages\//.test(((e.args || {}).data || {}).documentLoaderURL || ""));
  if (!nav) return null;
  const same = (e) => e.pid === nav.pid && e.tid === nav.tid;
  const dcl = events.find((e) => e.name === "domContentLoadedEventEnd" && e.pid === nav.pid && e.ts > nav.ts);
  const main = events.filter((e) => same(e) && e.ph === "X" && e.ts >= nav.ts).sort((a, b) => a.ts - b.ts || (b.dur || 0) - (a.dur || 0));
  const paint = main.find((e) => e.name === "Paint" && dcl && e.ts > dcl.ts);
  const end = paint ? paint.ts + paint.dur : dcl ? dcl.ts : Infinity;
  // Self time of every event (its thread time less its children's: CPU time, which the machine's load moves far less
  // than wall time), by kind, inside [navigation start, end].
  const byKind = {};
  let busy = 0, cpu = 0, longest = 0;
  const stack = [];
  const close = (upTo) => {
    while (stack.length && stack[stack.length - 1].stop <= upTo) {
      const top = stack.pop();
      if (top.start < end) byKind[top.kind] = (byKind[top.kind] || 0) + Math.max(0, top.self);
    }
  };
  for (const e of main) {
    close(e.ts);
    const dur = e.dur || 0, thread = e.tdur === undefined ? dur : e.tdur;
    if (stack.length) stack[stack.length - 1].self -= thread;
    else if (/RunTask$/.test(e.name) && e.ts < end) { busy += Math.min(dur, end - e.ts); cpu += thread; longest = Math.max(longest, dur); }
    stack.push({ start: e.ts, stop: e.ts + dur, self: thread, kind: /RunTask$|mojo|Watcher/.test(e.name) ? "other" : harness(e) ? "harness" : kindOf(e.name) });
  }
  close(Infinity);
  // After the paint, until the trace ends (BrowserTimings stops it once the course is set up): the longest task,
  // which input would wait for.
  const after = main.filter((e) => /RunTask$/.test(e.name) && e.ts >= end);
  const longestAfter = after.reduce((m, e) => Math.max(m, e.tdur === undefined ? e.dur || 0 : e.tdur), 0);
  const setUp = after.length ? Math.max(...after.map((e) => e.ts + (e.dur || 0))) : end;
  const ms = (us) => us / 1000;
  const figures = {
    "DOMContentLoaded": dcl ? ms(dcl.ts - nav.ts) : NaN, "section painted": ms(end - nav.ts), "main thread busy": ms(busy),
    "longest task": ms(longest), "main thread CPU": ms(cpu)
  };
  ["parse HTML", "script", "gc", "style+layout", "paint", "other", "harness"].forEach((kind) => { figures["  " + kind] = ms(byKind[kind] || 0); });
  figures["set up (trace end)"] = ms(setUp - nav.ts);
  figures["longest task after (CPU)"] = ms(longestAfter);
  return figures;
}

const files = process.argv.slice(2).flatMap((arg) => statSync(arg).isDirectory()
  ? readdirSync(arg).filter((f) => f.endsWith(".json")).map((f) => join(arg, f)) : [arg]);
const all = files.map(summarise).filter(Boolean);
if (!all.length) { console.error("no launch traces (BrowserTimings with CIVIL_SCORM_BROWSER_BENCH_TRACE)"); process.exit(1); }
const median = (values) => { const s = values.slice().sort((a, b) => a - b), m = s.length >> 1; return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2; };
console.log(`${all.length} launches, ms from the SCO's navigation start; by kind, the main thread's CPU (medians; min - max)`);
for (const key of Object.keys(all[0])) {
  const values = all.map((f) => f[key]);
  console.log(`${key.padEnd(20)} ${median(values).toFixed(1).padStart(7)}   (${Math.min(...values).toFixed(1)} - ${Math.max(...values).toFixed(1)})`);
}
