# Benchmark 1: `fremdrift measurements import` of the generated CSV into
# SQLite, against the sqlite3 shell's `.import --csv` of the same file into
# an equivalent table, both in one transaction with the settings
# src/storage/sqlite_connection.cpp uses (WAL, synchronous=FULL).
#
# The equivalent table has the file's columns (the shell's .import cannot
# leave columns to their defaults) and the same kind of primary key as
# `measurements`: (indicator, period, dimension 1, dimension 2), a rowid
# table with its key index. The indicator is its code here, its id in
# fremdrift.
#
# Needs FREMDRIFT, BENCH_CSV, BENCH_ROWS, BENCH_TMP, BENCH_IMPORT_TIMEOUT.
# Leaves the fremdrift database at $BENCH_SQLITE_DB for the series
# benchmarks, and sets BENCH_SQLITE_OK=1 when it holds every row.

bench_import_sqlite() {
  local dir=$BENCH_TMP/sqlite rc
  mkdir -p "$dir"
  BENCH_SQLITE_DB=$dir/fremdrift.db
  BENCH_SQLITE_OK=0
  local label="import sqlite (N=$(bench_int "$BENCH_ROWS"))"

  # The sqlite3 shell.
  cat >"$dir/reference.sql" <<EOF
PRAGMA journal_mode=WAL;
PRAGMA synchronous=FULL;
CREATE TABLE measurements (
  indicator TEXT NOT NULL,
  period TEXT NOT NULL,
  dim1 TEXT NOT NULL,
  dim2 TEXT NOT NULL,
  value DOUBLE PRECISION,
  PRIMARY KEY (indicator, period, dim1, dim2)
);
.bail on
.import --csv --skip 1 '$BENCH_CSV' measurements
EOF
  bench_log "sqlite3 .import of $(bench_int "$BENCH_ROWS") rows"
  rc=0
  bench_timed "$dir/reference" "$BENCH_IMPORT_TIMEOUT" sqlite3 "$dir/reference.db" ".read $dir/reference.sql" || rc=$?
  local ref_seconds=$BENCH_SECONDS ref_rss=$BENCH_RSS_KB ref_count=0
  if ((rc == 0)); then
    ref_count=$(sqlite3 "$dir/reference.db" "SELECT count(*) FROM measurements")
  fi
  rm -f "$dir"/reference.db*
  if ((rc != 0)) || [[ $ref_count != "$BENCH_ROWS" ]]; then
    bench_log "sqlite3 .import failed (status $rc, $ref_count rows):"
    tail -n 5 "$dir/reference.err" >&2
    bench_result "$label" "sqlite3 .import did not finish (status $rc, see above)" FAIL
    return 0
  fi

  # fremdrift: the indicators first (not timed), then the measurements.
  "$FREMDRIFT" import --db "sqlite:$BENCH_SQLITE_DB" bench/bench-indicators.json >"$dir/bundle.out" 2>&1 || {
    cat "$dir/bundle.out" >&2
    bench_result "$label" "fremdrift import of bench/bench-indicators.json failed" FAIL
    return 0
  }
  bench_log "fremdrift measurements import of $(bench_int "$BENCH_ROWS") rows"
  rc=0
  bench_timed "$dir/fremdrift" "$BENCH_IMPORT_TIMEOUT" \
    "$FREMDRIFT" measurements import --db "sqlite:$BENCH_SQLITE_DB" "$BENCH_CSV" || rc=$?
  local seconds=$BENCH_SECONDS rss=$BENCH_RSS_KB
  if ((rc == 124)); then
    bench_result "$label" "fremdrift timed out after ${BENCH_IMPORT_TIMEOUT} s (< $(bench_int "$(bench_div "$BENCH_ROWS" "$BENCH_IMPORT_TIMEOUT" 0)") rows/s), sqlite3 .import $(bench_int "$(bench_div "$BENCH_ROWS" "$ref_seconds" 0)") rows/s (target ≥ 1.0)" FAIL
    return 0
  fi
  if ((rc != 0)) || ! grep -qx "imported: $BENCH_ROWS" "$dir/fremdrift.out"; then
    bench_log "fremdrift measurements import failed (status $rc):"
    tail -n 8 "$dir/fremdrift.out" "$dir/fremdrift.err" >&2
    bench_result "$label" "fremdrift measurements import failed (status $rc, see above)" FAIL
    return 0
  fi
  BENCH_SQLITE_OK=1

  local rate ref_rate ratio
  rate=$(bench_div "$BENCH_ROWS" "$seconds" 0)
  ref_rate=$(bench_div "$BENCH_ROWS" "$ref_seconds" 0)
  ratio=$(bench_div "$rate" "$ref_rate")
  bench_result "$label" \
    "fremdrift $(bench_int "$rate") rows/s ($seconds s), sqlite3 .import $(bench_int "$ref_rate") rows/s ($ref_seconds s), ratio $ratio (target ≥ 1.0)" \
    "$(bench_at_least "$ratio" 1.0)"
  local mb ref_mb
  mb=$(bench_div "$rss" 1024 0)
  ref_mb=$(bench_div "$ref_rss" 1024 0)
  bench_result "import sqlite peak memory" \
    "fremdrift $mb MB (sqlite3 .import $ref_mb MB) (target < 200 MB)" \
    "$(bench_below "$mb" 200)"
}
