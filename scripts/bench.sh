#!/usr/bin/env bash
# Whole-CLI benchmarks against the targets of issues 7 and 23; prints a table of medians, ratios, the load average
# each was measured at, and PASS/FAIL.
#
#   bash scripts/bench.sh [--runs N] [--no-browser] [--no-x10] [--no-report | --report-only]
#
# 1. Packs and installs the .NET tool as the README does (scripts/install.sh: the pointer package, this machine's
#    package, whose Native AOT binary is "the published binary" below, and the portable `any` fallback, in nupkg/,
#    reused when the sources have not changed), into a temporary folder (--tool-path); generates the synthetic courses
#    (tests/CivilSociety.Scorm.Benchmarks generate: 300 sections, 10 questions each, 30 MB of images; and the same
#    x10) in a temporary folder, deterministically.
# 2. Times, interleaved in one run, each course's whole `civil-scorm build` process beside `zip -qr -6` over the
#    same output tree (the package unzipped): the floor, compressing the same bytes; for the real course also the
#    installed tool's `civil-scorm build`, against the published binary.
# 3. Measures the runtime's gzipped size, the real course's zip, determinism, and in headless Chromium on loopback
#    (the browser test project's BrowserTimings measurement) launch, section switch and LMSCommit per action
#    (tests/CivilSociety.Scorm.Browser.Tests/Tests/BrowserTimings.cs says how each is timed), and the synthetic
#    course's launch the same way; with valgrind installed, the instructions the native binary runs for the real
#    course (callgrind), a figure the machine's load hardly moves.
# 4. `report` on 100,000 and 1,000,000 LRS statements and a Moodle download of 10,000 learners (scripts/bench-report.sh);
#    --report-only packs the CLI and runs only that.
# Not part of the test suite. Exit status 1 when a target fails. Timings on a shared machine are noisy: each row
# shows the load average it was measured at; compare ratios measured in the same run, and instruction counts.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

runs=7
browser=1
x10=1
report=1
report_only=0
while (( $# > 0 )); do
  case "$1" in
    --runs) runs="$2"; shift 2 ;;
    --no-browser) browser=0; shift ;;
    --no-x10) x10=0; shift ;;
    --no-report) report=0; shift ;;
    --report-only) report_only=1; shift ;;
    *) echo "usage: bash scripts/bench.sh [--runs N] [--no-browser] [--no-x10] [--no-report | --report-only]" >&2; exit 2 ;;
  esac
done
real_runs=$(( runs * 3 ))
x10_runs=$(( runs < 3 ? runs : 3 ))

# --- tools: zip (the floor), unzip, GNU time (peak memory), a C toolchain for the Native AOT link ---
missing=()
command -v zip >/dev/null || missing+=(zip)
command -v unzip >/dev/null || missing+=(unzip)
command -v gzip >/dev/null || missing+=(gzip)
command -v file >/dev/null || missing+=(file)
[[ -x /usr/bin/time ]] || missing+=(time)
if ! command -v clang >/dev/null && ! command -v gcc >/dev/null; then missing+=(clang); fi
if (( ${#missing[@]} > 0 )); then
  echo "bench.sh: installing ${missing[*]}"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
fi

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
work="$(mktemp -d "${TMPDIR:-/tmp}/civil-scorm-bench.XXXXXX")"
trap 'rm -rf "$work"' EXIT

echo "== packing and installing the tool as a user does (scripts/install.sh --tool-path) =="
rid="$(dotnet --info | awk '$1 == "RID:" { print $2; exit }')"
# The pointer, this machine's package and the fallback, in nupkg/ (reused when the sources have not changed), then
# installed into a temporary folder. One Native AOT compile: the published binary measured below is the one packed.
bash scripts/install.sh --tool-path "$work/tool" >"$work/install.log" 2>&1 || { cat "$work/install.log"; exit 1; }
# The fallback, for reference: what a machine without a package of its own gets (installed by its own name).
dotnet tool install --tool-path "$work/tool-any" --add-source "$root/nupkg" CivilSociety.Scorm.Cli.any >"$work/install.log" 2>&1 \
  || { cat "$work/install.log"; exit 1; }
tool="$work/tool/civil-scorm"
tool_any="$work/tool-any/civil-scorm"
# The published binary: the native executable in this machine's package, as `dotnet publish -r $rid` makes it.
mkdir -p "$work/cli"
unzip -p "$root/nupkg/CivilSociety.Scorm.Cli.$rid."*.nupkg "tools/any/$rid/civil-scorm" >"$work/cli/civil-scorm" && chmod +x "$work/cli/civil-scorm"
cli="$work/cli/civil-scorm"
# The installed command is the packed binary itself (not a stale copy from NuGet's cache), and a native executable.
tool_native=no
cmp -s "$(readlink -f "$tool")" "$cli" && file -L "$tool" | grep -q ELF && tool_native=yes
echo "installed: $(readlink -f "$tool" | sed "s|$work/||") ($(file -bL "$tool" | cut -d, -f1-2))"
# shellcheck source=scripts/bench-report.sh
source "$root/scripts/bench-report.sh"
if (( report_only )); then
  report_benchmark
  exit $?
fi

echo "== building the JIT-compiled CLI and the generator =="
dotnet build src/CivilSociety.Scorm.Cli -c Release -nologo -v q >"$work/build.log" 2>&1 || { cat "$work/build.log"; exit 1; }
dotnet build tests/CivilSociety.Scorm.Benchmarks -c Release -nologo -v q >"$work/build.log" 2>&1 || { cat "$work/build.log"; exit 1; }
jit_dir="src/CivilSociety.Scorm.Cli/bin/Release/net10.0"
generator=(dotnet tests/CivilSociety.Scorm.Benchmarks/bin/Release/net10.0/CivilSociety.Scorm.Benchmarks.dll generate)

echo "== generating the synthetic courses =="
"${generator[@]}" "$work/synthetic-x1" --scale 1 | tee "$work/generated-x1.txt"
(( x10 )) && "${generator[@]}" "$work/synthetic-x10" --scale 10 | tee "$work/generated-x10.txt"
# "N quizzes (M questions)" as written by the generator: a quiz beyond SCORM 1.2's suspend_data budget is plain text.
questions() { sed -n 's/.*(\([0-9]*\) questions).*/\1/p' "$work/generated-$1.txt"; }

# The machine's 1-minute load average now: other work on a shared machine slows every figure, so each is shown with it.
load_now() { cut -d' ' -f1 /proc/loadavg; }

# timed LABEL COMMAND...: runs it twice, appends "microseconds peak-KB load page-faults" to $work/LABEL.times.
# The time is the command's alone, started straight from this shell and read from bash's own clock: timing it with
# `date` around GNU time (as before 2026-12-07, fifth session) added the start of `date` and of GNU time to every
# figure, about 10 ms on this VM (the same binary building the real course: 60.9 ms that way, 51.2 ms this way,
# medians of 15). Its peak memory and page faults come from a second run, under GNU time, which is not timed.
timed() {
  local label="$1"; shift
  local start end load
  load=$(load_now)
  start=${EPOCHREALTIME/[.,]/}
  "$@" >/dev/null 2>"$work/stderr" || { echo "bench.sh: $* failed:" >&2; cat "$work/stderr" >&2; exit 1; }
  end=${EPOCHREALTIME/[.,]/}
  /usr/bin/time -f "%M %R" -o "$work/peak" "$@" >/dev/null 2>"$work/stderr" || { echo "bench.sh: $* failed:" >&2; cat "$work/stderr" >&2; exit 1; }
  read -r peak_kb faults < <(tail -1 "$work/peak")
  echo "$(( end - start )) $peak_kb $load $faults" >>"$work/$label.times"
}

# median LABEL [COLUMN]: the median of a column of $work/LABEL.times (1: microseconds, 2: peak KB, 3: load average,
# 4: minor page faults).
median() {
  awk -v c="${2:-1}" '{ print $c }' "$work/$1.times" | sort -n |
    awk '{ a[NR] = $1 } END { print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2 }'
}

# bench_course NAME COURSE_DIR RUNS [TOOL]: the CLI build and the zip floor (and TOOL's build), interleaved.
bench_course() {
  local name="$1" course="$2" count="$3" tool="${4:-}"
  "$cli" build "$course" -o "$work/$name.zip" >/dev/null
  mkdir -p "$work/tree-$name"
  unzip -q -o "$work/$name.zip" -d "$work/tree-$name"
  for (( i = 0; i < count; i++ )); do
    timed "build-$name" "$cli" build "$course" -o "$work/$name.zip"
    [[ -z "$tool" ]] || timed "tool-$name" "$tool" build "$course" -o "$work/tool-$name.zip"
    # The floor: zip -qr -6 over the package's files, into a new zip each time (zip updates an existing one).
    timed "zip-$name" bash -c 'rm -f "$2"; cd "$1" && exec zip -qr -6 "$2" .' _ "$work/tree-$name" "$work/floor-$name.zip"
  done
}

# The courses just generated (400 MB of images with x10) and the packages just packed may still be in the kernel's
# writeback: flushed first, so that it does not share the cores with the first timings (the real course measured
# 0.080 s in a run that timed right after generating, 0.054 s in the next run of the same binary).
sync
echo "== timing (runs: real course $real_runs, synthetic $runs, x10 $x10_runs) =="
bench_course real content "$real_runs" "$tool"
for (( i = 0; i < runs; i++ )); do
  timed jit-apphost "$jit_dir/civil-scorm" build content -o "$work/jit.zip"
  timed jit-dotnet dotnet "$jit_dir/civil-scorm.dll" build content -o "$work/jit.zip"
  timed tool-any "$tool_any" build content -o "$work/tool-any.zip"
done
bench_course x1 "$work/synthetic-x1" "$runs"
for (( i = 0; i < runs; i++ )); do
  # For reference: a zip that, like the packager, stores the media instead of trying to deflate them.
  timed zip-stored-x1 bash -c 'rm -f "$2"; cd "$1" && exec zip -qr -6 -n .jpg:.png "$2" .' _ "$work/tree-x1" "$work/floor-stored-x1.zip"
done
(( x10 )) && bench_course x10 "$work/synthetic-x10" "$x10_runs"

"$cli" build content -o "$work/again.zip" >/dev/null
"$cli" build "$work/synthetic-x1" -o "$work/again-x1.zip" >/dev/null
deterministic=yes
cmp -s "$work/real.zip" "$work/again.zip" && cmp -s "$work/x1.zip" "$work/again-x1.zip" || deterministic=no
# The installed tool (and its fallback) build the same bytes as the published binary.
tool_same=yes
cmp -s "$work/real.zip" "$work/tool-real.zip" && cmp -s "$work/real.zip" "$work/tool-any.zip" || tool_same=no

# What one package ships of the runtime, gzip -6 per file, for the target that ships the most: its player, the
# statement sender where it is separate, the style (packaging/runtime/test/bundles.test.js holds the same sets).
runtime_gz=0
for shipped in "player.js xapi.js" "player-scorm2004.js xapi.js" "player-cmi5.js"; do
  size=0
  for file in $shipped player.min.css; do
    size=$(( size + $(gzip -6 -c "packaging/runtime/$file" | wc -c) ))
  done
  (( size > runtime_gz )) && runtime_gz=$size
done
real_zip=$(stat -c %s "$work/real.zip")

# Instruction counts (valgrind's callgrind), for the real course: unlike times, they hardly move with the machine's
# load, so they compare two commits honestly. The binary is copied without its .dbg (valgrind cannot read it).
instructions() {
  command -v valgrind >/dev/null || { echo "-"; return; }
  mkdir -p "$work/callgrind" && cp "$cli" "$work/callgrind/civil-scorm"
  valgrind --tool=callgrind --callgrind-out-file=/dev/null "$work/callgrind/civil-scorm" "$@" 2>&1 >/dev/null |
    awk '/Collected/ { print $NF }'
}
echo "== instruction counts (callgrind) =="
real_instructions=$(instructions build content -o "$work/callgrind.zip")
version_instructions=$(instructions --version)

if (( browser )); then
  echo "== headless Chromium on loopback (BrowserTimings): the real course, then the synthetic one's launch =="
  bash scripts/ensure-test-tools.sh >"$work/tools.log" 2>&1 || { cat "$work/tools.log"; exit 1; }
  browser_load=$(load_now)
  CIVIL_SCORM_BROWSER_BENCH="$work/browser.txt" dotnet test tests/CivilSociety.Scorm.Browser.Tests -c Release -nologo -v q \
    --filter "FullyQualifiedName~BrowserTimings" >"$work/browser.log" 2>&1 || { cat "$work/browser.log"; exit 1; }
  [[ -s "$work/browser.txt" ]] || { echo "bench.sh: the browser measurement wrote nothing" >&2; cat "$work/browser.log"; exit 1; }
  synthetic_browser_load=$(load_now)
  CIVIL_SCORM_BROWSER_BENCH="$work/browser-x1.txt" CIVIL_SCORM_BROWSER_BENCH_COURSE="$work/synthetic-x1" \
    CIVIL_SCORM_BROWSER_BENCH_LAUNCH_ONLY=1 dotnet test tests/CivilSociety.Scorm.Browser.Tests -c Release -nologo -v q \
    --no-build --filter "FullyQualifiedName~BrowserTimings" >"$work/browser-x1.log" 2>&1 || { cat "$work/browser-x1.log"; exit 1; }
  [[ -s "$work/browser-x1.txt" ]] || { echo "bench.sh: the synthetic browser measurement wrote nothing" >&2; cat "$work/browser-x1.log"; exit 1; }
fi
browser_value() { awk -v k="$1" '$1 == k { print $2 }' "${2:-$work/browser.txt}"; }

# --- the table ---
failed=0
# row LABEL MEASURED LIMIT UNIT TEXT LOAD: PASS when MEASURED <= LIMIT; LOAD, the load average while it was measured.
row() {
  local verdict
  verdict=$(awk -v m="$2" -v l="$3" 'BEGIN { print (m <= l) ? "PASS" : "FAIL" }')
  [[ "$verdict" == PASS ]] || failed=1
  printf '| %-52s | %-34s | %-10s | %5s | %-6s | %s |\n' "$1" "$5" "<= $3 $4" "$(awk -v m="$2" -v l="$3" 'BEGIN { printf "%.2f", m / l }')" "${6:-}" "$verdict"
}
seconds() { awk -v u="$1" 'BEGIN { printf "%.3f", u / 1e6 }'; }
load_of() { median "$1" 3; }

real_s=$(seconds "$(median build-real)")
tool_s=$(seconds "$(median tool-real)")
tool_ratio=$(awk -v a="$tool_s" -v b="$real_s" 'BEGIN { printf "%.2f", a / b }')
real_zip_s=$(seconds "$(median zip-real)")
x1_s=$(seconds "$(median build-x1)")
x1_zip_s=$(seconds "$(median zip-x1)")
x1_ratio=$(awk -v a="$x1_s" -v b="$x1_zip_s" 'BEGIN { printf "%.2f", a / b }')
x1_peak_mb=$(awk -v k="$(median build-x1 2)" 'BEGIN { printf "%.0f", k / 1024 }')

echo
echo "civil-scorm $(git describe --always --dirty 2>/dev/null || echo '?'), $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg), $(date -u +%Y-%m-%dT%H:%MZ)"
echo
printf '| %-52s | %-34s | %-10s | %5s | %-6s | %s |\n' "target" "measured (medians)" "limit" "ratio" "load" "result"
printf '|%s|%s|%s|%s|%s|%s|\n' "$(printf -- '-%.0s' {1..54})" "$(printf -- '-%.0s' {1..36})" "------------" "-------" "--------" "--------"
row "real course, whole CLI process (native AOT)" "$real_s" 0.05 s "$real_s s" "$(load_of build-real)"
row "real course: installed tool / published binary" "$tool_ratio" 1.5 x "$tool_s s / $real_s s = ${tool_ratio}x" "$(load_of tool-real)"
row "synthetic 300 sections: CLI / zip -qr -6" "$x1_ratio" 1.5 x "$x1_s s / $x1_zip_s s = ${x1_ratio}x" "$(load_of build-x1)"
row "synthetic 300 sections: peak memory (RSS)" "$x1_peak_mb" 200 MB "$x1_peak_mb MB" "$(load_of build-x1)"
if (( x10 )); then
  x10_s=$(seconds "$(median build-x10)")
  x10_scale=$(awk -v a="$x10_s" -v b="$x1_s" 'BEGIN { printf "%.2f", a / b }')
  row "x10 input: CLI time x10 / x1" "$x10_scale" 11 x "$x10_s s / $x1_s s = ${x10_scale}x" "$(load_of build-x10)"
fi
row "runtime a package ships (the largest target), gzip -6 per file" "$(awk -v b="$runtime_gz" 'BEGIN { printf "%.1f", b / 1024 }')" 30 KB "$runtime_gz bytes"
row "real course zip" "$(awk -v b="$real_zip" 'BEGIN { printf "%.1f", b / 1024 }')" 150 KB "$real_zip bytes"
if (( browser )); then
  row "Chromium: launch to first section painted (median)" "$(browser_value launch_ms)" 150 ms "$(browser_value launch_ms) ms" "$browser_load"
  row "Chromium: launch to first section painted (p90)" "$(browser_value launch_p90_ms)" 200 ms "$(browser_value launch_p90_ms) ms" "$browser_load"
  row "Chromium: section switch to next frame" "$(browser_value switch_ms)" 30 ms "$(browser_value switch_ms) ms (p90 $(browser_value switch_p90_ms))" "$browser_load"
  row "Chromium: real click to frame presented (slowest)" "$(browser_value switch_slowest_click_ms)" 30 ms \
    "$(browser_value switch_slowest_click_ms) ms ($(browser_value switch_clicks_over_16ms)/$(browser_value switch_clicks) over 16)" "$browser_load"
  row "Chromium: LMSCommit per learner action (most)" "$(browser_value commits_per_action_max)" 1 "" "$(browser_value commits_per_action_max) over $(browser_value actions) actions" "$browser_load"
  row "Chromium: synthetic 300 sections, launch (median)" "$(browser_value launch_ms "$work/browser-x1.txt")" 150 ms \
    "$(browser_value launch_ms "$work/browser-x1.txt") ms (p90 $(browser_value launch_p90_ms "$work/browser-x1.txt"))" "$synthetic_browser_load"
fi
[[ $deterministic == yes ]] || failed=1
printf '| %-52s | %-34s | %-10s | %5s | %-6s | %s |\n' "two builds byte-identical (real, synthetic)" "$deterministic" "yes" "" "" \
  "$([[ $deterministic == yes ]] && echo PASS || echo FAIL)"
[[ $tool_native == yes && $tool_same == yes ]] || failed=1
printf '| %-52s | %-34s | %-10s | %5s | %-6s | %s |\n' "installed tool: the packed native binary, same zip" "binary $tool_native, zip $tool_same" "yes" "" "" \
  "$([[ $tool_native == yes && $tool_same == yes ]] && echo PASS || echo FAIL)"

echo
echo "For reference (same run):"
echo "  instructions (callgrind, user space, the native binary): real course build $real_instructions; --version $version_instructions"
# Where a page fault is dear (a VM's nested paging), every fresh page of memory costs: the counts show how many a build
# takes; the caches are what .NET's GC sizes its youngest generation by (none reported: a small one, more collections).
caches=$(lscpu 2>/dev/null | awk -F: '/^L3 cache/ { gsub(/^ +/, "", $2); print $2 }')
echo "  page faults (minor, medians): real course build $(median build-real 4), synthetic x1 $(median build-x1 4); L3 cache as reported: ${caches:-none}"
echo "  real course: zip -qr -6 over its tree $real_zip_s s; JIT apphost $(seconds "$(median jit-apphost)") s; dotnet civil-scorm.dll $(seconds "$(median jit-dotnet)") s; installed fallback (CivilSociety.Scorm.Cli.any, JIT) $(seconds "$(median tool-any)") s; peak $(awk -v k="$(median build-real 2)" 'BEGIN { printf "%.0f", k / 1024 }') MB"
if (( x10 )); then
  echo "  x10: zip -qr -6 $(seconds "$(median zip-x10)") s (CLI / zip $(awk -v a="$x10_s" -v b="$(seconds "$(median zip-x10)")" 'BEGIN { printf "%.2f", a / b }')x); peak $(awk -v k="$(median build-x10 2)" 'BEGIN { printf "%.0f", k / 1024 }') MB"
fi
echo "  x1: zip -qr -6 -n .jpg:.png (media stored, as the packager does) $(seconds "$(median zip-stored-x1)") s"
echo "  synthetic courses: x1 $(questions x1) quiz questions$( (( x10 )) && echo ", x10 $(questions x10)") (sections past SCORM 1.2's suspend_data budget carry their questions as text)"
echo "  package sizes: real $real_zip bytes, synthetic x1 $(stat -c %s "$work/x1.zip") bytes"
if (( browser )); then
  echo "  launch, from the SCO's navigation start (medians): response $(browser_value launch_response_end_ms) ms, DOMContentLoaded" \
       "$(browser_value launch_dom_content_loaded_ms) ms, section shown $(browser_value launch_section_shown_ms) ms, next frame" \
       "$(browser_value launch_frame_after_shown_ms) ms, title presented $(browser_value launch_ms) ms (first contentful paint $(browser_value first_contentful_paint_ms) ms)"
  x1b="$work/browser-x1.txt"
  echo "  synthetic launch (medians): response $(browser_value launch_response_end_ms "$x1b") ms, DOMContentLoaded" \
       "$(browser_value launch_dom_content_loaded_ms "$x1b") ms, section shown $(browser_value launch_section_shown_ms "$x1b") ms, title presented" \
       "$(browser_value launch_ms "$x1b") ms (first contentful paint $(browser_value first_contentful_paint_ms "$x1b") ms)"
fi
if (( report )); then
  echo
  report_benchmark || failed=1
fi
exit "$failed"
