# The pages at national size (bench/README.md, "National size"): the
# synthetic dataset of bench/national_data.py (20 goals, 2,000
# deliverables, 1,000 indicators by 356 municipalities × 120 months, 390
# organisations, 40 quarterly reports) on SQLite and on PostgreSQL, and
# the uncached times of /, /monitor, a goal's report, a goal's page,
# /veikart and /oppgaver beside the /healthz reference
# (bench/national_pages.py), with the server's peak memory. Sourced by
# scripts/bench.
#
# Making the databases takes long (about 43 million measurements per
# engine), so they are kept in BENCH_NATIONAL_CACHE and made again only
# when the generator, this file or the size options change. The benchmark
# signs in (one session row) and serves from them; a newer fremdrift
# applies its migrations to them as `serve` always does.
#
# Needs FREMDRIFT, BENCH_TMP, BENCH_NATIONAL_CACHE, BENCH_NATIONAL_ENGINES
# ("sqlite postgres", or one of them), BENCH_NATIONAL_ARGS
# (size options of the generator, e.g. "--indicators 100"),
# BENCH_NATIONAL_SLICE (indicators per import), BENCH_NATIONAL_RUNS.
# Sets BENCH_NATIONAL_PG_DATA while the cached PostgreSQL runs, so that
# scripts/bench stops it at exit.

BENCH_NATIONAL_USER=syntetisk-redaktor
BENCH_NATIONAL_PASSWORD=syntetisk-passord-2030
BENCH_NATIONAL_ORG=SORG01
BENCH_NATIONAL_PG_DATA=""

# Runs the generator with the run's size options.
bench_national_gen() {
  # shellcheck disable=SC2086 # the size options are words
  python3 bench/national_data.py "$@" $BENCH_NATIONAL_ARGS
}

# What the cached databases were made from: the generator, its size
# options and the version of bench_national_fill below (raise it when the
# way the databases are made changes).
BENCH_NATIONAL_FILL_VERSION=1
bench_national_key() {
  { cat bench/national_data.py; echo "$BENCH_NATIONAL_ARGS $BENCH_NATIONAL_FILL_VERSION"; } | sha256sum | cut -c1-16
}

# Runs "$@" as the owner of the cached PostgreSQL cluster (as
# scripts/test-postgres does).
bench_national_as_pg() {
  if [[ $EUID -eq 0 ]]; then (cd / && runuser -u postgres -- "$@"); else (cd / && "$@"); fi
}

# Starts the cached cluster in $1/data on a free port; prints its admin URL.
# It runs in the caller's command substitution, so the caller sets
# BENCH_NATIONAL_PG_DATA (a variable set here would not reach it, and the
# cluster would outlive the run).
bench_national_pg_start() {
  local dir=$1 port
  port=$(bench_free_port)
  bench_national_as_pg /usr/lib/postgresql/15/bin/pg_ctl start -D "$dir/data" -l "$dir/log" -w -t 120 \
    -o "-c listen_addresses=127.0.0.1 -p $port -k $dir -c fsync=off -c synchronous_commit=off -c full_page_writes=off" \
    >&2 || return 1
  echo "postgresql://postgres@127.0.0.1:$port/postgres"
}

bench_national_pg_stop() {
  [[ -n $BENCH_NATIONAL_PG_DATA ]] || return 0
  bench_national_as_pg /usr/lib/postgresql/15/bin/pg_ctl stop -D "$BENCH_NATIONAL_PG_DATA" -m fast -w -t 60 \
    >/dev/null 2>&1 || true
  BENCH_NATIONAL_PG_DATA=""
}

# Fills database URL $1 (engine $2) with the dataset: the bundle, then the
# measurements BENCH_NATIONAL_SLICE indicators at a time, each slice
# generated while the one before is imported. Then the editor of
# BENCH_NATIONAL_ORG and the reporting round of the open period. Records
# the times as an INFO line.
bench_national_fill() {
  local db=$1 engine=$2 dir=$BENCH_TMP/national-$2
  mkdir -p "$dir"
  local shape indicators rows periods organisations
  shape=$(bench_national_gen shape)
  indicators=$(python3 -c 'import json, sys; print(json.loads(sys.argv[1])["indicators"])' "$shape")
  rows=$(python3 -c 'import json, sys; print(json.loads(sys.argv[1])["measurements"])' "$shape")
  bench_national_gen bundle "$dir/bundle.json"
  bench_log "national $engine: importing the bundle ($(bench_int "$(stat -c %s "$dir/bundle.json")") bytes)"
  if ! bench_timed "$dir/bundle" 3600 "$FREMDRIFT" import --db "$db" "$dir/bundle.json"; then
    tail -n 20 "$dir/bundle.out" "$dir/bundle.err" >&2
    return 1
  fi
  local bundle_seconds=$BENCH_SECONDS bundle_rss=$BENCH_RSS_KB
  rm -f "$dir/bundle.json"

  local first=1 last next_last="" gen_pid="" import_seconds=0 import_rss=0 slice=$dir/slice-a.csv other=$dir/slice-b.csv
  last=$((BENCH_NATIONAL_SLICE < indicators ? BENCH_NATIONAL_SLICE : indicators))
  bench_national_gen measurements 1 "$last" >"$slice"
  while ((first <= indicators)); do
    if ((last < indicators)); then
      next_last=$((last + BENCH_NATIONAL_SLICE))
      ((next_last > indicators)) && next_last=$indicators
      bench_national_gen measurements "$((last + 1))" "$next_last" >"$other" &
      gen_pid=$!
    fi
    bench_log "national $engine: measurements of indicators $first..$last of $indicators"
    if ! bench_timed "$dir/measurements" 3600 "$FREMDRIFT" measurements import --db "$db" "$slice"; then
      tail -n 20 "$dir/measurements.out" "$dir/measurements.err" >&2
      [[ -n $gen_pid ]] && wait "$gen_pid" || true
      return 1
    fi
    import_seconds=$(awk -v a="$import_seconds" -v b="$BENCH_SECONDS" 'BEGIN { print a + b }')
    ((BENCH_RSS_KB > import_rss)) && import_rss=$BENCH_RSS_KB
    if [[ -n $gen_pid ]]; then
      wait "$gen_pid" || return 1
      gen_pid=""
    fi
    rm -f "$slice"
    local swap=$slice
    slice=$other
    other=$swap
    first=$((last + 1))
    last=${next_last:-$last}
  done

  "$FREMDRIFT" user add --db "$db" --name "$BENCH_NATIONAL_USER" --org "$BENCH_NATIONAL_ORG" --role editor \
    >/dev/null
  echo "$BENCH_NATIONAL_PASSWORD" | "$FREMDRIFT" user password --db "$db" --name "$BENCH_NATIONAL_USER" >/dev/null
  periods=$(python3 -c 'import json, sys; print(json.loads(sys.argv[1])["periods"])' "$shape")
  organisations=$(python3 -c 'import json, sys; print(json.loads(sys.argv[1])["organisations"])' "$shape")
  local open_period
  open_period=$(python3 -c 'import json, sys; print(json.loads(sys.argv[1])["open_period"])' "$shape")
  "$FREMDRIFT" round --db "$db" --strategy syntetisk-nasjonal --period "$open_period" \
    --deadline "$(TZ=Europe/Oslo date -d '+30 days' +%Y-%m-%dT12:00)" --reminders 14,3 --levels 2 >/dev/null
  bench_result "national $engine, making the database" \
    "bundle ($organisations organisations, $periods periods) $(printf '%.0f' "$bundle_seconds") s, peak $(bench_div "$bundle_rss" 1024 0) MB; $(bench_int "$rows") measurements in slices of $BENCH_NATIONAL_SLICE indicators $(printf '%.0f' "$import_seconds") s ($(bench_int "$(bench_div "$rows" "$import_seconds" 0)") rows/s, import peak $(bench_div "$import_rss" 1024 0) MB); kept in $BENCH_NATIONAL_CACHE (no target)" \
    INFO
}

# Serves database URL $1 (engine $2), measures the pages and records them.
bench_national_pages() {
  local db=$1 engine=$2 dir=$BENCH_TMP/national-$2
  mkdir -p "$dir"
  if ! bench_start_fremdrift "$db"; then
    bench_result "national $engine" "fremdrift serve did not start" FAIL
    return 0
  fi
  bench_log "national $engine: $BENCH_NATIONAL_RUNS uncached requests of each page"
  # shellcheck disable=SC2086 # the size options are words
  if ! (cd bench && timeout 3600 python3 national_pages.py "$BENCH_SERVE_URL" "$BENCH_NATIONAL_USER" \
    "$BENCH_NATIONAL_PASSWORD" "$BENCH_NATIONAL_RUNS" "$dir/pages.json" $BENCH_NATIONAL_ARGS) 2>"$dir/driver.log"; then
    tail -n 5 "$dir/driver.log" >&2
    bench_result "national $engine" "the page driver failed (see above)" FAIL
    bench_stop "$BENCH_SERVE_PID"
    return 0
  fi
  local peak_kb
  peak_kb=$(awk '/^VmHWM:/ { print $2 }' "/proc/$BENCH_SERVE_PID/status")
  bench_stop "$BENCH_SERVE_PID"
  python3 - "$dir/pages.json" "$engine" >>"$BENCH_TMP/results.tsv" <<'PY'
import json, sys
r = json.load(open(sys.argv[1]))
engine = sys.argv[2]
for p in r["pages"]:
    ref = p["reference"]
    ok = p["median_ms"] < 50 and p["p95_ms"] < 150
    print("national %s %s (%d runs)\tp50 %.1f ms, p95 %.1f ms, %s bytes, against the reference /healthz "
          "p50 %.2f ms, p95 %.2f ms on the same connection (p50 ratio %.0f); target p50 < 50 ms, p95 < 150 ms\t%s"
          % (engine, p["label"], p["runs"], p["median_ms"], p["p95_ms"], format(p["bytes"], ","),
             ref["median_ms"], ref["p95_ms"], p["median_ms"] / max(ref["median_ms"], 0.01),
             "PASS" if ok else "FAIL"))
PY
  bench_result "national $engine server memory" \
    "fremdrift serve peak resident $(bench_div "$peak_kb" 1024 0) MB after the pages (VmHWM; no target)" INFO
  tail -n 7 "$BENCH_TMP/results.tsv" | head -n 6 | awk -F'\t' '{ printf "bench: %s: %s %s\n", $1, $2, $3 }' >&2
}

# Each engine of BENCH_NATIONAL_ENGINES: the cached database, made first
# when missing or stale, then its pages.
bench_national() {
  local key cache=$BENCH_NATIONAL_CACHE
  key=$(bench_national_key)
  mkdir -p "$cache"
  chmod 755 "$cache"
  [[ " $BENCH_NATIONAL_ENGINES " == *" sqlite "* ]] && bench_national_sqlite "$cache" "$key"
  [[ " $BENCH_NATIONAL_ENGINES " == *" postgres "* ]] && bench_national_postgres "$cache" "$key"
  return 0
}

bench_national_sqlite() {
  local cache=$1 key=$2
  local sqlite_db=$cache/sqlite/national.db
  if [[ $(cat "$cache/sqlite.key" 2>/dev/null) != "$key" ]]; then
    rm -rf "$cache/sqlite" "$cache/sqlite.key"
    mkdir -p "$cache/sqlite"
    bench_log "national sqlite: making the database in $cache/sqlite"
    if bench_national_fill "sqlite:$sqlite_db" sqlite; then
      echo "$key" >"$cache/sqlite.key"
    else
      bench_result "national sqlite" "making the database failed (see above)" FAIL
    fi
  fi
  if [[ -f $cache/sqlite.key ]]; then
    bench_result "national sqlite database" "$(du -sh "$cache/sqlite" | cut -f1) on disk (no target)" INFO
    bench_national_pages "sqlite:$sqlite_db" sqlite
  fi
}

bench_national_postgres() {
  local cache=$1 key=$2
  local pg_dir=$cache/postgres url
  if [[ $(cat "$cache/postgres.key" 2>/dev/null) != "$key" ]]; then
    rm -f "$cache/postgres.key"
    [[ -e $pg_dir ]] && scripts/test-postgres stop "$pg_dir" >/dev/null 2>&1
    rm -rf "$pg_dir"
    if ! url=$(scripts/test-postgres start "$pg_dir" "$(bench_free_port)" 2>"$BENCH_TMP/national-pg.log" | tail -n 1) ||
      [[ $url != postgresql://* ]]; then
      tail -n 20 "$BENCH_TMP/national-pg.log" >&2
      bench_result "national postgres" "could not start PostgreSQL (see above)" FAIL
      return 0
    fi
    BENCH_NATIONAL_PG_DATA=$pg_dir/data
    psql -X -q -v ON_ERROR_STOP=1 -d "$url" -c "CREATE DATABASE national" >/dev/null
    bench_log "national postgres: making the database in $pg_dir"
    if bench_national_fill "${url%/*}/national" postgres; then
      psql -X -q -d "${url%/*}/national" -c "VACUUM ANALYZE" >/dev/null
      echo "$key" >"$cache/postgres.key"
    else
      bench_result "national postgres" "making the database failed (see above)" FAIL
      bench_national_pg_stop
      return 0
    fi
  elif ! url=$(bench_national_pg_start "$pg_dir" 2>"$BENCH_TMP/national-pg.log"); then
    tail -n 20 "$BENCH_TMP/national-pg.log" "$pg_dir/log" >&2
    bench_result "national postgres" "could not start the cached PostgreSQL (see above)" FAIL
    return 0
  fi
  BENCH_NATIONAL_PG_DATA=$pg_dir/data
  bench_result "national postgres database" \
    "$(psql -X -qAt -d "${url%/*}/national" -c "SELECT pg_size_pretty(pg_database_size('national'))") on disk (no target)" INFO
  bench_national_pages "${url%/*}/national" postgres
  bench_national_pg_stop
}
