#!/usr/bin/env bash
# Holds the contract analyzers to their promise, as a user's CI would:
#  1. samples/WeComGen.Samples.Mistakes must fail to build with exactly the diagnostics its lines are marked
#     with ("// expect: WCG101" or "// expect: WCG107, WCG114"), at exactly those lines: nothing missing,
#     nothing extra. Diagnostics come from the build's SARIF log, which carries info-level ones too.
#  2. samples/WeComGen.Samples.WelcomeBot must build clean with TreatWarningsAsErrors.
# Prints a summary; exits non-zero on any mismatch. Needs dotnet and jq.
set -uo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
mistakes="$root/samples/WeComGen.Samples.Mistakes"
source_file="$mistakes/Mistakes.cs"
sarif="$mistakes/obj/mistakes.sarif"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
failed=0

echo "== Building $mistakes (it must fail, with exactly the expected diagnostics)"
rm -f "$sarif"
if dotnet build "$mistakes" -nologo -v q >"$work/mistakes.log" 2>&1; then
  echo "FAIL: the mistakes sample built successfully; its errors were not reported"
  failed=1
fi
if [[ ! -f "$sarif" ]]; then
  echo "FAIL: no SARIF log at $sarif; the build did not get as far as the compiler:"
  tail -n 30 "$work/mistakes.log"
  exit 1
fi

# Expected: "line ID" for every ID listed in an "// expect:" comment.
awk '{
  if (match($0, /\/\/ expect: [A-Z0-9, ]+/)) {
    n = split(substr($0, RSTART + 11, RLENGTH - 11), ids, /[, ]+/)
    for (i = 1; i <= n; i++) if (ids[i] != "") print NR, ids[i]
  }
}' "$source_file" | sort -u >"$work/expected"

# Actual: every diagnostic the compiler and analyzers reported in the project's own sources
# (anything reported elsewhere, generated code included, is listed with its file and counts as extra).
jq -r --arg src "$source_file" '
  .runs[].results[]
  | select((.suppressionStates // .suppressions // []) | length == 0)
  | (.locations[0].physicalLocation // {}) as $at
  | ($at.artifactLocation.uri // "" | sub("^file://"; "")) as $file
  | if $file == $src then "\($at.region.startLine) \(.ruleId)"
    else "\($file | split("/") | last):\($at.region.startLine // 0) \(.ruleId)" end
' "$sarif" | grep -Ev ' (NU|MSB|NETSDK)[0-9]+$' | sort -u >"$work/actual"

missing="$(comm -23 "$work/expected" "$work/actual")"
extra="$(comm -13 "$work/expected" "$work/actual")"
echo "expected $(wc -l <"$work/expected") diagnostics, found $(wc -l <"$work/actual")"
if [[ -n "$missing" ]]; then
  echo "FAIL: missing (line ID):"; echo "$missing" | sed 's/^/  /'; failed=1
fi
if [[ -n "$extra" ]]; then
  echo "FAIL: not expected (line ID):"; echo "$extra" | sed 's/^/  /'; failed=1
fi
if [[ -z "$missing" && -z "$extra" ]]; then
  echo "ok: every expected diagnostic, at its line, and nothing else:"
  awk '{ print $2 }' "$work/actual" | sort | uniq -c | awk '{ printf "  %s x%s\n", $2, $1 }'
fi

echo "== Building samples/WeComGen.Samples.WelcomeBot (it must build clean with TreatWarningsAsErrors)"
if dotnet build "$root/samples/WeComGen.Samples.WelcomeBot" -nologo -v q -p:TreatWarningsAsErrors=true >"$work/welcome.log" 2>&1; then
  echo "ok: WelcomeBot builds clean"
else
  echo "FAIL: WelcomeBot does not build clean:"
  grep -E "(error|warning) [A-Z]+[0-9]+" "$work/welcome.log" | sort -u | sed 's/^/  /'
  failed=1
fi

if [[ $failed -ne 0 ]]; then
  echo "check-mistakes: FAILED"
  exit 1
fi
echo "check-mistakes: passed"
