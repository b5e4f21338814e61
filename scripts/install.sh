#!/usr/bin/env bash
# Installs civil-scorm from this clone as a global .NET tool, packing only what this machine needs: the package
# users install (a pointer), this machine's own package (the Native AOT binary on linux-x64; ReadyToRun on the other systems the
# project packs for) and the portable fallback, into nupkg/, then installs the tool from there (again, when it is
# installed already).
#
#   bash scripts/install.sh                 # this machine
#   bash scripts/install.sh --all-systems   # also every other system's package in nupkg/ (for a feed; minutes)
set -euo pipefail
cd "$(dirname "$0")/.."

which=()
case "${1:-}" in
  "") ;;
  --all-systems) which=(-p:CivilScormPackRuntimeIdentifiers=all) ;;
  *) echo "usage: bash scripts/install.sh [--all-systems]" >&2; exit 2 ;;
esac

echo "packing civil-scorm into nupkg/ ..."
dotnet pack src/CivilSociety.Scorm.Cli -c Release -nologo -v q "${which[@]}"

# A reinstall of the same version must take the package just packed, not NuGet's cached copy of an earlier one.
version=$(sed -n 's:.*<Version>\(.*\)</Version>.*:\1:p' src/CivilSociety.Scorm.Cli/CivilSociety.Scorm.Cli.csproj | head -n 1)
if [[ -n "$version" ]]; then
  rm -rf "${NUGET_PACKAGES:-$HOME/.nuget/packages}"/civilsociety.scorm.cli*/"$version"
fi

dotnet tool uninstall --global CivilSociety.Scorm.Cli >/dev/null 2>&1 || true
dotnet tool install --global --add-source ./nupkg CivilSociety.Scorm.Cli
echo "next: civil-scorm new my-course && civil-scorm preview my-course   (if the shell does not find civil-scorm, add ~/.dotnet/tools to PATH)"
