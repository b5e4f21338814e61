#!/usr/bin/env node
// Sums up Chromium traces of a course's launch (BrowserTimings with CIVIL_SCORM_BROWSER_BENCH_TRACE=folder writes
// them): for each, the renderer main thread's work from the SCO's navigation start to the first paint after
// DOMContentLoaded (the first section painted, on a first launch in an LMS), by kind, then the medians.
//
//   node scripts/launch-trace.mjs folder-or-files...
//
// Main-thread time is what the page's own work costs; it moves less with the machine's load than wall time does
// (but a thread waiting for a core still counts as busy, so compare traces taken in one sitting).
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";

const KINDS = [
  ["gc", /^(MinorGC|MajorGC|V8\.GC|BlinkGC|GCEvent)/],
  ["parse HTML", /^ParseHTML$/],
  ["script", /^(EvaluateScript|FunctionCall|TimerFire|FireAnimationFrame|RunMicrotasks|EventDispatch|v8\.|V8\.|CompileScript|ParseScript)/],
  ["style+layout", /^(UpdateLayoutTree|Layout|RecalculateStyles|ScheduleStyleRecalculation|HitTest|IntersectionObserverController)/],
  ["paint", /^(PrePaint|Paint|Layerize|Commit|UpdateLayer|PaintImage|ScrollLayer|CompositeLayers)/],
];
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
  // Self time of every event (its duration less its children's), by kind, inside [navigation start, end].
  const byKind = {};
  let busy = 0, longest = 0;
  const stack = [];
  const close = (upTo) => {
    while (stack.length && stack[stack.length - 1].stop <= upTo) {
      const top = stack.pop();
      if (top.start < end) byKind[top.kind] = (byKind[top.kind] || 0) + Math.max(0, top.self);
    }
  };
  for (const e of main) {
    close(e.ts);
    const dur = e.dur || 0;
    if (stack.length) stack[stack.length - 1].self -= dur;
    else if (/RunTask$/.test(e.name) && e.ts < end) { busy += Math.min(dur, end - e.ts); longest = Math.max(longest, dur); }
    stack.push({ start: e.ts, stop: e.ts + dur, self: dur, kind: /RunTask$|mojo|Watcher/.test(e.name) ? "other" : kindOf(e.name) });
  }
  close(Infinity);
  const ms = (us) => us / 1000;
  const figures = { "DOMContentLoaded": dcl ? ms(dcl.ts - nav.ts) : NaN, "section painted": ms(end - nav.ts), "main thread busy": ms(busy), "longest task": ms(longest) };
  ["parse HTML", "script", "gc", "style+layout", "paint", "other"].forEach((kind) => { figures["  " + kind] = ms(byKind[kind] || 0); });
  return figures;
}

const files = process.argv.slice(2).flatMap((arg) => statSync(arg).isDirectory()
  ? readdirSync(arg).filter((f) => f.endsWith(".json")).map((f) => join(arg, f)) : [arg]);
const all = files.map(summarise).filter(Boolean);
if (!all.length) { console.error("no launch traces (BrowserTimings with CIVIL_SCORM_BROWSER_BENCH_TRACE)"); process.exit(1); }
const median = (values) => { const s = values.slice().sort((a, b) => a - b), m = s.length >> 1; return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2; };
console.log(`${all.length} launches, ms from the SCO's navigation start (medians; min - max)`);
for (const key of Object.keys(all[0])) {
  const values = all.map((f) => f[key]);
  console.log(`${key.padEnd(20)} ${median(values).toFixed(1).padStart(7)}   (${Math.min(...values).toFixed(1)} - ${Math.max(...values).toFixed(1)})`);
}
