#!/usr/bin/env bash
# Regenerates every picture of the README and the guides (docs/images/*.png) from the real course (content/) and the
# samples as they build now, in Debian's headless Chromium driven by Playwright (never a downloaded browser): the
# player in Arabic and English on a desktop and a phone, a checked quiz, the preview with its call log, a diagnostic
# in a terminal, the mastery report. The pictures are taken by GuideScreenshots in the browser test project, which is
# skipped in the test suite and runs only here.
#
#   bash scripts/screenshots.sh
#
# Then look at `git diff --stat docs/images` and commit the pictures that changed with the change that changed them.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

bash scripts/ensure-test-tools.sh
images="$PWD/docs/images"
mkdir -p "$images"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
CIVIL_SCORM_GUIDE_IMAGES="$images" dotnet test tests/CivilSociety.Scorm.Browser.Tests \
  --filter "FullyQualifiedName~GuideScreenshots" --logger "console;verbosity=minimal"
ls -l "$images"
