#!/usr/bin/env bash
# The newcomer's path: pack WeComGen into a folder feed, then build a fresh project outside the solution
# (its own nuget.config, no inherited Directory.*.props) that uses the generated types with warnings as errors,
# on net8.0 and netstandard2.0; and prove the analyzers run from the package by building it with a mistake.
# Then two projects that both use the package, one referencing the other (eng/several), build with warnings as
# errors: the contract is generated once, in the referenced project.
# Prints one "check:" line per check and a closing "package checks: N passed, N failed".
set -uo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
work="$root/artifacts/newcomer"
version="0.1.0-local.$(date +%s)"
passed=0; failed=0
check() { # name, command...
  local name="$1"; shift
  if "$@" >"$work/$name.log" 2>&1; then echo "check: $name: passed"; passed=$((passed+1));
  else echo "check: $name: FAILED (log: $work/$name.log)"; tail -n 30 "$work/$name.log" | sed 's/^/    /'; failed=$((failed+1)); fi
}

source "$root/eng/package-feed.sh"

rm -rf "$work" && mkdir -p "$work/feed"
consumer_folder "$work/consumer"
consumer_folder "$work/several"
cp "$root/eng/newcomer/"*.cs "$root/eng/newcomer/Newcomer.csproj" "$work/consumer/"
cp -r "$root/eng/several/"* "$work/several/"

build_clean() {
  local log="$work/clean-build.txt"
  dotnet build "$work/consumer" -c Release -p:WeComGenVersion="$version" | tee "$log" || return 1
  # A compiler that refuses the generator (CS9057) or a generator that throws (CS8785) only warns: fail on them.
  ! grep -Eq "CS9057|CS8785|AD0001" "$log"
}
build_with_mistake() {
  local log="$work/mistake-build.txt"
  if dotnet build "$work/consumer" -c Release -p:WeComGenVersion="$version" -p:WithMistake=true -p:TargetFrameworks=net8.0 >"$log" 2>&1; then
    echo "the build with 10 attachments succeeded; the analyzers did not run"; return 1
  fi
  grep -E "error WCG1[0-9]+: attachments has 10 items; the contract allows at most 9" "$log"
}

build_several() {
  local log="$work/several-build.txt"
  dotnet build "$work/several/App" -c Release -p:WeComGenVersion="$version" | tee "$log" || return 1
  ! grep -Eq "CS0436|CS9057|CS8785|AD0001" "$log"
}

check pack pack
check companion-packages-depend-on-WeComGen pack_companions
check fresh-consumer-builds-clean build_clean
check analyzers-run-from-package build_with_mistake
check two-projects-generate-the-contract-once build_several
echo "package checks: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
