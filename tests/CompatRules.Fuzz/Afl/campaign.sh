#!/usr/bin/env bash
# Coverage-guided fuzzing with AFL++ and SharpFuzz over every parser target of tests/CompatRules.Fuzz.
#   tests/CompatRules.Fuzz/Afl/campaign.sh [SECONDS_PER_TARGET] [TARGET...]
# Defaults: 60 seconds per target, every target. Needs Debian's afl++ (apt-get install afl++) and the
# SharpFuzz.CommandLine tool (dotnet tool restore, from dotnet-tools.json). Output under artifacts/afl/:
#   bin/               the published fuzz driver with CompatRules.dll instrumented by sharpfuzz
#   plain/             the same driver uninstrumented (seeds, dictionaries, replay outside AFL)
#   TARGET/seeds|dict  the target's seed corpus and dictionary (written by the un-instrumented driver)
#   TARGET/findings    afl-fuzz's output (queue, crashes, fuzzer_stats)
#   summary.md         one row per target: executions, edges, corpus, crashes
# Exit status 1 when any target saved a crash or a timeout, or a queue entry fails to replay outside AFL.
set -euo pipefail
cd "$(dirname "$0")/../../.."
seconds="${1:-60}"
shift || true
out=artifacts/afl
plain="$out/plain/CompatRules.Fuzz.dll"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
command -v afl-fuzz >/dev/null || { echo "afl-fuzz not found: apt-get install afl++" >&2; exit 2; }

dotnet build tests/CompatRules.Fuzz -c Release -warnaserror -v quiet -nologo >/dev/null
rm -rf "$out/bin" "$out/plain"
dotnet publish tests/CompatRules.Fuzz -c Release -o "$out/bin" -v quiet -nologo >/dev/null
cp -r "$out/bin" "$out/plain"
dotnet tool restore >/dev/null
dotnet sharpfuzz "$out/bin/CompatRules.dll" >/dev/null

if [ "$#" -gt 0 ]; then targets=("$@"); else mapfile -t targets < <(dotnet "$plain" targets); fi
export AFL_SKIP_BIN_CHECK=1 AFL_NO_UI=1 AFL_SKIP_CPUFREQ=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1 AFL_NO_AFFINITY=1
status=0
{
  echo "| target | seconds | executions | execs/s | edges found | corpus (seeds → queue) | crashes | timeouts |"
  echo "|---|---|---|---|---|---|---|---|"
} > "$out/summary.md"
for target in "${targets[@]}"; do
  dir="$out/$target"
  rm -rf "$dir"
  dotnet "$plain" seeds "$target" "$dir"
  afl-fuzz -V "$seconds" -i "$dir/seeds" -o "$dir/findings" -x "$dir/dict" -t 10000 -m none \
    -- dotnet "$out/bin/CompatRules.Fuzz.dll" afl "$target" > "$dir/afl.log" 2>&1 || { echo "afl-fuzz failed for $target:" >&2; tail -5 "$dir/afl.log" >&2; status=1; continue; }
  stats="$dir/findings/default/fuzzer_stats"
  value() { awk -F' *: *' -v k="$1" '$1 == k {print $2}' "$stats"; }
  seeds=$(find "$dir/seeds" -type f | wc -l)
  queue=$(find "$dir/findings/default/queue" -type f | wc -l)
  crashes=$(value saved_crashes); hangs=$(value saved_hangs)
  echo "| $target | $seconds | $(value execs_done) | $(value execs_per_sec) | $(value edges_found) | $seeds → $queue | $crashes | $hangs |" >> "$out/summary.md"
  if [ "${crashes:-0}" != 0 ] || [ "${hangs:-0}" != 0 ]; then
    echo "$target: $crashes crash(es), $hangs timeout(s): inputs in $dir/findings/default/{crashes,hangs}" >&2
    status=1
  fi
  # Every input AFL kept must also pass outside AFL, in the un-instrumented build.
  find "$dir/findings/default/queue" -type f -print0 | xargs -0 -r dotnet "$plain" replay "$target" || status=1
done
cat "$out/summary.md"
exit "$status"
