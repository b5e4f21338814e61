#!/usr/bin/env bash
# Make sure the tools the test suite needs are installed (Debian, non-interactive).
#
#   chromium            headless browser for tests/CivilSociety.Scorm.Browser.Tests (Playwright drives it)
#   fonts-dejavu-core   Latin glyphs (and some Arabic) for screenshots
#   fonts-noto-core     full Arabic shaping (Noto Naskh/Sans Arabic) for the RTL screenshots, when available
#   libxml2-utils       xmllint, used by scripts/validate-manifest.sh
#   unzip               scripts/validate-manifest.sh on a .zip
#   npm                 only when no npm is on PATH (the test project's build runs `npm ci` for its test-only
#                       JavaScript: scorm-again and axe-core)
#
# Idempotent: installs only what is missing and runs `apt-get update` only then.
# Never downloads a browser any other way (no `playwright install`).
# Needs root (or passwordless sudo) only when something has to be installed.
#
# Usage: bash scripts/ensure-test-tools.sh      (exit 0 = everything is ready)
set -euo pipefail

log() { echo "ensure-test-tools: $*" >&2; }

# Debian package  ->  a file that proves it is installed
declare -A required=(
  [chromium]=/usr/bin/chromium
  [fonts-dejavu-core]=/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf
  [libxml2-utils]=/usr/bin/xmllint
  [unzip]=/usr/bin/unzip
)
# Installed when the distribution has it; the tests still run without it.
optional_fonts=(fonts-noto-core)

installed() { [[ "$(dpkg-query -W -f='${Status}' "$1" 2>/dev/null || true)" == *"ok installed"* ]]; }

missing=()
for pkg in "${!required[@]}"; do
  if [[ ! -e "${required[$pkg]}" ]] || ! installed "$pkg"; then missing+=("$pkg"); fi
done
for pkg in "${optional_fonts[@]}"; do
  installed "$pkg" || missing+=("$pkg?")
done

# Only optional packages missing and known to be unavailable here: nothing to do.
need_install=0
for pkg in "${missing[@]}"; do [[ "$pkg" == *\? ]] || need_install=1; done
if (( ! need_install )) && (( ${#missing[@]} > 0 )); then
  # Optional fonts: try once per machine; remember a failure so that every run stays fast.
  marker="${XDG_CACHE_HOME:-${HOME:-/tmp}/.cache}/civil-scorm-optional-fonts-tried"
  if [[ -e "$marker" ]]; then missing=(); else need_install=1; fi
fi

if (( need_install )); then
  SUDO=""
  if [[ "$(id -u)" -ne 0 ]]; then
    if command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then SUDO="sudo -n"; else
      log "missing: ${missing[*]//\?/}; not root and no passwordless sudo, cannot install"
      exit 1
    fi
  fi
  export DEBIAN_FRONTEND=noninteractive
  log "installing: ${missing[*]//\?/}"
  $SUDO apt-get update -q >&2
  to_install=()
  for pkg in "${missing[@]}"; do
    if [[ "$pkg" == *\? ]]; then
      pkg="${pkg%\?}"
      # Optional: only when the archive has an installable candidate.
      policy="$(apt-cache policy "$pkg" 2>/dev/null || true)"
      if [[ "$policy" =~ Candidate:\ [0-9] ]]; then to_install+=("$pkg"); else
        log "optional package $pkg not available; skipping"
      fi
    else
      to_install+=("$pkg")
    fi
  done
  if (( ${#to_install[@]} > 0 )); then
    $SUDO apt-get install -y -q --no-install-recommends \
      -o Dpkg::Options::=--force-confdef -o Dpkg::Options::=--force-confold \
      "${to_install[@]}" >&2
  fi
  marker="${XDG_CACHE_HOME:-${HOME:-/tmp}/.cache}/civil-scorm-optional-fonts-tried"
  mkdir -p "$(dirname "$marker")" 2>/dev/null && : >"$marker" 2>/dev/null || true
fi

for pkg in "${!required[@]}"; do
  [[ -e "${required[$pkg]}" ]] || { log "${required[$pkg]} still missing after installing $pkg"; exit 1; }
done

# Debian's wrapper may print a harmless "[: ...: unexpected operator" line on stderr: keep the version only.
log "$(/usr/bin/chromium --version 2>/dev/null || echo 'chromium: version unknown'); $(xmllint --version 2>&1 | head -1)"
