#!/usr/bin/env python3
"""Where the course's renderer spends its main thread, from Chromium traces (developer tool, not shipped).

    python3 scripts/trace-summary.py TRACE.json [--tasks MS] [--clicks]   one trace, in detail
    python3 scripts/trace-summary.py FOLDER-or-TRACES...                   many launches: medians (min - max)

Traces come from the browser tests: BrowserTraces (CIVIL_SCORM_BROWSER_TRACE=DIR: a launch, then 20 clicks) and
BrowserTimings under the bench (CIVIL_SCORM_BROWSER_BENCH_TRACE=DIR: every launch it times), or from
`chromium --trace-startup=devtools.timeline`. Every figure is in ms from the course document's navigation start (its
page under /packages/), on that renderer's main thread, up to "the section painted": the first Paint after
DOMContentLoaded (on a first launch in an LMS, the frame that shows the first section).

CPU time (a trace event's thread duration less its children's) is what the page's own work costs; on a loaded
machine wall times grow with the wait for a core, CPU times far less: compare CPU times.

One trace prints its marks, frames, the tasks over --tasks ms (default 1) with what took their CPU, and the self time
by event name; with --clicks, each click's phases as Event Timing recorded them. Several print, per launch, the wall
time to the section painted and its CPU time by kind, then the medians.
"""
import json
import os
import re
import statistics
import sys
from collections import defaultdict

# The main thread's work by kind (self time of each trace event, by its name).
# The main thread's work by kind (self time of each trace event, by its name; BrowserTraces records Blink's own
# categories too, hence the internal names).
KINDS = [
    ("gc", re.compile(r"^(MinorGC|MajorGC|V8\.GC|BlinkGC|GCEvent)")),
    ("parse HTML", re.compile(r"^(ParseHTML|HTMLDocumentParser|CSSParserImpl)")),
    ("script", re.compile(r"^(EvaluateScript|FunctionCall|TimerFire|FireAnimationFrame|RunMicrotasks|EventDispatch|"
                          r"v8\.|V8\.|CompileScript|ParseScript|AsyncTask Run)")),
    ("style+layout", re.compile(r"^(UpdateLayoutTree|Layout|RecalculateStyles|ScheduleStyleRecalculation|HitTest|"
                                r"IntersectionObserverController|LocalFrameView::(performLayout|UpdateStyleAndLayout)|"
                                r"Document::(recalcStyle|rebuildLayoutTree|UpdateStyleAndLayout)|InlineNode::|Font|"
                                r"WebSandboxSupportLinux::GetWebFont)")),
    ("paint", re.compile(r"^(PrePaint|Paint|Layerize|Commit|UpdateLayer|PaintImage|ScrollLayer|CompositeLayers|"
                         r"Blink\.(PrePaint|Paint|CompositingInputs|Compositing))")),
]
TASK = re.compile(r"RunTask$")


def kind_of(event):
    if TASK.search(event["name"]) or re.search(r"mojo|Watcher", event["name"]):
        return "other"
    # The bench's own observer (BrowserTimings' init script: a function without a URL), not the page's work.
    if event["name"] == "FunctionCall" and not ((event["args"].get("data") or {}).get("url")):
        return "harness"
    return next((kind for kind, pattern in KINDS if pattern.search(event["name"])), "other")


class Launch:
    """One trace: the course's renderer main thread, its events with their self times, and its marks."""

    def __init__(self, path):
        with open(path, encoding="utf-8") as f:
            data = json.load(f)
        events = data["traceEvents"] if isinstance(data, dict) else data
        self.navigation = next((e for e in events if e.get("name") == "navigationStart"
                                and "/packages/" in str(((e.get("args") or {}).get("data") or {}).get("documentLoaderURL", ""))),
                               None)
        if self.navigation is not None:
            self.pid, self.tid = self.navigation["pid"], self.navigation["tid"]
        else:
            # Traces without the loading marks: the thread that parsed the course's page; time from its first event.
            parse = next((e for e in events if e.get("name") == "ParseHTML"
                          and "/packages/" in str(((e.get("args") or {}).get("beginData") or {}).get("url", ""))), None)
            if parse is None:
                # A trace started after the launch (BrowserTraces' clicks): the renderer main thread that handled clicks.
                names = {(e["pid"], e["tid"]): e["args"]["name"] for e in events
                         if e.get("ph") == "M" and e.get("name") == "thread_name"}
                parse = next((e for e in events if e.get("name") == "EventDispatch"
                              and ((e.get("args") or {}).get("data") or {}).get("type") == "click"
                              and names.get((e.get("pid"), e.get("tid"))) == "CrRendererMain"), None)
            if parse is None:
                raise ValueError(f"{path}: no course page (/packages/) in this trace")
            self.pid, self.tid = parse["pid"], parse["tid"]
        self.events = events
        self.complete = self._complete_events()
        self.origin = self.navigation["ts"] if self.navigation is not None else self.complete[0]["ts"]
        self.tops = self._with_self_times()
        self.marks = self._marks()
        dcl = self.marks.get("domContentLoadedEventEnd")
        self.contentful = sorted(e["ts"] for e in events if e.get("pid") == self.pid and e.get("ts", 0) >= self.origin
                                 and e.get("name") == "largestContentfulPaint::Candidate")
        paint = next((e for e in self.complete if e["name"] == "Paint" and dcl is not None and e["ts"] > dcl), None)
        if paint:
            self.painted = paint["ts"] + paint["dur"]
        else:
            # No DOMContentLoaded mark: the last of the first two contentful paints (the title, then the section).
            self.painted = self.contentful[:2][-1] if self.contentful else float("inf")

    def _complete_events(self):
        thread = sorted((e for e in self.events if (e.get("pid"), e.get("tid")) == (self.pid, self.tid)
                         and e.get("ph") in ("X", "B", "E")), key=lambda e: e["ts"])
        complete, begun = [], []
        for e in thread:
            if e["ph"] == "X":
                complete.append({"name": e["name"], "ts": e["ts"], "dur": e.get("dur", 0),
                                 "cpu": e.get("tdur", e.get("dur", 0)), "args": e.get("args") or {}})
            elif e["ph"] == "B":
                begun.append(e)
            elif begun:
                b = begun.pop()
                complete.append({"name": b["name"], "ts": b["ts"], "dur": e["ts"] - b["ts"], "cpu": e["ts"] - b["ts"],
                                 "args": b.get("args") or {}})
        complete.sort(key=lambda e: (e["ts"], -e["dur"]))
        return complete

    def _with_self_times(self):
        """Gives every event its self CPU time and its top-level task; returns the top-level tasks."""
        tops, open_ = [], []
        for e in self.complete:
            while open_ and open_[-1]["ts"] + open_[-1]["dur"] <= e["ts"]:
                open_.pop()
            e["children_cpu"] = 0
            if open_:
                open_[-1]["children_cpu"] += e["cpu"]
                e["top"] = open_[-1]["top"]
            else:
                e["top"] = e
                tops.append(e)
            open_.append(e)
        for e in self.complete:
            e["self"] = max(0, e["cpu"] - e["children_cpu"]) / 1000.0
        return tops

    def _marks(self):
        marks = {}
        frame = ((self.navigation or {}).get("args") or {}).get("frame")
        for e in sorted(self.events, key=lambda e: e.get("ts", 0)):
            if e.get("pid") != self.pid or e.get("ts", 0) <= self.origin:
                continue
            name, args = e.get("name"), e.get("args") or {}
            if name in ("responseEnd", "domContentLoadedEventEnd", "firstPaint", "firstContentfulPaint",
                        "MarkDOMContent", "MarkLoad", "MarkFirstPaint") and name not in marks:
                if args.get("frame") in (None, frame) or (args.get("data") or {}).get("frame") in (None, frame):
                    marks[name] = e["ts"]
        return marks

    def ms(self, ts):
        return (ts - self.origin) / 1000.0

    def figures(self):
        """The launch in figures: wall times, then the main thread's CPU by kind up to the section painted."""
        end = self.painted
        before = [t for t in self.tops if self.origin <= t["ts"] < end]
        by_kind = defaultdict(float)
        for e in self.complete:
            if self.origin <= e["ts"] < end:
                by_kind[kind_of(e)] += e["self"]
        after = [t for t in self.tops if t["ts"] >= end and TASK.search(t["name"])]
        dcl = self.marks.get("domContentLoadedEventEnd")
        figures = {
            "DOMContentLoaded": self.ms(dcl) if dcl is not None else float("nan"),
            "section painted": self.ms(end),
            "main thread busy": sum(min(t["dur"], end - t["ts"]) for t in before) / 1000.0,
            "longest task": max((t["dur"] for t in before), default=0) / 1000.0,
            "main thread CPU": sum(t["cpu"] for t in before) / 1000.0,
        }
        for kind in ("parse HTML", "script", "gc", "style+layout", "paint", "other", "harness"):
            figures["  " + kind] = by_kind[kind]
        # After the paint, until the trace ends (BrowserTimings stops it once the course is set up): the longest task,
        # which a learner's first click would wait for.
        figures["set up (trace end)"] = self.ms(max((t["ts"] + t["dur"] for t in after), default=end))
        figures["longest task after (CPU)"] = max((t["cpu"] for t in after), default=0) / 1000.0
        return figures


def print_launches(launches):
    print(f"{len(launches)} launches, ms from the SCO's navigation start; by kind, the main thread's CPU "
          "(medians; min - max)")
    all_figures = [launch.figures() for launch in launches]
    for key in all_figures[0]:
        values = [f[key] for f in all_figures]
        print(f"{key:<26} {statistics.median(values):7.1f}   ({min(values):.1f} - {max(values):.1f})")


def print_detail(launch, min_task, clicks):
    print(f"renderer main thread ({launch.pid}, {launch.tid}); times in ms from the course document's navigation start")
    print("marks: " + ", ".join(f"{k} {launch.ms(v):.1f}" for k, v in sorted(launch.marks.items(), key=lambda kv: kv[1])))
    frames = [e["ts"] for e in launch.complete if e["name"] == "Commit" and e["ts"] >= launch.origin]
    print("frames committed: " + ", ".join(f"{launch.ms(t):.1f}" for t in frames[:6]))
    print("largest contentful paint candidates: " + ", ".join(f"{launch.ms(t):.1f}" for t in launch.contentful[:4]))
    figures = launch.figures()
    print(f"section painted at {figures['section painted']:.1f}: main thread busy {figures['main thread busy']:.1f}, "
          f"CPU {figures['main thread CPU']:.1f} (" + ", ".join(
              f"{k.strip()} {v:.1f}" for k, v in figures.items() if k.startswith("  ")) + ")")

    by_top = defaultdict(lambda: defaultdict(float))
    for e in launch.complete:
        by_top[id(e["top"])][e["name"]] += e["self"]
    print(f"\ntasks over {min_task} ms (wall, then CPU; what took the CPU):")
    for t in launch.tops:
        if t["dur"] / 1000.0 >= min_task and t["ts"] >= launch.origin - 50_000:
            parts = sorted(by_top[id(t)].items(), key=lambda kv: -kv[1])
            print(f"  {launch.ms(t['ts']):8.1f} +{t['dur'] / 1000.0:6.1f} (CPU {t['cpu'] / 1000.0:5.1f})  "
                  + ", ".join(f"{k} {v:.1f}" for k, v in parts if v >= 0.2))

    print("\nself CPU time by event, whole trace from navigation start:")
    total = defaultdict(float)
    for e in launch.complete:
        if e["ts"] >= launch.origin:
            total[e["name"]] += e["self"]
    for name, value in sorted(total.items(), key=lambda kv: -kv[1])[:25]:
        print(f"  {value:8.1f}  {name}")
    if clicks:
        print_clicks(launch)


def print_clicks(launch):
    # Event Timing's own record of each interaction (devtools.timeline "EventTiming"): when the input reached the
    # browser, when the main thread took it up, its handlers, and the frame presented after it.
    print("\nclicks (Event Timing): total = pointerdown's input to the frame presented after the click; waited = the "
          "input to its handlers;\n  then the handlers (CPU = the click handler's thread time), then the frame until "
          "presented")
    interactions = defaultdict(dict)
    for e in launch.events:
        if e.get("name") == "EventTiming" and e.get("ph") == "b":
            data = e["args"]["data"]
            if data.get("interactionId"):
                interactions[data["interactionId"]][data["type"]] = data
    handlers = [e for e in launch.complete
                if e["name"] == "EventDispatch" and (e["args"].get("data") or {}).get("type") == "click"]
    rows = []
    for _, by_type in sorted(interactions.items()):
        if "click" not in by_type:
            continue
        click = by_type["click"]
        start = by_type.get("pointerdown", click)["timeStamp"]
        end = max(d["timeStamp"] + d["duration"] for d in by_type.values())
        handler = handlers[len(rows)] if len(rows) < len(handlers) else None
        row = (end - start, click["processingStart"] - click["timeStamp"], click["processingEnd"] - click["processingStart"],
               handler["cpu"] / 1000.0 if handler else float("nan"), end - click["processingEnd"])
        rows.append(row)
        print("  click %2d: total %5.1f  waited %4.1f  handlers %4.1f (CPU %4.1f)  frame %5.1f" % ((len(rows),) + row))
    if rows:
        med = [statistics.median(r[i] for r in rows) for i in range(5)]
        print("  medians: total %.1f, waited %.1f, handlers %.1f (CPU %.1f), frame %.1f; slowest total %.1f"
              % (*med, max(r[0] for r in rows)))


def main(argv):
    min_task, clicks, paths = 1.0, False, []
    args = iter(argv)
    for arg in args:
        if arg == "--tasks":
            min_task = float(next(args))
        elif arg == "--clicks":
            clicks = True
        elif os.path.isdir(arg):
            paths += sorted(os.path.join(arg, f) for f in os.listdir(arg) if f.endswith(".json"))
        else:
            paths.append(arg)
    if not paths:
        sys.exit(__doc__)
    launches = []
    for path in paths:
        try:
            launches.append(Launch(path))
        except ValueError as error:
            print(error, file=sys.stderr)
    if not launches:
        sys.exit("no launch of a course in these traces")
    if len(paths) == 1:
        print_detail(launches[0], min_task, clicks)
    else:
        print_launches(launches)


if __name__ == "__main__":
    main(sys.argv[1:])
