# Benchmark 3: latency of reading a yearly series by region,
#   GET /api/v1/indicators/bench-001/series?by=region&period_type=year
# from the database the SQLite import filled, through a running
# `fremdrift serve`. The in-memory series cache is defeated by a harmless
# extra query parameter (&nocache=i): the cache key holds the URI. One curl
# process sends the requests one after the other on a kept-alive
# connection and reports each one's time (%{time_total}), so process start
# and connection set-up are not counted. The cached latency (the same URL
# again and again) is printed beside it for comparison.
#
# Needs BENCH_SERVE_URL, BENCH_TMP, BENCH_SERIES_RUNS.

# The series every HTTP benchmark reads.
BENCH_SERIES_PATH='/api/v1/indicators/bench-001/series?by=region&period_type=year'

# Sends `runs` GETs of $1 (with &nocache=N appended when $3 is "vary") and
# writes each one's seconds to $2, one per line. Returns 1 unless every
# answer was 200.
bench_series_requests() {
  local url=$1 out=$2 mode=$3 runs=$BENCH_SERIES_RUNS i cfg=$2.curl
  : >"$cfg"
  for ((i = 1; i <= runs; i++)); do
    if [[ $mode == vary ]]; then
      printf 'url = "%s&nocache=%d"\noutput = "/dev/null"\n' "$url" "$i" >>"$cfg"
    else
      printf 'url = "%s"\noutput = "/dev/null"\n' "$url" >>"$cfg"
    fi
  done
  timeout -k 5 300 curl -sS --max-time 10 -K "$cfg" -w '%{http_code} %{time_total}\n' >"$out.raw" || return 1
  awk '$1 != 200 { bad = 1 } END { exit bad }' "$out.raw" || return 1
  [[ $(wc -l <"$out.raw") -eq $runs ]] || return 1
  awk '{ print $2 }' "$out.raw" >"$out"
}

bench_series_latency() {
  local dir=$BENCH_TMP/series url=$BENCH_SERVE_URL$BENCH_SERIES_PATH
  mkdir -p "$dir"
  local label="series yearly by region, uncached ($BENCH_SERIES_RUNS runs)"
  # Warm up (the first request opens the database), and look at the answer.
  local i
  for i in 1 2 3; do
    curl -sS --max-time 30 -o "$dir/body.json" "$url&nocache=warmup$i" || true
  done
  if ! grep -q '"values"' "$dir/body.json" 2>/dev/null; then
    bench_result "$label" "no series from $url" FAIL
    return 0
  fi
  local values bytes
  values=$(grep -o '{"period"' "$dir/body.json" | wc -l)
  bytes=$(wc -c <"$dir/body.json")
  bench_log "series: $values values, $(bench_int "$bytes") bytes; $BENCH_SERIES_RUNS uncached requests"
  if ! bench_series_requests "$url" "$dir/uncached" vary; then
    bench_result "$label" "requests failed, timed out or did not answer 200" FAIL
    return 0
  fi
  local median p95 n
  read -r median p95 n < <(bench_percentiles "$dir/uncached")
  local median_ms p95_ms
  median_ms=$(awk -v s="$median" 'BEGIN { printf "%.2f", s * 1000 }')
  p95_ms=$(awk -v s="$p95" 'BEGIN { printf "%.2f", s * 1000 }')
  bench_result "$label" \
    "median $median_ms ms, p95 $p95_ms ms, $values values, $(bench_int "$bytes") bytes (target median < 5 ms)" \
    "$(bench_below "$median_ms" 5)"

  if bench_series_requests "$url" "$dir/cached" same; then
    read -r median p95 n < <(bench_percentiles "$dir/cached")
    bench_result "series yearly by region, cached ($BENCH_SERIES_RUNS runs)" \
      "median $(awk -v s="$median" 'BEGIN { printf "%.2f", s * 1000 }') ms, p95 $(awk -v s="$p95" 'BEGIN { printf "%.2f", s * 1000 }') ms (for comparison; no target)" \
      INFO
  fi
}
