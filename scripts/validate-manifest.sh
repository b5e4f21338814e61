#!/usr/bin/env bash
# Validate the imsmanifest.xml of a SCORM 1.2 package.
#
#   scripts/validate-manifest.sh path/to/package.zip
#   scripts/validate-manifest.sh path/to/imsmanifest.xml     (files are looked up beside it)
#   scripts/validate-manifest.sh path/to/unzipped-package/
#
# Exit status: 0 valid, 1 invalid (reasons on stderr, one per line), 2 usage or missing tool.
# Needs xmllint (libxml2-utils) and, for a .zip, unzip: bash scripts/ensure-test-tools.sh installs both.
#
# Checks, in order:
#   1. zip only: an entry named exactly imsmanifest.xml at the root (Moodle: badimsmanifestlocation /
#      nomanifest otherwise); entry names are safe ASCII ([A-Za-z0-9._-] and '/'), no '..', no __MACOSX.
#   2. the SCORM 1.2 schemas (imscp + adlcp, from packaging/schemas/, through scripts/scorm12-driver.xsd).
#   3. what the schemas leave out: organizations/@default names an organization; every identifierref names
#      a resource; every resource an item launches has adlcp:scormtype (with that literal prefix, which is
#      what Moodle matches); adlcp:masteryscore is a whole number from 1 to 100; every resource/file href
#      exists in the package (zip or folder); no numeric character references or CDATA (Moodle mangles them).
set -euo pipefail

me="${0##*/}"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
schema="$here/scorm12-driver.xsd"

usage() { echo "usage: $me <package.zip | imsmanifest.xml | package-folder>" >&2; exit 2; }
[[ $# -eq 1 ]] || usage
input="$1"
[[ -e "$input" ]] || { echo "$me: no such file: $input" >&2; exit 2; }
command -v xmllint >/dev/null || { echo "$me: xmllint not found (run scripts/ensure-test-tools.sh)" >&2; exit 2; }
[[ -f "$schema" ]] || { echo "$me: missing $schema" >&2; exit 2; }

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
errors=0
fail() { echo "$label: $*" >&2; errors=$((errors + 1)); }

entries="$work/entries"   # every file of the package, relative to its root, one per line
if [[ -d "$input" ]]; then
  root="${input%/}"
  manifest="$root/imsmanifest.xml"
  label="$manifest"
  [[ -f "$manifest" ]] || { echo "$input: no imsmanifest.xml in the folder" >&2; exit 1; }
  (cd "$root" && find . -type f | sed 's|^\./||') >"$entries"
elif [[ "${input,,}" == *.zip ]]; then
  command -v unzip >/dev/null || { echo "$me: unzip not found (run scripts/ensure-test-tools.sh)" >&2; exit 2; }
  label="$input"
  unzip -Z1 "$input" >"$work/all-entries" 2>/dev/null || { echo "$input: not a readable zip file" >&2; exit 1; }
  grep -v '/$' "$work/all-entries" >"$entries" || true
  if ! grep -qxF imsmanifest.xml "$entries"; then
    nested="$(grep -i 'imsmanifest\.xml$' "$entries" | paste -sd, - || true)"
    if [[ -n "$nested" ]]; then
      echo "$input: imsmanifest.xml is not at the zip root (Moodle: badimsmanifestlocation); found: $nested" >&2
    else
      echo "$input: no imsmanifest.xml at the zip root (Moodle: nomanifest)" >&2
    fi
    exit 1
  fi
  while IFS= read -r name; do
    if [[ ! "$name" =~ ^[A-Za-z0-9._/-]+$ ]]; then fail "unsafe zip entry name (Moodle rewrites it): $name"
    elif [[ "$name" == /* || "/$name/" == */../* ]]; then fail "zip entry escapes the package root: $name"
    elif [[ "$name" == __MACOSX/* ]]; then fail "zip entry from a macOS archiver: $name"
    fi
  done <"$work/all-entries"
  unzip -p "$input" imsmanifest.xml >"$work/imsmanifest.xml"
  manifest="$work/imsmanifest.xml"
  label="$input!/imsmanifest.xml"
else
  manifest="$input"
  label="$input"
  root="$(dirname "$input")"
  (cd "$root" && find . -type f | sed 's|^\./||') >"$entries"
fi

# 2. Schemas. libxml2 complains about the unmodified ADL ims_xml.xsd on every run ("xml namespace URI
# cannot be the default namespace", then the source line and a caret) yet compiles it: drop those lines.
status=0
out="$(xmllint --noout --nonet --schema "$schema" "$manifest" 2>&1)" || status=$?
out="$(printf '%s\n' "$out" | awk '
  /ims_xml\.xsd:[0-9]+: namespace error : xml namespace URI cannot be the default namespace/ { drop = 2; next }
  drop > 0 { drop--; next }
  / validates$/ { next }
  NF { print }')"
out="${out//"$manifest"/$label}"
case "$status" in
  0) ;;
  1|2|3|4) printf '%s\n' "$out" >&2; echo "$label: not a valid SCORM 1.2 manifest" >&2; exit 1 ;;
  *) printf '%s\n' "$out" >&2; echo "$me: xmllint failed (exit $status): the schema set did not compile?" >&2; exit 2 ;;
esac

# 3. References and rules the schemas do not express.
values() {  # the values of the attributes an XPath selects, one per line
  { xmllint --xpath "$1" "$manifest" 2>/dev/null || true; } |
    { grep -o '="[^"]*"' || true; } | sed 's/^="//; s/"$//; s/&quot;/"/g; s/&lt;/</g; s/&gt;/>/g; s/&amp;/\&/g'
}
text_of() {  # the text of the elements an XPath selects, one per line
  local n i
  n="$(xmllint --xpath "count($1)" "$manifest" 2>/dev/null || echo 0)"
  for ((i = 1; i <= n; i++)); do printf '%s\n' "$(xmllint --xpath "string(($1)[$i])" "$manifest" 2>/dev/null)"; done
}
el() { printf '*[local-name()="%s"]' "$1"; }

orgs="$(values "//$(el organization)/@identifier")"
resources="$(values "//$(el resource)/@identifier")"
default="$(values "/$(el manifest)/$(el organizations)/@default")"
if [[ -z "$default" ]]; then
  fail "organizations has no default attribute (Moodle then picks the first organization)"
elif ! grep -qxF -- "$default" <<<"$orgs"; then
  fail "organizations/@default=\"$default\" names no organization"
fi
while IFS= read -r ref; do
  [[ -z "$ref" ]] || grep -qxF -- "$ref" <<<"$resources" || fail "identifierref=\"$ref\" names no resource"
done < <(values "//$(el item)/@identifierref | //$(el dependency)/@identifierref")

# Moodle reads the attribute by its literal name "adlcp:scormtype".
while IFS= read -r ref; do
  [[ -n "$ref" ]] && grep -qxF -- "$ref" <<<"$resources" || continue
  type="$(values "//$(el resource)[@identifier=\"$ref\"]/@*[local-name()=\"scormtype\"]" | head -1)"
  grep -qE "identifier=\"$ref\"[^>]*adlcp:scormtype=|adlcp:scormtype=[^>]*identifier=\"$ref\"" "$manifest" ||
    fail "resource \"$ref\" (launched by an item) has no attribute spelt adlcp:scormtype"
  [[ -z "$type" || "$type" == sco || "$type" == asset ]] || fail "resource \"$ref\": adlcp:scormtype=\"$type\""
done < <(values "//$(el item)/@identifierref" | sort -u)

while IFS= read -r score; do
  score="${score#"${score%%[![:space:]]*}"}"; score="${score%"${score##*[![:space:]]}"}"
  if [[ ! "$score" =~ ^[0-9]+$ ]] || (( 10#$score < 1 || 10#$score > 100 )); then
    fail "adlcp:masteryscore \"$score\" is not a whole number from 1 to 100 (Moodle drops 0 and misreads others)"
  fi
done < <(text_of "//$(el masteryscore)")

while IFS= read -r href; do
  [[ -n "$href" ]] || continue
  path="${href%%[?#]*}"
  [[ "$path" =~ ^[a-zA-Z][a-zA-Z0-9+.-]*: ]] && continue   # absolute URL
  grep -qxF -- "$path" "$entries" || fail "href \"$href\" names no file in the package"
done < <(values "//$(el resource)/@href | //$(el file)/@href" | sort -u)

# Moodle's manifest parser mangles character references and CDATA: characters must be written literally.
grep -q '&#[0-9xX]' "$manifest" && fail "numeric character reference (Moodle mangles it; write the character literally in UTF-8)"
grep -qF '<![CDATA[' "$manifest" && fail "CDATA section (Moodle mangles it; escape with &amp; &lt; instead)"

if (( errors > 0 )); then
  echo "$label: $errors problem(s)" >&2
  exit 1
fi
[[ -z "$out" ]] || printf '%s\n' "$out" >&2
echo "$label: valid SCORM 1.2 manifest"
