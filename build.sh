#!/usr/bin/env bash
# The project's two commands. Needs only the .NET 10 SDK.
#   ./build.sh check   run the main job: the compatrules CLI checks this machine with the built-in rules (published
#                      with Native AOT into artifacts/publish/compatrules first, as the tool package ships it; the
#                      first publish takes a few minutes, an up-to-date one seconds)
#   ./build.sh test    restore, build with warnings as errors, publish the native tool (Native AOT, ~2.5 min) and run
#                      every test; COMPATRULES_NATIVE_TOOL names that binary and COMPATRULES_REQUIRE_NATIVE_TOOL=1 makes
#                      NativeToolTest (the native tool against the JIT-run one) fail rather than skip without it
#   ./build.sh pack    the library package and the tool's three (a pointer, Native AOT linux-x64, IL 'any') into
#                      artifacts/packages (after ./build.sh test, which builds the library it packs)
#   ./build.sh docs    regenerate docs/rules.md from the built-in rules' metadata
#   ./build.sh fuzz    coverage-guided fuzzing with AFL++ (SharpFuzz) over every parser: ./build.sh fuzz [SECONDS] [TARGET...]
#                      (default 60 s per target; needs Debian's afl++; results in artifacts/afl/summary.md)
#   ./build.sh mutate  mutation testing with Stryker.NET: ./build.sh mutate [AREA...] (versions, outcomes, snapshots,
#                      rules; default all four; smaller runs: outcomes-core, snapshots-core, rules-sample); reports in
#                      artifacts/stryker/AREA/reports; tens of minutes per area, so CI never runs it;
#                      STRYKER_CONCURRENCY=2 when the machine is idle
#   ./build.sh bench   run the BenchmarkDotNet suite (results in benchmarks/BenchmarkDotNet.Artifacts/results);
#                      ./build.sh bench --short is the CI smoke run; other arguments go to BenchmarkDotNet
#                      (e.g. ./build.sh bench --filter '*Evaluate*')
set -euo pipefail
cd "$(dirname "$0")"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

# Publishes a project for this machine's runtime (the tool: Native AOT, src/CompatRules.Cli/Publish.props) into
# artifacts/publish/NAME (emptied first, so nothing of an earlier publish stays beside it); quiet unless it fails. An
# up-to-date publish takes seconds.
publish() {
  rm -rf "artifacts/publish/$2"
  dotnet publish "$1" -c Release --use-current-runtime -o "artifacts/publish/$2" -v quiet -nologo
}

case "${1:-}" in
  check)
    shift
    publish src/CompatRules.Cli compatrules
    exec artifacts/publish/compatrules/CompatRules.Cli check "$@"
    ;;
  test)
    dotnet restore CompatRules.sln
    dotnet build CompatRules.sln -c Release --no-restore -warnaserror
    publish src/CompatRules.Cli compatrules
    export COMPATRULES_NATIVE_TOOL="$PWD/artifacts/publish/compatrules/CompatRules.Cli" COMPATRULES_REQUIRE_NATIVE_TOOL=1
    set +e
    dotnet test CompatRules.sln -c Release --no-build --logger "console;verbosity=normal" 2>&1 | tee artifacts-test.log
    status=${PIPESTATUS[0]}
    set -e
    echo "== test summary"
    grep -E "Total tests:|Passed:|Failed:|Skipped:|Test Run|error" artifacts-test.log || true
    passed=$(awk '/^[ \t]+Passed: [0-9]+/ {s+=$2} END {print s+0}' artifacts-test.log)
    failed=$(awk '/^[ \t]+Failed: [0-9]+/ {s+=$2} END {print s+0}' artifacts-test.log)
    skipped=$(awk '/^[ \t]+Skipped: [0-9]+/ {s+=$2} END {print s+0}' artifacts-test.log)
    if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then failed=1; fi
    echo "Tests: $passed passed, $failed failed, $skipped skipped"
    rm -f artifacts-test.log
    exit "$status"
    ;;
  pack)
    rm -rf artifacts/packages
    dotnet pack src/CompatRules/CompatRules.csproj -c Release --no-build -o artifacts/packages
    # The SDK's pattern for a Native AOT tool: the pointer package, then each RID's package, the IL fallback last.
    dotnet pack src/CompatRules.Cli/CompatRules.Cli.csproj -c Release -o artifacts/packages
    dotnet pack src/CompatRules.Cli/CompatRules.Cli.csproj -c Release -r linux-x64 -o artifacts/packages
    dotnet pack src/CompatRules.Cli/CompatRules.Cli.csproj -c Release -r any -p:PublishAot=false -o artifacts/packages
    ls artifacts/packages
    ;;
  docs)
    COMPATRULES_UPDATE_DOCS=1 dotnet test tests/CompatRules.Rules.Tests -c Release --filter "FullyQualifiedName~RulesDocumentTest"
    ;;
  fuzz)
    shift
    bash tests/CompatRules.Fuzz/Afl/campaign.sh "$@"
    ;;
  mutate)
    shift
    bash tests/Stryker/mutate.sh "$@"
    ;;
  bench)
    shift
    dotnet build benchmarks/CompatRules.Benchmarks -c Release -warnaserror
    # StartupBenchmarks starts the published (Native AOT) tool beside a hello-world console, the same hello-world
    # published with Native AOT, and the tool's IL build.
    dotnet build src/CompatRules.Cli -c Release -warnaserror -v quiet -nologo
    publish src/CompatRules.Cli compatrules
    publish benchmarks/HelloWorld hello-world
    publish benchmarks/HelloWorldAot hello-world-aot
    cd benchmarks
    # Without --filter, run everything (BenchmarkDotNet would otherwise ask interactively).
    filter=(--filter '*')
    for a in "$@"; do [ "$a" = "--filter" ] && filter=(); done
    dotnet CompatRules.Benchmarks/bin/Release/net10.0/CompatRules.Benchmarks.dll "${filter[@]}" "$@"
    ;;
  *)
    echo "usage: ./build.sh check [compatrules check options] | ./build.sh test | ./build.sh pack | ./build.sh docs | ./build.sh fuzz [SECONDS] [TARGET...] | ./build.sh mutate [AREA...] | ./build.sh bench [--short] [BenchmarkDotNet options]" >&2
    exit 2
    ;;
esac
