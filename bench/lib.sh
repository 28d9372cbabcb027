# Helpers shared by the benchmarks; sourced by scripts/bench, which sets
# BENCH_TMP (a private temporary folder) before calling any of them.

# Background processes started by bench_spawn, killed by bench_kill_all.
BENCH_PIDS=()

# Runs "$@" in the background with stdout and stderr to file $1 (shifted
# off) and sets BENCH_PID to its pid, which bench_kill_all will end.
bench_spawn() {
  local log=$1
  shift
  "$@" >"$log" 2>&1 &
  BENCH_PID=$!
  BENCH_PIDS+=("$BENCH_PID")
}

# Ends process $1 (TERM, then KILL after 10 s) if it is still running.
bench_stop() {
  local pid=$1 i
  kill -0 "$pid" 2>/dev/null || return 0
  kill -TERM "$pid" 2>/dev/null || true
  for ((i = 0; i < 100; i++)); do
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.1
  done
  kill -0 "$pid" 2>/dev/null && kill -KILL "$pid" 2>/dev/null
  wait "$pid" 2>/dev/null || true
}

bench_kill_all() {
  local pid
  for pid in "${BENCH_PIDS[@]}"; do bench_stop "$pid"; done
  BENCH_PIDS=()
}

# A free TCP port on 127.0.0.1 (free when asked; the caller binds it soon).
bench_free_port() {
  python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'
}

bench_log() { echo "bench: $*" >&2; }

# Nanoseconds since the epoch.
bench_now_ns() { date +%s%N; }

# Runs "$@" with a time limit of $2 seconds, measuring wall time and peak
# memory. $1 is a file prefix: $1.out and $1.err get the command's output,
# $1.time the report of /usr/bin/time -v. Sets BENCH_SECONDS (wall time,
# fractional) and BENCH_RSS_KB (the command's maximum resident set size)
# and returns the command's status (124 when the time limit ended it).
# The disks are synced first so that one step's writes do not slow the next.
bench_timed() {
  local prefix=$1 limit=$2
  shift 2
  sync
  local start end rc=0
  start=$(bench_now_ns)
  # time wraps timeout, not the other way round: a killed `time` would
  # leave the command running. The peak it reports is the largest of its
  # descendants', i.e. the command's (timeout itself is tiny).
  /usr/bin/time -v -o "$prefix.time" timeout -k 10 "$limit" "$@" >"$prefix.out" 2>"$prefix.err" || rc=$?
  end=$(bench_now_ns)
  BENCH_SECONDS=$(awk -v a="$start" -v b="$end" 'BEGIN { printf "%.3f", (b - a) / 1e9 }')
  BENCH_RSS_KB=$(awk -F': ' '/Maximum resident set size/ { print $2 }' "$prefix.time")
  return "$rc"
}

# 1234567 -> 1,234,567 (rounds to an integer first).
bench_int() {
  printf '%.0f' "$1" | sed -e ':a' -e 's/\([0-9]\)\([0-9]\{3\}\)\($\|,\)/\1,\2\3/' -e 'ta'
}

# $1 / $2 with $3 decimals (default 2).
bench_div() { awk -v a="$1" -v b="$2" -v d="${3:-2}" 'BEGIN { printf "%.*f", d, (b == 0 ? 0 : a / b) }'; }

# PASS if $1 >= $2 (as numbers), else FAIL.
bench_at_least() { awk -v a="$1" -v b="$2" 'BEGIN { print (a + 0 >= b + 0 ? "PASS" : "FAIL") }'; }
bench_below() { awk -v a="$1" -v b="$2" 'BEGIN { print (a + 0 < b + 0 ? "PASS" : "FAIL") }'; }

# Records one line of the final table: bench_result NAME FIGURES VERDICT.
# FIGURES is the sentence after the name, with the target in it.
bench_result() {
  printf '%s\t%s\t%s\n' "$1" "$2" "$3" >>"$BENCH_TMP/results.tsv"
  printf 'bench: %s: %s %s\n' "$1" "$2" "$3" >&2
}

# Median and 95th percentile (nearest rank) of the numbers in file $1, one
# per line: prints "MEDIAN P95 COUNT".
bench_percentiles() {
  sort -g "$1" | awk '{ v[NR] = $1 }
    END {
      if (NR == 0) { print "0 0 0"; exit }
      m = (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2
      r = int(0.95 * NR + 0.999999); if (r < 1) r = 1; if (r > NR) r = NR
      print m, v[r], NR
    }'
}

# Starts `fremdrift serve` on database URL $1 on a free loopback port and
# waits until it answers; sets BENCH_SERVE_PID and BENCH_SERVE_URL
# (http://127.0.0.1:PORT). Returns 1 if it does not come up in 60 s.
bench_start_fremdrift() {
  local log=$BENCH_TMP/serve.log i port=""
  # No access log, as the reference nginx runs with `access_log off`.
  bench_spawn "$log" "$FREMDRIFT" serve --db "$1" --bind 127.0.0.1 --port 0 --access-log no
  BENCH_SERVE_PID=$BENCH_PID
  for ((i = 0; i < 600; i++)); do
    port=$(sed -n 's|.*running on http://127\.0\.0\.1:\([0-9]*\)/.*|\1|p' "$log" | head -n 1)
    [[ -n $port ]] && break
    kill -0 "$BENCH_SERVE_PID" 2>/dev/null || break
    sleep 0.1
  done
  if [[ -z $port ]]; then
    bench_log "fremdrift serve did not start:"
    tail -n 20 "$log" >&2
    return 1
  fi
  BENCH_SERVE_URL=http://127.0.0.1:$port
}
