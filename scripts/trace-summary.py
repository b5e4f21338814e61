#!/usr/bin/env python3
"""Where a Chromium trace's main-thread time goes: the renderer that ran the course (its launch page under /packages/).

    python3 scripts/trace-summary.py TRACE.json [--tasks MS] [--clicks]

TRACE.json is a trace written by the browser tests' BrowserTraces measurement (CIVIL_SCORM_BROWSER_TRACE=DIR) or by
`chromium --trace-startup=devtools.timeline`. Prints, from the course document's navigation start:
- the document's marks (response end, DOMContentLoaded, first paint, first contentful paint);
- the main thread's tasks longer than --tasks milliseconds (default 1), wall and thread CPU time, each with what took
  its CPU time (self time by kind: ParseHTML, EvaluateScript, FunctionCall, recalcStyle, performLayout, Paint, ...);
  on a loaded machine a task's wall time includes the time its thread waited for a core: compare CPU times;
- the self time by kind over the whole trace and up to the first contentful paint;
- with --clicks, each click's phases as Event Timing recorded them (input, handlers, frame presented).
"""
import json
import sys
from collections import defaultdict

args = [a for a in sys.argv[1:] if not a.startswith("--")]
if not args:
    sys.exit(__doc__)
min_task = 1.0
if "--tasks" in sys.argv:
    min_task = float(sys.argv[sys.argv.index("--tasks") + 1])
    args = [a for a in args if a != sys.argv[sys.argv.index("--tasks") + 1]]
clicks = "--clicks" in sys.argv

with open(args[0], encoding="utf-8") as f:
    data = json.load(f)
events = data["traceEvents"] if isinstance(data, dict) else data

names = {}
for e in events:
    if e.get("ph") == "M" and e.get("name") == "thread_name":
        names[(e["pid"], e["tid"])] = e["args"]["name"]

# The renderer that parsed the course's page.
main = None
for e in events:
    data_ = (e.get("args") or {}).get("beginData") or {}
    if e.get("name") == "ParseHTML" and "/packages/" in str(data_.get("url", "")):
        main = (e["pid"], e["tid"])
        break
if main is None:
    for e in events:
        if e.get("name") in ("EventDispatch", "FunctionCall") and names.get((e["pid"], e["tid"])) == "CrRendererMain":
            main = (e["pid"], e["tid"])
            break
if main is None:
    sys.exit("no renderer main thread with the course's page in this trace")

thread = [e for e in events if (e.get("pid"), e.get("tid")) == main and e.get("ph") in ("X", "B", "E")]
# Complete events only: pair B/E.
complete = []
stack = []
for e in sorted(thread, key=lambda e: e["ts"]):
    if e["ph"] == "X":
        complete.append({"name": e["name"], "ts": e["ts"], "dur": e.get("dur", 0), "cpu": e.get("tdur", e.get("dur", 0)),
                         "args": e.get("args") or {}})
    elif e["ph"] == "B":
        stack.append(e)
    elif e["ph"] == "E" and stack:
        b = stack.pop()
        complete.append({"name": b["name"], "ts": b["ts"], "dur": e["ts"] - b["ts"], "cpu": e["ts"] - b["ts"], "args": b.get("args") or {}})
complete.sort(key=lambda e: (e["ts"], -e["dur"]))

# The course document's navigation start and marks (blink.user_timing / loading marks on any thread of the renderer).
origin = None
marks = {}
for e in sorted(events, key=lambda e: e.get("ts", 0)):
    if e.get("pid") != main[0]:
        continue
    n = e.get("name")
    a = e.get("args") or {}
    d = a.get("data") or {}
    if n == "navigationStart" and "/packages/" in str(d.get("documentLoaderURL", "")):
        origin = e["ts"]
        frame = a.get("frame")
    elif origin is not None and n in ("responseEnd", "domContentLoadedEventEnd", "firstPaint", "firstContentfulPaint",
                                      "MarkDOMContent", "MarkLoad", "MarkFirstPaint", "firstMeaningfulPaint") and n not in marks:
        if a.get("frame") in (None, frame) or d.get("frame") in (None, frame):
            marks[n] = e["ts"]
if origin is None:
    origin = complete[0]["ts"] if complete else 0


def ms(ts):
    return (ts - origin) / 1000.0


# Self time of each event: its duration less its direct children's.
tops = []
self_time = []
open_ = []
for e in complete:
    while open_ and open_[-1]["ts"] + open_[-1]["dur"] <= e["ts"]:
        open_.pop()
    e["children"] = 0
    e["children_cpu"] = 0
    if open_:
        parent = open_[-1]
        parent["children"] += min(e["dur"], parent["ts"] + parent["dur"] - e["ts"])
        parent["children_cpu"] += e["cpu"]
        e["top"] = parent["top"]
    else:
        e["top"] = e
        tops.append(e)
    open_.append(e)

by_top = defaultdict(lambda: defaultdict(float))
total = defaultdict(float)
until_fcp = defaultdict(float)
fcp = marks.get("firstContentfulPaint")
wrappers = {"ThreadControllerImpl::RunTask", "RunTask", "ThreadPool_RunTask", "RunMicrotasks"}
for e in complete:
    own = max(0, e["cpu"] - e["children_cpu"]) / 1000.0
    name = e["name"]
    if name in ("FunctionCall", "EvaluateScript", "v8.callFunction", "V8.Execute", "TimerFire", "FireAnimationFrame",
                "EventDispatch", "v8.run"):
        name = "script (" + e["name"] + ")"
    by_top[id(e["top"])][name] += own
    total[name] += own
    if fcp is not None and e["ts"] < fcp and e["ts"] >= origin:
        until_fcp[name] += own

print(f"renderer main thread {main}; times in ms from the course document's navigation start")
print("marks: " + ", ".join(f"{k} {ms(v):.1f}" for k, v in sorted(marks.items(), key=lambda kv: kv[1])))
# The frames the renderer committed and the largest-contentful-paint candidates (the section's text once it is shown).
frames = sorted(e["ts"] for e in complete if e["name"] == "Commit" and e["ts"] >= origin)
lcp = sorted(e["ts"] for e in events if e.get("pid") == main[0] and e.get("name") == "largestContentfulPaint::Candidate"
             and e.get("ts", 0) >= origin)
print("frames committed: " + ", ".join(f"{ms(t):.1f}" for t in frames[:6]))
print("largest contentful paint candidates (presented): " + ", ".join(f"{ms(t):.1f}" for t in lcp[:4]))
if lcp:
    until = lcp[1] if len(lcp) > 1 else lcp[0]
    busy = sum(min(t["ts"] + t["dur"], until) - t["ts"] for t in tops if origin <= t["ts"] < until) / 1000.0
    cpu = sum(t["cpu"] for t in tops if origin <= t["ts"] < until) / 1000.0
    print(f"main thread from navigation start to the section painted ({ms(until):.1f}): busy {busy:.1f} ms, CPU {cpu:.1f} ms")


def describe(e):
    parts = sorted(by_top[id(e)].items(), key=lambda kv: -kv[1])
    return ", ".join(f"{k} {v:.1f}" for k, v in parts if v >= 0.2)


def detail(e):
    a = e["args"]
    d = a.get("data") or a.get("beginData") or {}
    bits = []
    for key in ("type", "url", "functionName", "frame"):
        if key in d and key != "frame":
            bits.append(f"{key}={str(d[key])[-60:]}")
    return " ".join(bits)


print(f"\ntasks over {min_task} ms:")
for e in tops:
    if e["dur"] / 1000.0 >= min_task and e["ts"] >= origin - 50_000:
        print(f"  {ms(e['ts']):8.1f} +{e['dur'] / 1000.0:6.1f} (CPU {e['cpu'] / 1000.0:5.1f})  {describe(e)}")

print("\nthread CPU time by kind (self), whole trace from navigation start (ms):")
windowed = defaultdict(float)
for e in complete:
    if e["ts"] >= origin:
        windowed[e["name"]] += max(0, e["cpu"] - e["children_cpu"]) / 1000.0
for k, v in sorted(windowed.items(), key=lambda kv: -kv[1])[:25]:
    print(f"  {v:8.1f}  {k}")
if fcp is not None:
    print("\nthread CPU time by kind (self), navigation start to first contentful paint (ms):")
    for k, v in sorted(until_fcp.items(), key=lambda kv: -kv[1])[:20]:
        print(f"  {v:8.1f}  {k}")

if clicks:
    # Event Timing's own record of each interaction (devtools.timeline "EventTiming"): when the input reached the
    # browser (timeStamp), when the renderer's main thread took it up, its handlers, and the frame presented after it.
    print("\nclicks (Event Timing, ms): total = pointerdown's input to the frame presented after the click;")
    print("  waited = the click's input to its handlers (the press and anything else before them), then the handlers,")
    print("  then the frame (style, layout, paint, raster, display) until presented; CPU = the click handler's thread CPU")
    interactions = defaultdict(dict)
    for e in events:
        if e.get("name") == "EventTiming" and e.get("ph") == "b":
            d = e["args"]["data"]
            if d.get("interactionId"):
                interactions[d["interactionId"]][d["type"]] = d
    handlers = [e for e in complete if e["name"] == "EventDispatch" and (e["args"].get("data") or {}).get("type") == "click"]
    rows = []
    for k, (key, by) in enumerate(sorted(interactions.items())):
        if "click" not in by:
            continue
        c = by["click"]
        start = by.get("pointerdown", c)["timeStamp"]
        end = max(d["timeStamp"] + d["duration"] for d in by.values())
        handler = handlers[len(rows)] if len(rows) < len(handlers) else None
        row = (end - start, c["processingStart"] - c["timeStamp"], c["processingEnd"] - c["processingStart"],
               end - c["processingEnd"], (handler["cpu"] / 1000.0) if handler else float("nan"))
        rows.append(row)
        print("  click %2d: total %5.1f  waited %4.1f  handlers %4.1f (CPU %4.1f)  frame %5.1f" % (len(rows), row[0], row[1], row[2], row[4], row[3]))
    if rows:
        med = lambda i: sorted(r[i] for r in rows)[len(rows) // 2]
        print("  medians: total %.1f, waited %.1f, handlers %.1f (CPU %.1f), frame %.1f; slowest total %.1f"
              % (med(0), med(1), med(2), med(4), med(3), max(r[0] for r in rows)))
