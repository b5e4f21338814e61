#!/usr/bin/env bash
# THE test command of this repository (the README's; .ci/run runs exactly this).
#
#   bash scripts/test.sh [extra dotnet test arguments, e.g. --filter FullyQualifiedName~Relaunch]
#
# 1. scripts/ensure-test-tools.sh: Chromium, fonts, xmllint, unzip (installs only what is missing).
# 2. The runtime's JavaScript tests (packaging/runtime, `npm test`): `npm ci` when node_modules is missing or the
#    lock changed, then node's test runner with a TAP report in TestResults/js-tests.tap.
# 3. dotnet test CivilSociety.Scorm.sln: every test project, with a TRX report each in TestResults/
#    (or $TEST_RESULTS_DIR).
# 4. Sums the TRX counters over all projects and the TAP summary of the JS tests, and prints, as the very last line,
#        N passed, N failed            (", N skipped" is appended only when N > 0)
#    Exit status: non-zero when a test failed, the build failed, or a test run did not complete.
set -uo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root" || exit 2

bash scripts/ensure-test-tools.sh || { echo "test.sh: scripts/ensure-test-tools.sh failed" >&2; echo "0 passed, 0 failed"; exit 1; }

results="${TEST_RESULTS_DIR:-$root/TestResults}"
rm -rf "$results"
mkdir -p "$results"

# ---- The runtime's JavaScript tests ----------------------------------------------------------------------------
runtime="$root/packaging/runtime"
js_tap="$results/js-tests.tap"
js_status=0
start=$SECONDS
stamp="$runtime/node_modules/.npm-ci.stamp"
if [[ ! -e "$stamp" || "$runtime/package-lock.json" -nt "$stamp" || "$runtime/package.json" -nt "$stamp" ]]; then
  echo "test.sh: npm ci in packaging/runtime"
  ( cd "$runtime" && NPM_CONFIG_UPDATE_NOTIFIER=false npm ci --prefer-offline --no-audit --no-fund --ignore-scripts ) \
    && touch "$stamp" || js_status=1
fi
if (( js_status == 0 )); then
  ( cd "$runtime" && node --test --test-reporter=spec --test-reporter-destination=stdout \
      --test-reporter=tap --test-reporter-destination="$js_tap" test/*.test.js )
  js_status=$?
fi
echo "test.sh: JavaScript tests exit $js_status, $((SECONDS - start))s"

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
start=$SECONDS
dotnet test CivilSociety.Scorm.sln --logger trx --results-directory "$results" "$@"
status=$?
elapsed=$((SECONDS - start))

# <Counters total="7" executed="7" passed="6" failed="1" error="0" timeout="0" aborted="0" ... notExecuted="0" .../>
counter() {  # counter NAME COUNTERS-ELEMENT -> the number (0 when absent)
  local value
  value="$(printf '%s' "$2" | sed -n "s/.* $1=\"\([0-9]*\)\".*/\1/p")"
  echo "${value:-0}"
}
passed=0 failed=0 skipped=0 reports=0
while IFS= read -r -d '' trx; do
  reports=$((reports + 1))
  counters="$(grep -o '<Counters [^>]*>' "$trx" | head -1)"
  if [[ -z "$counters" ]]; then
    echo "test.sh: no <Counters> in $trx" >&2
    (( status != 0 )) || status=1
    continue
  fi
  passed=$((passed + $(counter passed "$counters")))
  failed=$((failed + $(counter failed "$counters") + $(counter error "$counters") + $(counter timeout "$counters") + $(counter aborted "$counters")))
  # A skipped xunit test is counted in total but not in executed (vstest leaves notExecuted at 0 for it).
  not_run=$(( $(counter total "$counters") - $(counter executed "$counters") ))
  (( not_run < $(counter notExecuted "$counters") )) && not_run=$(counter notExecuted "$counters")
  skipped=$((skipped + not_run))
done < <(find "$results" -name '*.trx' -print0)

# The JS tests' TAP summary, its last lines: "# pass N", "# fail N", "# cancelled N", "# skipped N", "# todo N".
tap_count() {  # tap_count NAME -> the number (0 when absent)
  local value
  value="$(sed -n "s/^# $1 \([0-9][0-9]*\)\$/\1/p" "$js_tap" 2>/dev/null | tail -1)"
  echo "${value:-0}"
}
if [[ -s "$js_tap" ]] && grep -q '^# pass [0-9]' "$js_tap"; then
  js_passed=$(tap_count pass) js_failed=$(($(tap_count fail) + $(tap_count cancelled)))
  passed=$((passed + js_passed))
  failed=$((failed + js_failed))
  skipped=$((skipped + $(tap_count skipped) + $(tap_count todo)))
  echo "test.sh: JavaScript tests: $js_passed passed, $js_failed failed (${js_tap#"$root"/})"
  if (( js_status != 0 && js_failed == 0 )); then
    echo "test.sh: the JavaScript tests failed without a failed test (see above)" >&2
  fi
else
  echo "test.sh: no JavaScript test summary in ${js_tap#"$root"/} (npm ci or node --test failed, see above)" >&2
  (( js_status != 0 )) || js_status=1
fi

echo
echo "test.sh: $reports test report(s) in ${results#"$root"/}, dotnet test exit $status, ${elapsed}s"
if (( status != 0 && failed == 0 )); then
  echo "test.sh: dotnet test failed without a failed test: a build error, or a test host that crashed (see above)" >&2
fi
if (( reports == 0 )); then
  echo "test.sh: no test ran" >&2
  (( status != 0 )) || status=1
fi

summary="$passed passed, $failed failed"
(( skipped > 0 )) && summary+=", $skipped skipped"
echo "$summary"
if (( failed > 0 || js_status != 0 )); then exit 1; fi
exit "$status"
