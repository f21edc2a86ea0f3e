#!/usr/bin/env bash
# Every ```csharp block of README.md and docs/**/*.md compiles against the packed packages: each block becomes a file
# of its own (eng/snippets/extract.awk says how blocks are wrapped and marked), and all of them build in one fresh
# project like a newcomer's `dotnet new web` one (eng/snippets/Snippets.csproj), warnings as errors.
# Prints one "snippet:" line per block and a closing "snippets: N passed, N failed".
set -uo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
work="$root/artifacts/snippets"
version="0.1.0-snippets.$(date +%s)"
project="$work/project"
source "$root/eng/package-feed.sh"

rm -rf "$work" && mkdir -p "$work/feed" "$project/snippets"
consumer_folder "$project"
cp "$root/eng/snippets/Snippets.csproj" "$project/"
manifest="$work/manifest.tsv"
(cd "$root" && awk -v out="$project/snippets" -f eng/snippets/extract.awk README.md $(find docs -name '*.md' | sort)) > "$manifest"

if ! { pack && pack_companions; } > "$work/pack.log" 2>&1; then
  echo "snippet: could not pack the packages (log: $work/pack.log)"; tail -n 20 "$work/pack.log" | sed 's/^/    /'
  echo "snippets: 0 passed, 1 failed"; exit 1
fi
dotnet build "$project" -c Release -p:WeComGenVersion="$version" -clp:NoSummary > "$work/build.log" 2>&1
build_exit=$?

passed=0; failed=0
while IFS=$'\t' read -r number where kind reason; do
  case "$kind" in
    skip) echo "snippet: $where: skipped ($reason)"; continue ;;
    unknown) echo "snippet: $where: FAILED ($reason)"; failed=$((failed + 1)); continue ;;
  esac
  diagnostics=$(grep -E "/snippets/S$number\.cs\([0-9]+,[0-9]+\): (error|warning) " "$work/build.log" | sort -u)
  if [ -z "$diagnostics" ]; then
    echo "snippet: $where: passed"; passed=$((passed + 1))
  else
    echo "snippet: $where: FAILED (wrapped as $project/snippets/S$number.cs)"
    echo "$diagnostics" | sed -E 's#.*/snippets/S[0-9]+[.]cs[(]([0-9]+),[0-9]+[)]: #    line \1 of the wrapped file: #; s# [[][^]]*[]]$##'
    failed=$((failed + 1))
  fi
done < "$manifest"

# Anything else that fails the build (restore, the project itself) fails the check too.
elsewhere=$(grep -E ": (error|warning) [A-Z]+[0-9]+:" "$work/build.log" | grep -vE "/snippets/S[0-9]+\.cs\(" | sort -u)
if [ -n "$elsewhere" ] || { [ "$build_exit" -ne 0 ] && [ "$failed" -eq 0 ]; }; then
  echo "snippet: the build failed outside any snippet (log: $work/build.log)"; echo "$elsewhere" | head -n 20 | sed 's/^/    /'
  failed=$((failed + 1))
fi
echo "snippets: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
