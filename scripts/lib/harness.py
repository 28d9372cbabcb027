"""What scripts/chaos and scripts/soak share: a fresh database on either
engine with the demo data, an admin's API token, a `fremdrift serve`
process on a free loopback port, plain HTTP requests and SQL reads.

Standard library only (Debian's python3). PostgreSQL is reached through
`psql` and `createdb`-free SQL on an admin URL: FREMDRIFT_TEST_PG_ADMIN_URL
when set, else a private server started with scripts/test-postgres.
"""

import http.client
import json
import os
import random
import shutil
import signal
import socket
import sqlite3
import subprocess
import sys
import tempfile
import time

SOURCE_DIR = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

# Indicators the harnesses write to, beside the demo data.
HARNESS_INDICATORS = {
    "format": "fremdrift-bundle",
    "version": 1,
    "indicators": [
        {"code": code, "name": name, "unit": "count", "direction": "higher_is_better",
         "period_type": "month", "published": True}
        for code, name in [("harness-single", "Harness: single measurements"),
                           ("harness-import", "Harness: imported measurements")]
    ],
}


def log(*parts):
    print(*parts, file=sys.stderr, flush=True)


def binary():
    path = os.environ.get("FREMDRIFT_BINARY") or os.path.join(SOURCE_DIR, "build", "fremdrift")
    if not os.access(path, os.X_OK):
        sys.exit(f"no fremdrift binary at {path}: build first or set FREMDRIFT_BINARY")
    return path


def run(args, **kw):
    r = subprocess.run([binary()] + args, capture_output=True, text=True, **kw)
    if r.returncode != 0:
        raise RuntimeError(f"fremdrift {' '.join(args[:2])} failed: {r.stderr.strip()}")
    return r.stdout


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class PostgresServer:
    """The admin URL of a PostgreSQL server: the caller's, or a private one."""

    def __init__(self):
        self.dir = None
        self.admin_url = os.environ.get("FREMDRIFT_TEST_PG_ADMIN_URL", "")
        if self.admin_url:
            return
        self.dir = tempfile.mkdtemp(prefix="fremdrift-harness-pg-")
        os.rmdir(self.dir)  # test-postgres creates it
        out = subprocess.run([os.path.join(SOURCE_DIR, "scripts", "test-postgres"), "start",
                              self.dir, str(free_port())], capture_output=True, text=True)
        if out.returncode != 0:
            raise RuntimeError("cannot start PostgreSQL: " + out.stderr.strip())
        self.admin_url = out.stdout.strip().splitlines()[-1]

    def close(self):
        if self.dir:
            subprocess.run([os.path.join(SOURCE_DIR, "scripts", "test-postgres"), "stop", self.dir],
                           capture_output=True)
            self.dir = None


def url_with_database(admin_url, name):
    head, _, tail = admin_url.partition("?")
    base = head.rsplit("/", 1)[0]
    return f"{base}/{name}" + (f"?{tail}" if tail else "")


def psql(url, sql):
    r = subprocess.run(["psql", url, "-AtX", "-v", "ON_ERROR_STOP=1", "-F", "\x1f", "-c", sql],
                       capture_output=True, text=True)
    if r.returncode != 0:
        raise RuntimeError(f"psql failed: {r.stderr.strip()} in: {sql}")
    return [line.split("\x1f") for line in r.stdout.splitlines()]


class Database:
    """A fresh database on `engine` ("sqlite" or "postgres") with the demo
    data, the harness indicators and an admin `harness` with an API token."""

    def __init__(self, engine, workdir, pg=None):
        self.engine = engine
        self.pg = pg
        if engine == "sqlite":
            self.path = os.path.join(workdir, "fremdrift.db")
            self.url = "sqlite:" + self.path
        else:
            self.name = "fremdrift_harness_%08x" % random.getrandbits(32)
            psql(pg.admin_url, f"CREATE DATABASE {self.name}")
            self.url = url_with_database(pg.admin_url, self.name)
        run(["import", "--db", self.url, os.path.join(SOURCE_DIR, "data", "demo")])
        bundle = os.path.join(workdir, "harness-indicators.json")
        with open(bundle, "w") as f:
            json.dump(HARNESS_INDICATORS, f)
        run(["import", "--db", self.url, bundle])
        run(["user", "add", "--db", self.url, "--name", "harness", "--org", "Hdir", "--role", "admin"])
        self.token = run(["token", "create", "--db", self.url, "--name", "harness"]).splitlines()[0]

    def query(self, sql):
        """Rows of `sql` as lists of strings (NULL as '')."""
        if self.engine == "postgres":
            return psql(self.url, sql)
        con = sqlite3.connect(self.path, timeout=30)
        try:
            return [["" if v is None else str(v) for v in row] for row in con.execute(sql)]
        finally:
            con.close()

    def drop(self):
        if self.engine == "postgres":
            psql(self.pg.admin_url, f"DROP DATABASE IF EXISTS {self.name} WITH (FORCE)")


class Server:
    """`fremdrift serve` on a free port; start() waits for /healthz."""

    def __init__(self, db_url, log_path):
        self.db_url = db_url
        self.log_path = log_path
        self.proc = None
        self.port = None

    def start(self, timeout=30):
        """Starts the server; returns the seconds until /healthz answered."""
        self.port = free_port()
        began = time.monotonic()
        with open(self.log_path, "a") as out:
            self.proc = subprocess.Popen([binary(), "serve", "--db", self.db_url, "--port",
                                          str(self.port)], stdout=out, stderr=subprocess.STDOUT)
        while time.monotonic() - began < timeout:
            if self.proc.poll() is not None:
                raise RuntimeError(f"the server exited with {self.proc.returncode}; see {self.log_path}")
            try:
                c = http.client.HTTPConnection("127.0.0.1", self.port, timeout=1)
                c.request("GET", "/healthz")
                if c.getresponse().status == 200:
                    c.close()
                    return time.monotonic() - began
            except OSError:
                pass
            time.sleep(0.005)
        raise RuntimeError("the server did not answer /healthz in time")

    def kill(self):
        """SIGKILL: no chance to finish anything."""
        if self.proc and self.proc.poll() is None:
            os.kill(self.proc.pid, signal.SIGKILL)
            self.proc.wait()

    def stop(self):
        if self.proc and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.kill()

    def rss_kib(self):
        with open(f"/proc/{self.proc.pid}/status") as f:
            for line in f:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1])
        return 0


class Client:
    """One keep-alive HTTP connection with the harness's token."""

    def __init__(self, port, token, timeout=30):
        self.port = port
        self.token = token
        self.timeout = timeout
        self.conn = None

    def request(self, method, path, body=None, content_type="application/json"):
        """(status, parsed JSON or text). Raises OSError when the server is gone."""
        if self.conn is None:
            self.conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=self.timeout)
        headers = {"Authorization": "Bearer " + self.token}
        data = None
        if body is not None:
            data = body if isinstance(body, (bytes, str)) else json.dumps(body)
            if isinstance(data, str):
                data = data.encode()
            headers["Content-Type"] = content_type
        try:
            self.conn.request(method, path, body=data, headers=headers)
            r = self.conn.getresponse()
            raw = r.read()
        except (OSError, http.client.HTTPException) as e:
            self.conn.close()
            self.conn = None
            raise OSError(str(e)) from e
        try:
            return r.status, json.loads(raw)
        except ValueError:
            return r.status, raw.decode(errors="replace")

    def close(self):
        if self.conn:
            self.conn.close()
            self.conn = None


def integrity_problems(db):
    """What is wrong with the database as a whole: SQLite's integrity and
    foreign-key checks; on PostgreSQL, amcheck over every B-tree index."""
    problems = []
    if db.engine == "sqlite":
        rows = db.query("PRAGMA integrity_check")
        if rows != [["ok"]]:
            problems.append("integrity_check: " + "; ".join(r[0] for r in rows[:5]))
        rows = db.query("PRAGMA foreign_key_check")
        if rows:
            problems.append(f"foreign_key_check: {len(rows)} row(s), first {rows[0]}")
        return problems
    db.query("CREATE EXTENSION IF NOT EXISTS amcheck")
    rows = db.query(
        "SELECT c.relname, bt_index_check(c.oid, true) FROM pg_index i "
        "JOIN pg_class c ON c.oid = i.indexrelid JOIN pg_am a ON a.oid = c.relam "
        "JOIN pg_namespace n ON n.oid = c.relnamespace "
        "WHERE a.amname = 'btree' AND n.nspname = current_schema()")
    if not rows:
        problems.append("amcheck checked no index")
    return problems


def aggregate_problems(db):
    """Aggregates that differ from a recomputation from the rows (all rows,
    per period and per year), for every indicator."""
    problems = []
    # Periods are stored as codes that hold the year times 10000
    # (src/storage/period_code.h), so a period's year is its code rounded down.
    for position, period in [(-1, "m.period"), (9, "(m.period / 10000) * 10000")]:
        rows = db.query(
            f"SELECT COALESCE(a.indicator_id, r.indicator_id), COALESCE(a.period, r.period), "
            f"a.total, r.total, a.n, r.n FROM "
            f"(SELECT indicator_id, period, total, n FROM measurement_aggregates "
            f" WHERE dim_position = {position}) a FULL OUTER JOIN "
            f"(SELECT m.indicator_id, {period} AS period, SUM(m.value) AS total, COUNT(m.value) AS n "
            f" FROM measurements m WHERE m.value IS NOT NULL GROUP BY m.indicator_id, {period}) r "
            f"ON a.indicator_id = r.indicator_id AND a.period = r.period "
            f"WHERE a.n IS NULL OR r.n IS NULL OR a.n <> r.n OR ABS(a.total - r.total) > 1e-6 * (1 + ABS(r.total))")
        for r in rows[:5]:
            problems.append(f"aggregate (indicator {r[0]}, {r[1]}, group {position}): "
                            f"stored total {r[2] or '-'} n {r[4] or '-'}, rows give {r[3] or '-'} n {r[5] or '-'}")
    return problems


def percentile(sorted_values, p):
    if not sorted_values:
        return 0.0
    k = min(len(sorted_values) - 1, max(0, int(round(p / 100.0 * len(sorted_values) + 0.5)) - 1))
    return sorted_values[k]


def make_workdir(prefix):
    return tempfile.mkdtemp(prefix=prefix)


def remove_workdir(path):
    shutil.rmtree(path, ignore_errors=True)
