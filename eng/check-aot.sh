#!/usr/bin/env bash
# Native AOT: packs WeComGen and its companions, publishes eng/aot (a welcome bot: the generated client, a callback
# endpoint, the health checks, the Redis token source and ledger) from the packed packages with PublishAot and
# warnings as errors, so any trim or AOT warning the packages raise fails; then runs the binary against the WeCom
# emulator and a redis-server of its own (on a free port, nothing saved): the emulator adds a customer, calls the
# bot back, the bot sends the welcome and exits 0 once WeCom took it, and Redis holds the shared token and the
# claimed welcome code.
# Installs what the native toolchain needs from Debian when missing (clang, zlib1g-dev); the ILCompiler package
# comes from NuGet with the publish. Prints one "check:" line per check, the binary's size and its start-up time to
# the first request answered, and a closing "aot check: 1 passed, 0 failed" (the whole counts as one test in
# eng/test.sh), or "0 passed, 1 failed".
set -uo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
work="$root/artifacts/aot"
version="0.1.0-aot.$(date +%s)"
passed=0; failed=0
source "$root/eng/package-feed.sh"

rm -rf "$work" && mkdir -p "$work/feed"
consumer_folder "$work/bot"
cp "$root/eng/aot/Program.cs" "$root/eng/aot/AotBot.csproj" "$work/bot/"

if ! command -v clang >/dev/null 2>&1 || [ ! -e /usr/include/zlib.h ]; then
  (export DEBIAN_FRONTEND=noninteractive; apt-get update -qq && apt-get install -y -qq clang zlib1g-dev) >"$work/apt.log" 2>&1 \
    || echo "could not install clang zlib1g-dev (see $work/apt.log)"
fi

publish() {
  local log="$work/publish.txt"
  dotnet publish "$work/bot" -c Release -r linux-x64 -p:WeComGenVersion="$version" -o "$work/bin" | tee "$log" || return 1
  # Trim and AOT analysis warnings (IL2xxx, IL3xxx) fail the build with warnings as errors; make sure none slipped by.
  ! grep -Eq "(warning|error) IL[23][0-9]{3}" "$log"
}

free_port() { python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'; }
now_ms() { date +%s%3N; }
pids=()
stop_all() { for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done; for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done; }
trap stop_all EXIT

# Waits up to 60 s for "$1" to answer 200; prints how long it took, in ms, from "$2" (a now_ms reading).
answered_after() {
  local i
  for i in $(seq 1 600); do
    curl -sf -o /dev/null "$1" && { echo $(( $(now_ms) - $2 )); return 0; }
    sleep 0.1
  done
  return 1
}

# Prints the keys of Redis on port "$1" that match "$2", one a line.
redis_keys() { redis-cli -p "$1" --scan --pattern "$2"; }

runs_against_the_emulator_and_redis() {
  local emulator_port bot_port redis_port emulator setting corp_id secret token key started bot
  command -v redis-server >/dev/null 2>&1 || { echo "redis-server is not installed (eng/test.sh installs it)"; return 1; }
  dotnet build "$root/src/WeComGen.Emulator" -c Release || return 1
  redis_port=$(free_port)
  redis-server --port "$redis_port" --bind 127.0.0.1 --save '' --appendonly no >"$work/redis.log" 2>&1 &
  pids+=($!)
  emulator_port=$(free_port)
  emulator="http://127.0.0.1:$emulator_port"
  dotnet "$root/src/WeComGen.Emulator/bin/Release/net10.0/WeComGen.Emulator.dll" --port "$emulator_port" >"$work/emulator.log" 2>&1 &
  pids+=($!)
  answered_after "$emulator/emulator/stats" "$(now_ms)" >/dev/null || { echo "the emulator did not start"; return 1; }
  setting() { sed -nE "s/^ *$1 *(.*)$/\1/p" "$work/emulator.log" | head -n 1; }
  corp_id=$(setting "corpid:"); secret=$(setting "corpsecret:")
  read -r token _ key <<<"$(setting "callback Token \/ EncodingAESKey:")"

  for _ in $(seq 1 100); do redis-cli -p "$redis_port" ping >/dev/null 2>&1 && break; sleep 0.1; done
  redis-cli -p "$redis_port" ping >/dev/null 2>&1 || { echo "redis-server did not start"; return 1; }
  bot_port=$(free_port)
  bot="http://127.0.0.1:$bot_port"
  started=$(now_ms)
  "$work/bin/AotBot" --urls "$bot" --WeCom:CorpId "$corp_id" --WeCom:Secret "$secret" --WeCom:BaseAddress "$emulator/" \
    --WeCom:Token "$token" --WeCom:EncodingAESKey "$key" --WeCom:Redis:ConnectionString "127.0.0.1:$redis_port" >"$work/bot.log" 2>&1 &
  local bot_pid=$!
  pids+=($bot_pid)
  startup_ms=$(answered_after "$bot/healthz" "$started") || { echo "the bot did not answer /healthz"; return 1; }
  echo "start-up to the first request answered: $startup_ms ms"

  curl -sf -X POST "$emulator/emulator/customer?userid=zhangsan&external_userid=wmAotCustomer&callback=$bot/wecom/callback" || return 1
  echo
  local waited
  for waited in $(seq 1 300); do
    kill -0 "$bot_pid" 2>/dev/null || break
    sleep 0.1
  done
  wait "$bot_pid"; local code=$?
  cat "$work/bot.log"
  [ "$code" -eq 0 ] && grep -q "welcome sent" "$work/bot.log" || return 1
  # The token and the welcome code went through Redis, not the in-process fallback.
  [ -n "$(redis_keys "$redis_port" "wecomgen:token:*")" ] || { echo "Redis holds no shared token"; return 1; }
  local code_key; code_key=$(redis_keys "$redis_port" "wecomgen:credential:*")
  [ -n "$code_key" ] && [ "$(redis-cli -p "$redis_port" GET "$code_key")" = "settled" ] \
    || { echo "Redis does not hold the welcome code as settled"; return 1; }
}

check pack pack
check companion-packages-depend-on-WeComGen pack_companions
check publishes-with-native-aot-and-no-trim-warnings publish
if [ -x "$work/bin/AotBot" ]; then
  echo "native binary: $(du -k "$work/bin/AotBot" | cut -f1) KiB"
  check native-bot-on-redis-welcomes-a-customer-of-the-emulator runs_against_the_emulator_and_redis
  grep -h "start-up to the first request" "$work/native-bot-on-redis-welcomes-a-customer-of-the-emulator.log" 2>/dev/null
fi
echo "aot check: $(( failed == 0 ? 1 : 0 )) passed, $(( failed == 0 ? 0 : 1 )) failed"
[ "$failed" -eq 0 ]
