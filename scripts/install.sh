#!/usr/bin/env bash
# Installs civil-scorm from this clone as a global .NET tool: this machine's own package (the Native AOT binary on
# linux-x64; ReadyToRun on the other systems the project packs for), the portable fallback and the package users
# install (a pointer to them), packed into nupkg/, then installed from there (again, when it is installed already).
#
#   bash scripts/install.sh                 # this machine: packs only what an install here takes
#   bash scripts/install.sh --all-systems   # also every other system's package in nupkg/ (for a feed; many minutes)
#   bash scripts/install.sh --tool-path DIR # into DIR instead of ~/.dotnet/tools
#
# What it avoids (docs/admin-guide.md, "Installing the command", has the times):
# - packing again: when nupkg/ holds the packages of these very sources (same files, same options), it only installs;
# - the plain build: the pointer package holds no code, so it is packed without building (--no-build);
# - the linters: the packages' compiles skip the code-style and .NET analyzers (dotnet build and the tests run them);
# - debug symbols: the native binary is compiled without them (a package never ships them);
# - waiting: on a Native AOT machine one restore serves the three packages, the library is compiled once, and the
#   fallback and the pointer are packed while the native binary compiles.
set -euo pipefail
cd "$(dirname "$0")/.."

which=()
where=(--global)
while (( $# > 0 )); do
  case "$1" in
    --all-systems) which=(-p:CivilScormPackRuntimeIdentifiers=all); shift ;;
    --tool-path) where=(--tool-path "$2"); shift 2 ;;   # into a folder instead (scripts/bench.sh)
    *) echo "usage: bash scripts/install.sh [--all-systems] [--tool-path DIR]" >&2; exit 2 ;;
  esac
done

version=$(sed -n 's:.*<CivilScormVersion>\(.*\)</CivilScormVersion>.*:\1:p' src/CivilSociety.Scorm.Cli/CivilSociety.Scorm.Cli.csproj | head -n 1)
rid=$(dotnet --info | sed -n 's/^ *RID: *//p' | head -n 1)
aot_rids=$(sed -n 's:.*<CivilScormAotRuntimeIdentifiers>\(.*\)</CivilScormAotRuntimeIdentifiers>.*:\1:p' src/CivilSociety.Scorm.Cli/CivilSociety.Scorm.Cli.csproj | head -n 1)

# Everything the packages are made of (sources, the runtime and schemas the library embeds, the build settings, this
# script), and the options: the same fingerprint means the same packages.
fingerprint=$(
  { find src packaging -type f -not -path '*/bin/*' -not -path '*/obj/*' -not -path '*/node_modules/*' -print0 \
      | sort -z | xargs -0 sha256sum
    sha256sum Directory.Build.props Directory.Packages.props README.md scripts/install.sh
    echo "${which[*]:-} $rid $(dotnet --version)"
  } | sha256sum | cut -d' ' -f1)
stamp=nupkg/.packed-from

packed() {
  [[ -f "$stamp" && "$(cat "$stamp")" == "$fingerprint" ]] \
    && [[ -f "nupkg/CivilSociety.Scorm.Cli.$version.nupkg" && -f "nupkg/CivilSociety.Scorm.Cli.any.$version.nupkg" ]]
}

if packed; then
  echo "nupkg/ already holds the packages of these sources: installing them"
elif [[ -z "${which[*]:-}" && ";$aot_rids;" == *";$rid;"* ]]; then
  echo "packing civil-scorm into nupkg/ (the first time, or after a change: about a minute on 2 idle cores, most of it compiling) ..."
  rm -f "$stamp"
  # This machine's package is the Native AOT binary: the library is compiled once, then the native binary is compiled
  # while the fallback and the pointer are packed beside it. One restore for all three:
  # the packages' builds run side by side and must not write the same restore output.
  dotnet restore src/CivilSociety.Scorm.Cli -nologo -v q "-p:RuntimeIdentifiers=\"$rid;any\""
  dotnet msbuild src/CivilSociety.Scorm -p:Configuration=Release -nologo -v:q   # dotnet build would print a summary
  logs=$(mktemp -d)
  dotnet pack src/CivilSociety.Scorm.Cli -c Release -r "$rid" --no-restore -p:BuildProjectReferences=false \
    -nologo -v q >"$logs/$rid.log" 2>&1 &
  native=$!
  # Beside it: the fallback, then the pointer, packed without a build (--no-build: it holds no code).
  { dotnet pack src/CivilSociety.Scorm.Cli -c Release -r any --no-restore -p:BuildProjectReferences=false -nologo -v q \
      && dotnet pack src/CivilSociety.Scorm.Cli -c Release --no-build -nologo -v q -p:CivilScormPackRuntimeIdentifiers=none
  } >"$logs/any.log" 2>&1 &
  beside=$!
  failed=0
  wait "$native" || failed=1
  wait "$beside" || failed=1
  if (( failed )); then cat "$logs"/*.log >&2; rm -rf "$logs"; exit 1; fi
  rm -rf "$logs"
  echo "$fingerprint" >"$stamp"
else
  echo "packing civil-scorm into nupkg/ (the first time, or after a change: minutes) ..."
  rm -f "$stamp"
  # The pointer, packed without a build (--no-build: it holds no code); after it, the .csproj packs the packages
  # asked for (this machine's package and the fallback, or every system's), each by its own restore and build
  # (PackRuntimeSpecificToolPackages).
  dotnet restore src/CivilSociety.Scorm.Cli -nologo -v q
  dotnet pack src/CivilSociety.Scorm.Cli -c Release --no-build -nologo -v q "${which[@]}"
  echo "$fingerprint" >"$stamp"
fi

# A reinstall of the same version must take the package just packed, not NuGet's cached copy of an earlier one.
if [[ -n "$version" ]]; then
  rm -rf "${NUGET_PACKAGES:-$HOME/.nuget/packages}"/civilsociety.scorm.cli*/"$version"
fi

dotnet tool uninstall "${where[@]}" CivilSociety.Scorm.Cli >/dev/null 2>&1 || true
dotnet tool install "${where[@]}" --add-source ./nupkg CivilSociety.Scorm.Cli
if [[ "${where[0]}" == --global ]]; then
  echo "next: civil-scorm new my-course && civil-scorm preview my-course   (if the shell does not find civil-scorm, add ~/.dotnet/tools to PATH)"
else
  echo "installed into ${where[1]}: run ${where[1]}/civil-scorm new my-course (or add ${where[1]} to PATH)"
fi
