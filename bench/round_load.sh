# The reporting round under load (bench/README.md, "The reporting round"):
# 390 organisations each submit their 20 reports over HTTP with sessions
# and CSRF in the last hour before a deadline, on SQLite and on PostgreSQL.
# bench/round_load.py drives it; /healthz on the same connections, in the
# same run, is the reference. Sourced by scripts/bench.

# Sets up the world in database $2 (engine name $1), serves it, drives the
# round, and records the results.
bench_round_engine() {
  local engine=$1 db=$2 dir=$BENCH_TMP/round-$1
  mkdir -p "$dir"
  python3 bench/round_load.py bundle "$dir/bundle.json"
  if ! timeout 600 "$FREMDRIFT" import --db "$db" "$dir/bundle.json" >"$dir/import.log" 2>&1; then
    tail -n 20 "$dir/import.log" >&2
    bench_result "round $engine" "the import of the round's world failed (see above)" FAIL
    return 0
  fi
  "$FREMDRIFT" user add --db "$db" --name bench-admin --org ORG01 --role admin \
    --email sekretariat@bench.example >/dev/null
  local token deadline
  token=$("$FREMDRIFT" token create --db "$db" --name bench-admin | tail -n 1)
  deadline=$(TZ=Europe/Oslo date -d '+1 hour' +%Y-%m-%dT%H:%M)
  "$FREMDRIFT" round --db "$db" --strategy bench-runde --period 2030-Q1 --deadline "$deadline" \
    --reminders 14,3 --levels 2 >"$dir/round.log"
  if ! bench_start_fremdrift "$db"; then
    bench_result "round $engine" "fremdrift serve did not start" FAIL
    return 0
  fi
  if ! timeout 1800 python3 bench/round_load.py run "$BENCH_SERVE_URL" "$token" "$BENCH_ROUND_CLIENTS" \
    "$dir/result.json" 2>"$dir/driver.log"; then
    tail -n 5 "$dir/driver.log" >&2
    bench_result "round $engine" "the load driver failed (see above)" FAIL
    bench_stop "$BENCH_SERVE_PID"
    return 0
  fi
  local backlog
  if [[ $engine == sqlite ]]; then
    backlog=$(sqlite3 "${db#sqlite:}" "SELECT COUNT(*) FROM mail_outbox WHERE sent_at IS NULL")
  else
    backlog=$(psql -X -A -t -d "$db" -c "SELECT COUNT(*) FROM mail_outbox WHERE sent_at IS NULL")
  fi
  bench_stop "$BENCH_SERVE_PID"
  python3 - "$dir/result.json" "$engine" "$backlog" >>"$BENCH_TMP/results.tsv" <<'PY'
import json, sys
r = json.load(open(sys.argv[1]))
engine, backlog = sys.argv[2], sys.argv[3]
ok = r["tasks"]["p95_ms"] < 50 and r["submit"]["p95_ms"] < 50
print("round %s (%d organisations, %d submits, %d clients)\t"
      "%.1f requests/s (%.1f submits/s); p95 /oppgaver %.1f ms, p95 submit %.1f ms "
      "(median %.1f / %.1f ms) against the reference /healthz p95 %.1f ms (median %.1f ms) in the same run; "
      "coverage page %.0f ms; outbox backlog %s mails after the last submit; target p95 < 50 ms\t%s"
      % (engine, r["organisations"], r["submits"], r["clients"], r["requests_per_second"], r["submits_per_second"],
         r["tasks"]["p95_ms"], r["submit"]["p95_ms"], r["tasks"]["median_ms"], r["submit"]["median_ms"],
         r["reference"]["p95_ms"], r["reference"]["median_ms"], r["coverage_ms"], backlog,
         "PASS" if ok else "FAIL"))
PY
  tail -n 1 "$BENCH_TMP/results.tsv" | awk -F'\t' '{ printf "bench: %s: %s %s\n", $1, $2, $3 }' >&2
}

# Both engines; PostgreSQL on a private server of its own.
bench_round_load() {
  bench_round_engine sqlite "sqlite:$BENCH_TMP/round.db"
  local pg_dir port url
  pg_dir=$(mktemp -u /tmp/fremdrift-bench-round-pg.XXXXXX)
  port=$(bench_free_port)
  if ! url=$(scripts/test-postgres start "$pg_dir" "$port" 2>"$BENCH_TMP/round-pg.log" | tail -n 1) ||
    [[ $url != postgresql://* ]]; then
    tail -n 20 "$BENCH_TMP/round-pg.log" >&2
    bench_result "round postgres" "could not start PostgreSQL (see above)" FAIL
    return 0
  fi
  BENCH_ROUND_PG_DIR=$pg_dir
  psql -X -q -v ON_ERROR_STOP=1 -d "$url" -c "CREATE DATABASE round" >/dev/null
  bench_round_engine postgres "${url%/*}/round"
  scripts/test-postgres stop "$pg_dir" >/dev/null 2>&1 || true
  BENCH_ROUND_PG_DIR=""
}
