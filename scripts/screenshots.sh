#!/usr/bin/env bash
# Regenerates every picture of the README and the guides (docs/images/*.png) from the real course (content/) and the
# samples as they build now, in Debian's headless Chromium driven by Playwright (never a downloaded browser): the
# player in Arabic and English on a desktop and a phone, a checked quiz, a practice check and the blocks' sample, the
# ending with each outcome's mastery and the certificate, the preview with its call log, a diagnostic in a terminal,
# the mastery report. The pictures are taken by GuideScreenshots in the browser test project, which is skipped in
# the test suite and runs only here. When Debian's pngquant is installed (apt-get install pngquant), each picture is
# then reduced to a palette of at most 256 colours: a third of the size, the text as sharp.
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
if command -v pngquant >/dev/null 2>&1; then
  for png in "$images"/*.png; do
    # 98: the smaller file would not be smaller; 99: not within the quality asked. Either way the picture stays as taken.
    pngquant --force --skip-if-larger --strip --quality=70-95 --speed 1 --ext .png -- "$png" || { rc=$?; [[ $rc == 98 || $rc == 99 ]]; }
  done
else
  echo "screenshots: pngquant is not installed (apt-get install pngquant): the pictures are left as Chromium took them" >&2
fi
ls -l "$images"
du -cb "$images"/*.png | tail -1
