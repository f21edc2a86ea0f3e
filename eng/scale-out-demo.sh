#!/usr/bin/env bash
# Two instances of a welcome bot, one WeCom, one Redis: starts redis-server (installing it if missing), the WeCom
# emulator and two instances of samples/WeComGen.Samples.ScaleOut on loopback; adds 1,000 customers, their
# callbacks spread over the instances; re-sends 10% of the callbacks to the other instance after a delay, as WeCom
# does when an answer is late; revokes the access token once mid-run. Stops everything it started, by pid.
# Ends with one line: "scale-out: N delivered once, D duplicates, L late, G gettoken calls"; exits non-zero unless
# every customer was welcomed once and in time. Logs go to artifacts/scale-out/.
#   CUSTOMERS=1000 RESEND_DELAY=5 PARALLEL=16 bash eng/scale-out-demo.sh
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
logs="$root/artifacts/scale-out"
customers="${CUSTOMERS:-1000}"
resend_delay="${RESEND_DELAY:-5}"
parallel="${PARALLEL:-16}"
mkdir -p "$logs"
rm -f "$logs"/*.log "$logs"/*.json "$logs"/*.resend

fail() { echo "scale-out: $*" >&2; exit 1; }
free_port() { python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'; }
wait_for_port() { # port, name
  for _ in $(seq 1 300); do
    (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null && return 0
    sleep 0.1
  done
  fail "$2 did not listen on port $1 (see $logs)"
}

pids=()
stop_all() { for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done; for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done; }
trap stop_all EXIT

if ! command -v redis-server >/dev/null 2>&1; then
  (apt-get update -qq && apt-get install -y -qq redis-server) >"$logs/apt.log" 2>&1 || fail "could not install redis-server"
fi

dotnet build "$root/src/WeComGen.Emulator" -c Release >"$logs/build.log" 2>&1 || fail "the emulator did not build (see $logs/build.log)"
dotnet build "$root/samples/WeComGen.Samples.ScaleOut" -c Release >>"$logs/build.log" 2>&1 || fail "the bot did not build (see $logs/build.log)"

redis_port=$(free_port)
redis-server --port "$redis_port" --bind 127.0.0.1 --save '' --appendonly no >"$logs/redis.log" 2>&1 &
pids+=($!)
wait_for_port "$redis_port" redis-server

emulator_port=$(free_port)
emulator="http://127.0.0.1:$emulator_port"
dotnet "$root/src/WeComGen.Emulator/bin/Release/net10.0/WeComGen.Emulator.dll" --port "$emulator_port" >"$logs/emulator.log" 2>&1 &
pids+=($!)
wait_for_port "$emulator_port" emulator
for _ in $(seq 1 100); do grep -q "EncodingAESKey:" "$logs/emulator.log" && break; sleep 0.1; done
setting() { sed -nE "s/^ *$1 *(.*)$/\1/p" "$logs/emulator.log" | head -n 1; }
corp_id=$(setting "corpid:")
secret=$(setting "corpsecret:")
read -r callback_token _ callback_key <<<"$(setting "callback Token \/ EncodingAESKey:")"
[ -n "$corp_id" ] && [ -n "$secret" ] && [ -n "$callback_key" ] || fail "could not read the emulator's settings (see $logs/emulator.log)"

bots=()
for instance in 1 2; do
  port=$(free_port)
  dotnet "$root/samples/WeComGen.Samples.ScaleOut/bin/Release/net10.0/WeComGen.Samples.ScaleOut.dll" \
    --urls "http://127.0.0.1:$port" --WeCom:CorpId "$corp_id" --WeCom:Secret "$secret" --WeCom:BaseAddress "$emulator/" \
    --WeCom:Token "$callback_token" --WeCom:EncodingAESKey "$callback_key" --Redis:ConnectionString "127.0.0.1:$redis_port" \
    >"$logs/bot$instance.log" 2>&1 &
  pids+=($!)
  bots+=("http://127.0.0.1:$port/wecom/callback")
done
for bot in "${bots[@]}"; do wait_for_port "$(echo "$bot" | sed -E 's#.*:([0-9]+)/.*#\1#')" bot; done

# A batch of customers, added at once by one curl: odd ones' callbacks go to the first instance, even ones' to the
# second. Every tenth callback is re-sent to the other instance after the delay, in the background, as WeCom would.
add_customers() { # first last
  local instance answers
  for instance in 0 1; do
    answers="$logs/customers-$1-$instance.json"
    seq "$1" "$2" | awk -v i="$instance" -v e="$emulator" -v cb="${bots[$instance]}" \
      '$1 % 2 == i { printf "url = \"%s/emulator/customer?userid=member%d&external_userid=wmCustomer%d&callback=%s\"\n", e, $1 % 7, $1, cb }' \
      | curl -s --parallel --parallel-max "$parallel" -X POST --config - >"$answers" 2>>"$logs/curl.log"
    grep -oE '"welcome_code":"[^"]+"' "$answers" | sed -E 's/.*:"(.*)"/\1/' \
      | awk -v e="$emulator" -v cb="${bots[$((1 - instance))]}" \
        'NR % 10 == 0 { printf "url = \"%s/emulator/customer/resend?welcome_code=%s&callback=%s\"\n", e, $1, cb }' >"$answers.resend"
    [ -s "$answers.resend" ] || fail "no customer was added (see $answers)"
    (sleep "$resend_delay"; curl -s --parallel --parallel-max "$parallel" -X POST --config "$answers.resend" >/dev/null 2>>"$logs/curl.log") &
    resends+=($!)
    pids+=($!)
  done
}

resends=()
half=$((customers / 2))
add_customers 1 "$half"
curl -s -o /dev/null -X POST "$emulator/emulator/tokens/revoke"
add_customers $((half + 1)) "$customers"
for pid in "${resends[@]}"; do wait "$pid"; done

# The handlers run in the background: wait until the deliveries stop changing.
stats() { curl -s "$emulator/emulator/stats"; }
field() { echo "$1" | sed -nE "s/.*\"$2\":([0-9]+).*/\1/p"; }
previous=-1
for _ in $(seq 1 60); do
  now=$(stats)
  delivered=$(field "$now" deliveries)
  [ "$delivered" = "$previous" ] && [ "$delivered" -ge "$customers" ] && break
  previous=$delivered
  sleep 0.5
done

now=$(stats)
delivered=$(field "$now" deliveries)
duplicates=$(field "$now" repeated_sends)
late=$(field "$now" late_deliveries)
gettoken=$(field "$now" gettoken_calls)
echo "scale-out: $delivered delivered once, $duplicates duplicates, $late late, $gettoken gettoken calls"
[ "$delivered" -eq "$customers" ] && [ "$duplicates" -eq 0 ] && [ "$late" -eq 0 ]
