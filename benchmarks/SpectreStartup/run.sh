#!/usr/bin/env bash
# Publishes the three start-up subjects ReadyToRun (as the tool is published) and runs the BenchmarkDotNet process
# benchmark over them; results in benchmarks/SpectreStartup/BenchmarkDotNet.Artifacts/results.
set -euo pipefail
cd "$(dirname "$0")"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
out="$PWD/artifacts"
for p in Hello HandTable SpectreTable; do
  dotnet publish "$p" -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true -o "$out/$p" -warnaserror
done
dotnet build SpectreStartup.Benchmarks -c Release -warnaserror
SPECTRE_STARTUP_PROGRAMS="$out" dotnet SpectreStartup.Benchmarks/bin/Release/net10.0/SpectreStartup.Benchmarks.dll "$@"
