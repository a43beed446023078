#!/usr/bin/env bash
# Copies BenchmarkDotNet's GitHub-markdown reports into docs/performance.md, between the
# "<!-- results:begin -->" and "<!-- results:end -->" markers, one section per benchmark class.
#   benchmarks/update-performance-doc.sh [results-dir]
# results-dir defaults to benchmarks/BenchmarkDotNet.Artifacts/results (where ./build.sh bench writes).
# A class's section is replaced (or added at the end); the sections of classes not in results-dir stay as they are.
# When results-dir holds every class of the doc, the environment block under "Machine and command" is replaced too;
# otherwise each updated section carries the environment (job) of its own run.
set -euo pipefail
cd "$(dirname "$0")/.."
results="${1:-benchmarks/BenchmarkDotNet.Artifacts/results}"
doc=docs/performance.md
ls "$results"/*-report-github.md > /dev/null
sections=$(awk '/<!-- results:begin -->/ {inside = 1} /<!-- results:end -->/ {inside = 0} inside && /^### / {print $2}' "$doc")
whole=1
for name in $sections; do
  ls "$results"/*."$name"-report-github.md > /dev/null 2>&1 || ls "$results"/"$name"-report-github.md > /dev/null 2>&1 || whole=0
done
tmp=$(mktemp -d)
for report in "$results"/*-report-github.md; do
  name=$(basename "$report" -report-github.md)
  name=${name##*.}
  {
    echo "### $name"
    echo
    if [ "$whole" -eq 0 ]; then
      # Not the run of the environment block above: this class's own machine and job.
      awk '/^```/ {print; fence = !fence; next} fence {print}' "$report"
      echo
    fi
    # Rows of a job that did not run (all NA) are dropped.
    awk '/^```/ {fence = !fence; next} !fence && /^\|/ && !/\| +NA +\| +NA +\|/ {print}' "$report"
    echo
  } > "$tmp/$name"
done
# Replace each section (from its "### Name" to the next "### " or the end marker), then add the new ones.
awk -v dir="$tmp" '
  function emit(name,   line, file) {
    file = dir "/" name
    while ((getline line < file) > 0) print line
    close(file)
    done[name] = 1
  }
  /<!-- results:begin -->/ {print; inside = 1; next}
  inside && /^### / {
    skip = 0
    name = $2
    if ((getline probe < (dir "/" name)) > 0) { close(dir "/" name); emit(name); skip = 1; next }
    print; next
  }
  inside && /<!-- results:end -->/ {
    list = "ls " dir
    while ((list | getline name) > 0) if (!(name in done)) emit(name)
    close(list)
    inside = 0; skip = 0; print; next
  }
  !skip {print}
' "$doc" > "$doc.new"
mv "$doc.new" "$doc"
if [ "$whole" -eq 1 ]; then
  # The machine and runtime, as BenchmarkDotNet saw them.
  first=$(ls "$results"/*-report-github.md | head -1)
  awk '/^```/ {fence = !fence; next} fence {print}' "$first" > "$tmp/environment"
  awk -v env="$tmp/environment" '
    /<!-- environment:begin -->/ {print; print "```"; while ((getline line < env) > 0) print line; print "```"; skip = 1; next}
    /<!-- environment:end -->/ {skip = 0}
    !skip {print}
  ' "$doc" > "$doc.new"
  mv "$doc.new" "$doc"
fi
rm -rf "$tmp"
echo "updated $doc from $results"
