# Benchmark 4: a cached series through HTTP. wrk (2 threads, 32
# connections, BENCH_WRK_SECONDS seconds) asks `fremdrift serve` for the
# same series URL again and again, so it is answered from the in-memory
# cache; then asks a throwaway nginx on another loopback port for the same
# bytes saved as a static file. Both servers get the same short warm-up.
#
# Needs BENCH_SERVE_URL, BENCH_SERIES_PATH, BENCH_TMP, BENCH_WRK_SECONDS and
# BENCH_WRK_RUNS.

# Runs wrk against $1 with output to $2; prints "REQ_PER_S ERRORS NON2XX".
bench_wrk() {
  local url=$1 out=$2
  timeout -k 5 "$((BENCH_WRK_SECONDS + 60))" \
    wrk -t2 -c32 -d"${BENCH_WRK_SECONDS}s" --timeout 5s "$url" >"$out" 2>&1 || return 1
  awk '
    /^Requests\/sec:/ { rps = $2 }
    /Socket errors:/ { gsub(",", ""); errors = $4 + $6 + $8 + $10 }
    /Non-2xx or 3xx responses:/ { non2xx = $5 }
    END { if (rps == "") exit 1; printf "%s %d %d\n", rps, errors, non2xx }' "$out"
}

# Starts nginx serving folder $1 on a free port; sets BENCH_NGINX_URL.
bench_start_nginx() {
  local root=$1 dir=$BENCH_TMP/nginx port i
  mkdir -p "$dir/tmp"
  port=$(bench_free_port)
  local user_line=""
  # As root the workers would run as nobody, who cannot enter BENCH_TMP.
  ((EUID == 0)) && user_line="user root;"
  cat >"$dir/nginx.conf" <<EOF
$user_line
worker_processes auto;
daemon off;
pid $dir/nginx.pid;
error_log $dir/error.log warn;
events { worker_connections 1024; }
http {
  access_log off;
  sendfile on;
  tcp_nopush on;
  types { application/json json; }
  default_type application/octet-stream;
  client_body_temp_path $dir/tmp/body;
  proxy_temp_path $dir/tmp/proxy;
  fastcgi_temp_path $dir/tmp/fastcgi;
  uwsgi_temp_path $dir/tmp/uwsgi;
  scgi_temp_path $dir/tmp/scgi;
  server {
    listen 127.0.0.1:$port;
    root $root;
  }
}
EOF
  bench_spawn "$dir/stdout.log" nginx -p "$dir" -c "$dir/nginx.conf" -e "$dir/error.log"
  for ((i = 0; i < 100; i++)); do
    curl -s -o /dev/null "http://127.0.0.1:$port/" 2>/dev/null && break
    kill -0 "$BENCH_PID" 2>/dev/null || break
    sleep 0.1
  done
  if ! curl -s -o /dev/null "http://127.0.0.1:$port/"; then
    bench_log "nginx did not start:"
    cat "$dir/stdout.log" "$dir/error.log" >&2 2>/dev/null
    return 1
  fi
  BENCH_NGINX_URL=http://127.0.0.1:$port
}

# Measures fremdrift answering $2 (a path on BENCH_SERVE_URL, asked the
# same way again and again, so answered from memory) against nginx serving
# the same bytes saved as the static file $3; $1 names the benchmark and
# $4 is the target ratio.
bench_http_same_bytes() {
  local name=$1 path=$2 file=$3 target=$4
  local dir=$BENCH_TMP/http-${file%%.*} url=$BENCH_SERVE_URL$path
  mkdir -p "$dir/docroot"
  local label="$name via HTTP (wrk -t2 -c32 -d${BENCH_WRK_SECONDS}s)"
  # The answer fremdrift keeps, saved as the static file.
  if ! curl -sS --max-time 30 -o "$dir/docroot/$file" "$url"; then
    bench_result "$label" "no answer from $url" FAIL
    return 0
  fi
  if ! bench_start_nginx "$dir/docroot"; then
    bench_result "$label" "could not start nginx (see above)" FAIL
    return 0
  fi
  local static=$BENCH_NGINX_URL/$file nginx_pid=$BENCH_PID
  curl -sS -o "$dir/nginx.out" "$static"
  if ! cmp -s "$dir/docroot/$file" "$dir/nginx.out"; then
    bench_result "$label" "nginx does not serve the same bytes" FAIL
    return 0
  fi
  bench_log "$name: wrk against fremdrift and nginx, ${BENCH_WRK_SECONDS} s each ($(bench_int "$(wc -c <"$dir/nginx.out")") bytes a response)"
  # Warm-up of both, then the measured runs.
  timeout 30 wrk -t2 -c32 -d2s "$url" >/dev/null 2>&1 || true
  timeout 30 wrk -t2 -c32 -d2s "$static" >/dev/null 2>&1 || true
  # BENCH_WRK_RUNS pairs of runs, fremdrift then nginx, one pair after the
  # other, so that what the machine does meanwhile falls on both; the
  # pair with the median ratio is the result, and every ratio is shown.
  local i f n f_rps f_err f_non n_rps n_err n_non ratio
  local errors=0 non2xx=0 n_errors=0 n_non2xx=0 pairs=()
  for ((i = 1; i <= BENCH_WRK_RUNS; i++)); do
    if ! f=$(bench_wrk "$url" "$dir/wrk-fremdrift-$i.txt") || ! n=$(bench_wrk "$static" "$dir/wrk-nginx-$i.txt"); then
      cat "$dir"/wrk-*.txt >&2 2>/dev/null
      bench_result "$label" "wrk failed (see above)" FAIL
      bench_stop "$nginx_pid"
      return 0
    fi
    read -r f_rps f_err f_non <<<"$f"
    read -r n_rps n_err n_non <<<"$n"
    errors=$((errors + f_err)) non2xx=$((non2xx + f_non))
    n_errors=$((n_errors + n_err)) n_non2xx=$((n_non2xx + n_non))
    pairs+=("$(bench_div "$f_rps" "$n_rps") $f_rps $n_rps")
  done
  local sorted all median
  sorted=$(printf '%s\n' "${pairs[@]}" | sort -n)
  all=$(printf '%s\n' "${pairs[@]}" | awk '{printf "%s%s", (NR > 1 ? ", " : ""), $1}')
  median=$(sed -n "$(((BENCH_WRK_RUNS + 1) / 2))p" <<<"$sorted")
  read -r ratio f_rps n_rps <<<"$median"
  bench_result "$label" \
    "fremdrift $(bench_int "$f_rps") req/s, nginx $(bench_int "$n_rps") req/s, ratio $ratio (median of $BENCH_WRK_RUNS alternating pairs: $all) (target ≥ $target)" \
    "$(bench_at_least "$ratio" "$target")"
  local verdict=PASS
  ((errors == 0 && non2xx == 0)) || verdict=FAIL
  bench_result "$name via HTTP, errors" \
    "fremdrift $errors socket errors, $non2xx non-2xx; nginx $n_errors socket errors, $n_non2xx non-2xx (target: none from fremdrift)" \
    "$verdict"
  bench_stop "$nginx_pid"
}

# The cached series (issue 11: at least 0.9 × nginx) and an anonymous
# public page kept by the data's version (issue 18: at least 0.5 × nginx).
bench_http_cached() {
  bench_http_same_bytes "series cached" "$BENCH_SERIES_PATH" series.json 0.9
  bench_http_same_bytes "public page kept in memory (/monitor, anonymous)" /monitor monitor.html 0.5
}
