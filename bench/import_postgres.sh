# Benchmark 2: `fremdrift measurements import` of the generated CSV into
# PostgreSQL, against psql's `\copy` of the same file into an equivalent
# table: the columns and primary key of `measurements`, with the indicator's
# code where fremdrift has its id (\copy fills the rest with their
# defaults). Both run on a private server from scripts/test-postgres (which
# runs with fsync off), one database each.
#
# The first BENCH_PG_ROWS rows of the file are used (all when it is 0, the
# default, or not less than BENCH_ROWS), for quicker runs.
#
# Needs FREMDRIFT, BENCH_CSV, BENCH_ROWS, BENCH_PG_ROWS, BENCH_TMP,
# BENCH_IMPORT_TIMEOUT; starts the server and sets BENCH_PG_DIR so that
# scripts/bench stops it at exit.

bench_import_postgres() {
  local dir=$BENCH_TMP/postgres rc rows=$BENCH_PG_ROWS csv=$BENCH_CSV
  mkdir -p "$dir"
  if ((rows <= 0 || rows >= BENCH_ROWS)); then
    rows=$BENCH_ROWS
  else
    head -n "$((rows + 1))" "$BENCH_CSV" >"$dir/head.csv"
    csv=$dir/head.csv
  fi
  local label="import postgres (N=$(bench_int "$rows"))"

  # Outside BENCH_TMP: the server's user must be able to reach the folder.
  BENCH_PG_DIR=$(mktemp -u /tmp/fremdrift-bench-pg.XXXXXX)
  local port url
  port=$(bench_free_port)
  bench_log "starting PostgreSQL on 127.0.0.1:$port"
  if ! url=$(scripts/test-postgres start "$BENCH_PG_DIR" "$port" 2>"$dir/server.log" | tail -n 1) ||
    [[ $url != postgresql://* ]]; then
    tail -n 20 "$dir/server.log" >&2
    bench_result "$label" "could not start PostgreSQL (see above)" FAIL
    return 0
  fi
  local base=${url%/*}
  psql -X -q -v ON_ERROR_STOP=1 -d "$url" -c "CREATE DATABASE reference" -c "CREATE DATABASE fremdrift" >/dev/null

  # psql \copy.
  psql -X -q -v ON_ERROR_STOP=1 -d "$base/reference" >/dev/null <<'EOF'
CREATE TABLE measurements (
  indicator TEXT NOT NULL,
  period TEXT NOT NULL,
  dim1 TEXT NOT NULL DEFAULT '',
  dim2 TEXT NOT NULL DEFAULT '',
  dim3 TEXT NOT NULL DEFAULT '',
  dim4 TEXT NOT NULL DEFAULT '',
  value DOUBLE PRECISION,
  provisional BIGINT NOT NULL DEFAULT 0,
  note TEXT NOT NULL DEFAULT '',
  source_ref TEXT NOT NULL DEFAULT '',
  PRIMARY KEY (indicator, period, dim1, dim2, dim3, dim4)
);
EOF
  bench_log "psql \\copy of $(bench_int "$rows") rows"
  rc=0
  bench_timed "$dir/reference" "$BENCH_IMPORT_TIMEOUT" psql -X -q -v ON_ERROR_STOP=1 -d "$base/reference" \
    -c "\\copy measurements (indicator, period, dim1, dim2, value) FROM '$csv' WITH (FORMAT csv, HEADER true)" || rc=$?
  local ref_seconds=$BENCH_SECONDS ref_count
  ref_count=$(psql -X -qAt -d "$base/reference" -c "SELECT count(*) FROM measurements" 2>/dev/null || echo 0)
  if ((rc != 0)) || [[ $ref_count != "$rows" ]]; then
    tail -n 5 "$dir/reference.err" >&2
    bench_result "$label" "psql \\copy did not finish (status $rc, $ref_count rows)" FAIL
    return 0
  fi
  psql -X -q -d "$url" -c "DROP DATABASE reference" >/dev/null 2>&1 || true

  # fremdrift.
  "$FREMDRIFT" import --db "$base/fremdrift" bench/bench-indicators.json >"$dir/bundle.out" 2>&1 || {
    cat "$dir/bundle.out" >&2
    bench_result "$label" "fremdrift import of bench/bench-indicators.json failed" FAIL
    return 0
  }
  bench_log "fremdrift measurements import of $(bench_int "$rows") rows (time limit ${BENCH_IMPORT_TIMEOUT} s)"
  rc=0
  bench_timed "$dir/fremdrift" "$BENCH_IMPORT_TIMEOUT" \
    "$FREMDRIFT" measurements import --db "$base/fremdrift" "$csv" || rc=$?
  local seconds=$BENCH_SECONDS rss=$BENCH_RSS_KB
  local ref_rate
  ref_rate=$(bench_div "$rows" "$ref_seconds" 0)
  if ((rc == 124)); then
    local bound
    bound=$(bench_div "$rows" "$BENCH_IMPORT_TIMEOUT" 0)
    bench_result "$label" \
      "fremdrift timed out after ${BENCH_IMPORT_TIMEOUT} s (< $(bench_int "$bound") rows/s), psql \\copy $(bench_int "$ref_rate") rows/s ($ref_seconds s), ratio < $(bench_div "$bound" "$ref_rate") (target ≥ 1.0)" \
      FAIL
    return 0
  fi
  if ((rc != 0)) || ! grep -qx "imported: $rows" "$dir/fremdrift.out"; then
    tail -n 8 "$dir/fremdrift.out" "$dir/fremdrift.err" >&2
    bench_result "$label" "fremdrift measurements import failed (status $rc, see above)" FAIL
    return 0
  fi
  local rate ratio
  rate=$(bench_div "$rows" "$seconds" 0)
  ratio=$(bench_div "$rate" "$ref_rate")
  bench_result "$label" \
    "fremdrift $(bench_int "$rate") rows/s ($seconds s, peak $(bench_div "$rss" 1024 0) MB), psql \\copy $(bench_int "$ref_rate") rows/s ($ref_seconds s), ratio $ratio (target ≥ 1.0)" \
    "$(bench_at_least "$ratio" 1.0)"
}
