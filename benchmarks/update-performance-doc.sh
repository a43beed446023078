#!/usr/bin/env bash
# Copies BenchmarkDotNet's GitHub-markdown reports into docs/performance.md, between the
# "<!-- results:begin -->" and "<!-- results:end -->" markers, one section ("### Class") per benchmark class.
# A class in the results replaces its section (or is appended); the sections of classes not in the results stay, so
# a run of one class (--filter '*StartupBenchmarks*') updates that class alone.
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
  # The new sections, by class name.
  BEGIN {
    while ((getline line < table) > 0) {
      if (line ~ /^### /) { name = substr(line, 5); fresh[name] = line; order[++n] = name; continue }
      fresh[name] = fresh[name] "\n" line
    }
  }
  function flush() { if (current != "") { print (current in fresh ? fresh[current] : kept); done[current] = 1 }; current = "" }
  /<!-- results:begin -->/ {print; inside = 1; next}
  inside && /^### / {flush(); current = substr($0, 5); kept = $0; next}
  inside && /<!-- results:end -->/ {
    flush()
    for (i = 1; i <= n; i++) if (!(order[i] in done)) print fresh[order[i]]
    inside = 0; print; next
  }
  inside {if (current != "") kept = kept "\n" $0; next}
  {print}
' "$doc" > "$doc.new"
# The classes documented that this run did not measure: their tables keep the environment block they came with.
missing=$(comm -23 <(awk '/<!-- results:begin -->/ {i = 1; next} /<!-- results:end -->/ {i = 0} i && /^### / {print substr($0, 5)}' "$doc" | sort) \
                   <(grep '^### ' "$tmp" | cut -c5- | sort))
mv "$doc.new" "$doc"
rm -f "$tmp"
if [ -n "$missing" ]; then
  echo "updated the tables of $(ls "$results"/*-report-github.md | wc -l) class(es) in $doc; the environment block is kept (this run did not measure: $(echo $missing))"
  exit 0
fi
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
