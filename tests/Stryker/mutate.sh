#!/usr/bin/env bash
# Mutation testing with Stryker.NET (the dotnet-stryker tool pinned in dotnet-tools.json), one area at a time:
#   bash tests/Stryker/mutate.sh [AREA...]     AREA: versions | outcomes | snapshots | rules (default: these four)
#                                              or a smaller run: outcomes-core | snapshots-core | rules-sample
# Each area has its config beside this script (AREA.json: the files mutated, the test filter, perTest coverage).
# Reports (html, json, markdown) land in artifacts/stryker/AREA/reports/. Slow (tens of minutes per area on two
# cores): never run by CI. STRYKER_CONCURRENCY sets Stryker's parallel test sessions (default 1).
set -euo pipefail
cd "$(dirname "$0")/../.."
root="$PWD"
dotnet tool restore >/dev/null
areas=("$@")
[ ${#areas[@]} -eq 0 ] && areas=(versions outcomes snapshots rules)
for area in "${areas[@]}"; do
  config="$root/tests/Stryker/$area.json"
  [ -f "$config" ] || { echo "unknown area '$area' (versions, outcomes, snapshots, rules; outcomes-core, snapshots-core, rules-sample)" >&2; exit 2; }
  # Stryker runs from the test project's folder: there it finds that project and the library it references.
  case "$area" in
    rules*) tests="$root/tests/CompatRules.Rules.Tests" ;;
    *) tests="$root/tests/CompatRules.Tests" ;;
  esac
  echo "== mutation testing: $area"
  (cd "$tests" && dotnet dotnet-stryker -f "$config" -c "${STRYKER_CONCURRENCY:-1}" -O "$root/artifacts/stryker/$area" --skip-version-check)
done
