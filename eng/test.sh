#!/usr/bin/env bash
# Every test, from a fresh clone: restore and build the solution, run its unit tests, then the checks that need
# a real `dotnet build` (the packed package in a brand-new project; the deliberate-mistakes sample; the C# snippets
# of README.md and docs/ against the packed packages; a welcome bot published with native AOT from them).
# Ends with one line: "tests: N passed, N failed"; exits non-zero on any failure.
set -uo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
results="$root/artifacts/test-results"
rm -rf "$results"

# The mistakes check reads the compiler's SARIF log with jq; the emulator's inbox tests look at the page in
# Chromium (with fonts for Chinese and emoji); WeComGen.Redis's tests and the AOT check start a redis-server of their
# own; the AOT check links with clang and zlib. A machine without them gets them from Debian, without questions (CI has no terminal).
missing=""
command -v jq >/dev/null 2>&1 || missing="$missing jq"
[ -x /usr/bin/chromium ] || missing="$missing chromium fonts-noto-cjk fonts-noto-color-emoji"
command -v redis-server >/dev/null 2>&1 || missing="$missing redis-server"
command -v clang >/dev/null 2>&1 || missing="$missing clang"
[ -e /usr/include/zlib.h ] || missing="$missing zlib1g-dev"
if [ -n "$missing" ]; then
  (export DEBIAN_FRONTEND=noninteractive; apt-get update -qq && apt-get install -y -qq $missing) >/dev/null 2>&1 \
    || echo "could not install$missing"
fi

dotnet test "$root/WeComGen.sln" -c Release --logger trx --results-directory "$results"
test_exit=$?

count() { # sums one attribute of every TRX <Counters> element
  cat "$results"/*.trx 2>/dev/null | grep -o "<Counters [^>]*" | grep -o " $1=\"[0-9]*\"" | grep -o "[0-9]*" | awk '{ s += $1 } END { print s + 0 }'
}
passed=$(count passed)
failed=$(( $(count failed) + $(count error) + $(count timeout) + $(count aborted) ))
if [ "$test_exit" -ne 0 ] && [ "$failed" -eq 0 ]; then
  echo "dotnet test failed before running every test (see above)"; failed=1
fi

for script in "$root/eng/test-package.sh" "$root/eng/check-mistakes.sh" "$root/eng/check-snippets.sh" "$root/eng/check-aot.sh"; do
  [ -x "$script" ] || continue
  output=$("$script" 2>&1); echo "$output"
  counts=$(echo "$output" | grep -E "^[a-z ]+: [0-9]+ passed, [0-9]+ failed$" | tail -n 1)
  if [ -z "$counts" ]; then failed=$((failed + 1)); continue; fi
  passed=$((passed + $(echo "$counts" | sed -E 's/.*: ([0-9]+) passed.*/\1/')))
  failed=$((failed + $(echo "$counts" | sed -E 's/.* ([0-9]+) failed$/\1/')))
done

echo "tests: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
