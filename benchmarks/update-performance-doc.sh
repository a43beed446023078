#!/usr/bin/env bash
# Copies BenchmarkDotNet's GitHub-markdown reports into docs/performance.md, between the
# "<!-- results:begin -->" and "<!-- results:end -->" markers, one section per benchmark class.
#   benchmarks/update-performance-doc.sh [results-dir]
# results-dir defaults to benchmarks/BenchmarkDotNet.Artifacts/results (where ./build.sh bench writes).
set -euo pipefail
cd "$(dirname "$0")/.."
results="${1:-benchmarks/BenchmarkDotNet.Artifacts/results}"
doc=docs/performance.md
ls "$results"/*-report-github.md > /dev/null
tmp=$(mktemp)
{
  for report in "$results"/*-report-github.md; do
    name=$(basename "$report" -report-github.md)
    echo "### ${name##*.}"
    echo
    # The environment block (``` ... ```) is printed once above; keep only the table.
    # Rows of a job that did not run (all NA) are dropped.
    awk '/^```/ {fence = !fence; next} !fence && /^\|/ && !/\| +NA +\| +NA +\|/ {print}' "$report"
    echo
  done
} > "$tmp"
awk -v table="$tmp" '
  /<!-- results:begin -->/ {print; while ((getline line < table) > 0) print line; skip = 1; next}
  /<!-- results:end -->/ {skip = 0}
  !skip {print}
' "$doc" > "$doc.new"
mv "$doc.new" "$doc"
rm -f "$tmp"
# The machine and runtime, as BenchmarkDotNet saw them.
first=$(ls "$results"/*-report-github.md | head -1)
awk '/^```/ {fence = !fence; next} fence {print}' "$first" > "$tmp"
awk -v env="$tmp" '
  /<!-- environment:begin -->/ {print; print "```"; while ((getline line < env) > 0) print line; print "```"; skip = 1; next}
  /<!-- environment:end -->/ {skip = 0}
  !skip {print}
' "$doc" > "$doc.new"
mv "$doc.new" "$doc"
rm -f "$tmp"
echo "updated $doc from $results"
