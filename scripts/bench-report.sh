# Sourced by scripts/bench.sh (needs $root, $work and $cli, the published CLI): `report` on 100,000 and 1,000,000
# synthetic "answered" statements of 10,000 learners on a 100-question course, read from an LRS on loopback (the
# benchmark project's report-lrs: pages of 500 made as they are sent, in a process of its own), and on a Moodle
# interactions download of 10,000 learners. Each run is timed by GNU time -v (wall clock, peak resident memory);
# prints a table against the targets of issue 21 and returns 1 when one fails.

# report_time FILE KEY: a figure from /usr/bin/time -v's output: wall seconds ("wall"), peak MB ("peak"), CPU seconds ("cpu").
report_time() {
  awk -v key="$2" -F': ' '
    /Elapsed \(wall clock\)/ { n = split($2, p, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + p[i]; wall = s }
    /Maximum resident set size/ { peak = $2 / 1024 }
    /User time|System time/ { cpu += $2 }
    END { if (key == "wall") printf "%.2f", wall; else if (key == "peak") printf "%.0f", peak; else printf "%.2f", cpu }' "$1"
}

# report_run LABEL ARGS...: the CLI's report, timed; checks that it wrote a report of 10,000 learners.
report_run() {
  local label="$1"; shift
  /usr/bin/time -v -o "$work/$label.time" "$cli" report "$work/report-course" "$@" --format json -o "$work/$label.json" \
    >"$work/$label.out" 2>"$work/$label.err" || { echo "bench.sh: report ($label) failed:" >&2; cat "$work/$label.err" >&2; return 1; }
  local learners
  learners=$(grep -c '"attempt":' "$work/$label.json" || true)
  [[ "$learners" == 10000 ]] || { echo "bench.sh: report ($label) holds $learners learners, not 10000" >&2; return 1; }
}

# report_lrs STATEMENTS: the synthetic LRS for the time of one report.
report_lrs() {
  local statements="$1" port="" pid
  "${report_generator[@]}" report-lrs --statements "$statements" --learners 10000 >"$work/lrs-$statements.out" 2>&1 &
  pid=$!
  for (( i = 0; i < 300 && ${#port} == 0; i++ )); do
    sleep 0.1
    port=$(awk '$1 == "port" { print $2 }' "$work/lrs-$statements.out")
  done
  [[ -n "$port" ]] || { echo "bench.sh: the synthetic LRS did not start" >&2; cat "$work/lrs-$statements.out" >&2; kill "$pid"; return 1; }
  report_run "lrs-$statements" --lrs "http://127.0.0.1:$port/xapi/"
  local status=$?
  kill "$pid" 2>/dev/null; wait "$pid" 2>/dev/null || true
  return $status
}

report_benchmark() {
  echo "== report: 100,000 and 1,000,000 LRS statements, a Moodle download of 10,000 learners =="
  dotnet build tests/CivilSociety.Scorm.Benchmarks -c Release -nologo -v q >"$work/report-build.log" 2>&1 || { cat "$work/report-build.log"; return 1; }
  report_generator=(dotnet tests/CivilSociety.Scorm.Benchmarks/bin/Release/net10.0/CivilSociety.Scorm.Benchmarks.dll)
  "${report_generator[@]}" report-course "$work/report-course"
  "${report_generator[@]}" report-moodle "$work/moodle-10000.txt" --learners 10000
  report_lrs 100000 || return 1
  report_lrs 1000000 || return 1
  report_run moodle-10000 --moodle "$work/moodle-10000.txt" || return 1

  local small big ratio peak_small peak_big moodle moodle_peak result=0
  small=$(report_time "$work/lrs-100000.time" wall)
  big=$(report_time "$work/lrs-1000000.time" wall)
  ratio=$(awk -v a="$big" -v b="$small" 'BEGIN { printf "%.2f", a / b }')
  peak_small=$(report_time "$work/lrs-100000.time" peak)
  peak_big=$(report_time "$work/lrs-1000000.time" peak)
  moodle=$(report_time "$work/moodle-10000.time" wall)
  moodle_peak=$(report_time "$work/moodle-10000.time" peak)

  report_row() {
    local verdict
    verdict=$(awk -v m="$2" -v l="$3" 'BEGIN { print (m <= l) ? "PASS" : "FAIL" }')
    [[ "$verdict" == PASS ]] || result=1
    printf '| %-52s | %-34s | %-10s | %5s | %s |\n' "$1" "$5" "<= $3 $4" "$(awk -v m="$2" -v l="$3" 'BEGIN { printf "%.2f", m / l }')" "$verdict"
  }
  echo
  echo "report (one run each; GNU time -v; the CLI's wall clock while the LRS makes its pages in a process of its own)"
  echo
  printf '| %-52s | %-34s | %-10s | %5s | %s |\n' "target" "measured" "limit" "ratio" "result"
  printf '|%s|%s|%s|%s|%s|\n' "$(printf -- '-%.0s' {1..54})" "$(printf -- '-%.0s' {1..36})" "------------" "-------" "--------"
  report_row "report, 1,000,000 LRS statements: time" "$big" 60 s "$big s (CPU $(report_time "$work/lrs-1000000.time" cpu) s)"
  report_row "report, 1,000,000 / 100,000 statements: time" "$ratio" 11 x "$big s / $small s = ${ratio}x"
  report_row "report, 1,000,000 LRS statements: peak memory" "$peak_big" 500 MB "$peak_big MB (100,000: $peak_small MB)"
  report_row "report, Moodle download of 10,000 learners: peak" "$moodle_peak" 500 MB "$moodle_peak MB, $moodle s ($(( $(stat -c %s "$work/moodle-10000.txt") / 1048576 )) MB file)"
  echo "  100,000 statements: $small s (CPU $(report_time "$work/lrs-100000.time" cpu) s), peak $peak_small MB"
  return $result
}
