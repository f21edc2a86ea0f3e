#!/usr/bin/env bash
# The newcomer's path: pack WeComGen into a folder feed, then build a fresh project outside the solution
# (its own nuget.config, no inherited Directory.*.props) that uses the generated types with warnings as errors,
# on net8.0 and netstandard2.0; and prove the analyzers run from the package by building it with a mistake.
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

rm -rf "$work" && mkdir -p "$work/feed" "$work/consumer"
cp "$root/eng/newcomer/"*.cs "$root/eng/newcomer/Newcomer.csproj" "$work/consumer/"
echo "<Project />" > "$work/consumer/Directory.Build.props"
echo '<Project />' > "$work/consumer/Directory.Packages.props"
cat > "$work/consumer/nuget.config" <<XML
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <config><add key="globalPackagesFolder" value="$work/packages" /></config>
  <packageSources><add key="local" value="$work/feed" /></packageSources>
</configuration>
XML

pack() { dotnet pack "$root/src/WeComGen.Package" -c Release -o "$work/feed" -p:Version="$version"; }
# The DI, ASP.NET Core and Redis libraries ship as packages of their own that depend on WeComGen by name.
pack_companions() {
  local name
  for name in WeComGen.Extensions.DependencyInjection WeComGen.AspNetCore WeComGen.Redis; do
    dotnet pack "$root/src/$name" -c Release -o "$work/feed" -p:Version="$version" || return 1
    unzip -p "$work/feed/$name.$version.nupkg" "$name.nuspec" | grep -q "<dependency id=\"WeComGen\" version=\"$version\"" \
      || { echo "$name does not depend on WeComGen $version"; return 1; }
  done
}
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

check pack pack
check companion-packages-depend-on-WeComGen pack_companions
check fresh-consumer-builds-clean build_clean
check analyzers-run-from-package build_with_mistake
echo "package checks: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
