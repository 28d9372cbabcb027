#!/usr/bin/env python3
"""Uncached page times at national size (bench/README.md, "National size").

  national_pages.py BASE_URL USER PASSWORD RUNS OUT.json [SIZE OPTIONS]

Signs USER in through the form (CSRF cookie and token, session cookie),
then for each page asks it RUNS times, one request after the other on one
kept-alive connection, each followed by `/healthz` on the same connection:
the reference, measured in the same run, of what a request costs that does
no work. The public pages are asked anonymously, without If-None-Match or
Accept-Encoding and with `Cache-Control: no-cache`, so that every answer is
made anew (the server keeps anonymous pages in memory and answers a hard
reload afresh; docs/operations.md, "HTTP caching"); `/oppgaver` is asked
with the session. Three requests of each page first are not counted (warm-up).
A page is asked RUNS times, or fewer when it has taken PAGE_SECONDS
(environment BENCH_NATIONAL_PAGE_SECONDS, default 60) and at least 10
were counted, so that a slow page does not hold up the run for hours.
Writes each page's median and p95 (ms), its bytes, and the reference's, as
JSON. The size options are those the data was made with
(bench/national_data.py), so that the report asked for is the last
published one. Standard library only.
"""
import json
import os
import sys
import time

from national_data import STRATEGY, goal_key, parse_args, quarters
from round_load import Client, input_value, percentiles

WARM_UP = 3
MIN_RUNS = 10
PAGE_SECONDS = float(os.environ.get("BENCH_NATIONAL_PAGE_SECONDS", "60"))


def pages(size_options):
    """(label, path, signed in) of each page measured."""
    a = parse_args(["shape"] + size_options)
    report = quarters(a)[-2]  # the last published period
    return [
        ("/", "/", False),
        ("/monitor", "/monitor", False),
        ("goal report /rapport/%s/mal/%s" % (report, goal_key(1)),
         "/rapport/%s/mal/%s?strategy=%s" % (report, goal_key(1), STRATEGY), False),
        ("goal page /strategi/%s/%s" % (STRATEGY, goal_key(1)), "/strategi/%s/%s" % (STRATEGY, goal_key(1)), False),
        ("/veikart", "/veikart", False),
        ("/oppgaver", "/oppgaver", True),
    ]


def sign_in(base, user, password):
    c = Client(base)
    status, html, _, _ = c.request("GET", "/logg-inn")
    status, text, _, _ = c.form("/logg-inn", {"csrf_token": input_value(html, "csrf_token"), "neste": "/",
                                              "brukernavn": user, "passord": password})
    if status != 303 or "fremdrift_session" not in c.cookies:
        raise SystemExit("national_pages: signing in %s: %d %s" % (user, status, text[:200]))
    return c


def measure(client, path, runs):
    times, reference, size = [], [], 0
    started = time.monotonic()
    for n in range(WARM_UP + runs):
        if len(times) >= MIN_RUNS and time.monotonic() - started > PAGE_SECONDS:
            break
        status, body, _, seconds = client.request("GET", path, headers={"Cache-Control": "no-cache"})
        if status != 200:
            raise SystemExit("national_pages: %s answered %d: %s" % (path, status, body[:200]))
        size = len(body.encode("utf-8"))
        status, _, _, ref_seconds = client.request("GET", "/healthz")
        if n >= WARM_UP:
            times.append(seconds)
            reference.append(ref_seconds)
    return times, reference, size


def main(argv):
    if len(argv) < 6:
        raise SystemExit(__doc__)
    base, user, password, runs, out = argv[1], argv[2], argv[3], int(argv[4]), argv[5]
    anonymous = Client(base)
    signed_in = sign_in(base, user, password)
    result = {"runs": runs, "pages": []}
    all_reference = []
    for label, path, needs_user in pages(argv[6:]):
        times, reference, size = measure(signed_in if needs_user else anonymous, path, runs)
        all_reference += reference
        entry = {"label": label, "path": path, "bytes": size, "runs": len(times)}
        entry.update(percentiles(times))
        entry["reference"] = percentiles(reference)
        result["pages"].append(entry)
        print("national_pages: %s: median %.1f ms, p95 %.1f ms, %d bytes (/healthz median %.1f ms)"
              % (label, entry["median_ms"], entry["p95_ms"], size, entry["reference"]["median_ms"]),
              file=sys.stderr)
    result["reference"] = percentiles(all_reference)
    with open(out, "w") as f:
        json.dump(result, f, indent=1)


if __name__ == "__main__":
    main(sys.argv)
