#!/usr/bin/env bash
# The newcomer's path: pack WeComGen into a folder feed, then build a fresh project outside the solution
# (its own nuget.config, no inherited Directory.*.props) that uses the generated types with warnings as errors,
# on net8.0 and netstandard2.0; and prove the analyzers run from the package by building it with a mistake.
# Then two projects that both use the package, one referencing the other (eng/several), build with warnings as
# errors: the contract is generated once, in the referenced project, and the app registers it with the runtime
# before it uses any of that project's types.
# The packages carry what a consumer and a debugger need: a .snupkg each, repository metadata and a readme in the
# nuspec; and a diagnostic's help link in the consumer's build points at the docs of the packed version.
# The package carries each language's satellite assemblies, and a build in Chinese gets Chinese diagnostics.
# Prints one "check:" line per check and a closing "package checks: N passed, N failed".
set -uo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
work="$root/artifacts/newcomer"
version="0.1.0-local.$(date +%s)"
passed=0; failed=0

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
  if dotnet build "$work/consumer" -c Release -p:WeComGenVersion="$version" -p:WithMistake=true -p:TargetFrameworks=net8.0 \
      -p:ErrorLog="$work/mistake-build.sarif%2Cversion=2.1" >"$log" 2>&1; then
    echo "the build with 10 attachments succeeded; the analyzers did not run"; return 1
  fi
  grep -E "error WCG1[0-9]+: attachments has 10 items; the contract allows at most 9" "$log"
}

packages_carry_symbols_and_metadata() {
  local name nuspec files symbols
  for name in WeComGen $companion_packages; do
    [ -s "$work/feed/$name.$version.snupkg" ] || { echo "$name has no .snupkg"; return 1; }
    symbols="$(unzip -Z1 "$work/feed/$name.$version.snupkg")"
    grep -q '\.pdb$' <<<"$symbols" || { echo "$name.snupkg holds no .pdb"; return 1; }
    files="$(unzip -Z1 "$work/feed/$name.$version.nupkg")"
    ! grep -q '\.pdb$' <<<"$files" || { echo "$name.nupkg holds a .pdb: symbols belong in the .snupkg"; return 1; }
    nuspec="$(unzip -p "$work/feed/$name.$version.nupkg" "$name.nuspec")"
    grep -Eq '<repository type="git" url="https://[^"]+"' <<<"$nuspec" || { echo "$name: no repository in the nuspec"; return 1; }
    grep -q '<projectUrl>' <<<"$nuspec" || { echo "$name: no projectUrl in the nuspec"; return 1; }
    grep -q '<readme>README.md</readme>' <<<"$nuspec" || { echo "$name: no readme in the nuspec"; return 1; }
    grep -qx 'README.md' <<<"$files" || { echo "$name: README.md is not packed"; return 1; }
    grep -q '<releaseNotes>' <<<"$nuspec" || { echo "$name: no release notes in the nuspec"; return 1; }
    grep -q '<icon>icon.png</icon>' <<<"$nuspec" && grep -qx 'icon.png' <<<"$files" || { echo "$name: no icon"; return 1; }
  done
}

# Reads the error log of the build with a mistake (build_with_mistake runs first).
help_link_is_versioned() {
  grep -Eo '"helpUri": *"[^"]*/WCG[0-9]+\.md"' "$work/mistake-build.sarif" | sort -u | tee /dev/stderr \
    | grep -Eq "\"https://[^\"]*/blob/v${version//./\\.}/docs/diagnostics/WCG1[0-9]+\.md\""
}

packages_carry_translations() {
  local files expected
  files="$(unzip -Z1 "$work/feed/WeComGen.$version.nupkg")"
  for expected in analyzers/dotnet/cs/zh-Hans/WeComGen.Generator.resources.dll analyzers/dotnet/cs/zh-Hans/WeComGen.Analyzers.resources.dll \
      analyzers/dotnet/cs/zh-Hans/WeComGen.CodeFixes.resources.dll \
      lib/net8.0/zh-Hans/WeComGen.Runtime.resources.dll lib/netstandard2.0/zh-Hans/WeComGen.Runtime.resources.dll; do
    grep -qx "$expected" <<<"$files" || { echo "WeComGen.nupkg lacks $expected"; return 1; }
  done
}

# The compiler words diagnostics in the build's UI language: the dotnet CLI turns DOTNET_CLI_UI_LANGUAGE into the
# PreferredUILang property, which the Csc task passes as /preferreduilang; the compiler then reads the generator's and
# the analyzers' messages from their zh-Hans satellites. One analyzer rule and two generator rules, each with a mistake;
# in a schema file that is not an object, what the generator fills into the message is Chinese too.
build_in_chinese() {
  local log="$work/chinese-build.txt"
  if DOTNET_CLI_UI_LANGUAGE=zh-Hans dotnet build "$work/consumer" -c Release -p:WeComGenVersion="$version" -p:WithMistake=true \
      -p:TargetFrameworks=net8.0 >"$log" 2>&1; then
    echo "the build with 10 attachments succeeded; the analyzers did not run"; return 1
  fi
  grep -E "error WCG101: attachments 有 10 个元素，契约最多允许 9 个" "$log" || return 1
  if DOTNET_CLI_UI_LANGUAGE=zh-Hans dotnet build "$work/consumer" -c Release -p:WeComGenVersion="$version" -p:WeComGenAccessibility=protected \
      -p:TargetFrameworks=net8.0 >>"$log" 2>&1; then
    echo "the build with WeComGenAccessibility=protected succeeded"; return 1
  fi
  grep -E "error WCG018: MSBuild 属性 WeComGenAccessibility 为 'protected'；它必须是 public 或 internal" "$log" || return 1
  echo '[1, 2]' > "$work/not-an-object.schema.json"
  if DOTNET_CLI_UI_LANGUAGE=zh-Hans dotnet build "$work/consumer" -c Release -p:WeComGenVersion="$version" \
      -p:MistakenSchema="$work/not-an-object.schema.json" -p:TargetFrameworks=net8.0 >>"$log" 2>&1; then
    echo "the build with a schema file that is not an object succeeded"; return 1
  fi
  grep -E "error WCG004: 'Schema 文件' 应为 JSON 对象，实际为 数组" "$log"
}

build_several() {
  local log="$work/several-build.txt"
  dotnet build "$work/several/App" -c Release -p:WeComGenVersion="$version" | tee "$log" || return 1
  ! grep -Eq "CS0436|CS9057|CS8785|AD0001" "$log" || return 1
  # The app registers the library's contract before touching any of its types (net8.0 app, run on the SDK's runtime).
  local said
  said="$(DOTNET_ROLL_FORWARD=Major dotnet "$work/several/App/bin/Release/net8.0/App.dll" wmCode0001 </dev/null)" || return 1
  echo "$said" | tee -a "$log"
  grep -q "welcome code valid for 20 s" <<<"$said"
}

check pack pack
check companion-packages-depend-on-WeComGen pack_companions
check fresh-consumer-builds-clean build_clean
check packages-carry-symbols-and-metadata packages_carry_symbols_and_metadata
check analyzers-run-from-package build_with_mistake
check help-link-points-at-the-packed-version help_link_is_versioned
check packages-carry-translations packages_carry_translations
check diagnostics-speak-the-build-language build_in_chinese
check two-projects-generate-the-contract-once build_several
echo "package checks: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
