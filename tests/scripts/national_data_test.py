#!/usr/bin/env python3
"""The national-size generator (bench/national_data.py) at a tiny size, in
seconds: the same options give the same bytes, slices add up to the whole,
and what it writes imports into a fresh database on the engine given
(`--engine sqlite|postgres`) with every row, and the benchmark's page
driver (bench/national_pages.py) reads every page it measures from it.
CTest runs this as bench.national_smoke_<engine>; the national size itself
runs only in ./scripts/bench (bench/README.md, "National size").

PostgreSQL needs FREMDRIFT_TEST_PG_ADMIN_URL, else it reports "skipped"
(77) like the other PostgreSQL tests."""
import argparse
import json
import os
import subprocess
import sys
import tempfile
import unittest

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
sys.path.insert(0, os.path.join(ROOT, "scripts", "lib"))
import harness  # noqa: E402

GENERATOR = os.path.join(ROOT, "bench", "national_data.py")
DRIVER = os.path.join(ROOT, "bench", "national_pages.py")
TINY = ["--goals", "3", "--deliverables", "12", "--indicators", "4", "--municipalities", "5", "--years", "2",
        "--seed", "7"]
ENGINE = "sqlite"


def generate(*args):
    r = subprocess.run([sys.executable, GENERATOR, *args, *TINY], capture_output=True, check=True)
    return r.stdout


class NationalDataTest(unittest.TestCase):
    def setUp(self):
        self.dir = tempfile.mkdtemp(prefix="fremdrift-national-smoke-")
        self.pg = None
        self.db_name = None

    def tearDown(self):
        if self.db_name:
            harness.psql(self.pg.admin_url, f"DROP DATABASE IF EXISTS {self.db_name} WITH (FORCE)")
        if self.pg:
            self.pg.close()
        harness.remove_workdir(self.dir)

    def database(self):
        if ENGINE == "sqlite":
            return "sqlite:" + os.path.join(self.dir, "national.db")
        self.pg = harness.PostgresServer()
        self.db_name = "fremdrift_national_smoke_%d" % os.getpid()
        harness.psql(self.pg.admin_url, f"DROP DATABASE IF EXISTS {self.db_name} WITH (FORCE)")
        harness.psql(self.pg.admin_url, f"CREATE DATABASE {self.db_name}")
        return harness.url_with_database(self.pg.admin_url, self.db_name)

    def test_the_same_options_give_the_same_bytes_and_slices_add_up(self):
        whole = generate("measurements", "1", "4")
        self.assertEqual(whole, generate("measurements", "1", "4"))
        head, _, first = generate("measurements", "1", "1").partition(b"\n")
        _, _, rest = generate("measurements", "2", "4").partition(b"\n")
        self.assertEqual(whole, head + b"\n" + first + rest)
        self.assertEqual(head, b"indicator,period,kommune,value")
        bundle = os.path.join(self.dir, "a.json")
        again = os.path.join(self.dir, "b.json")
        generate("bundle", bundle)
        generate("bundle", again)
        with open(bundle, "rb") as a, open(again, "rb") as b:
            self.assertEqual(a.read(), b.read())

    def test_names_say_the_data_is_synthetic(self):
        path = os.path.join(self.dir, "bundle.json")
        generate("bundle", path)
        with open(path, encoding="utf-8") as f:
            bundle = json.load(f)
        names = [o["name"] for o in bundle["organisations"]]
        names += [s["name"] for s in bundle["strategies"]]
        names += [i["title"] for s in bundle["strategies"] for i in s["items"]]
        names += [i["name"] for i in bundle["indicators"]]
        self.assertTrue(names)
        for name in names:
            self.assertIn("yntetisk", name)

    def test_it_imports_with_every_row_and_the_pages_answer(self):
        shape = json.loads(generate("shape"))
        self.assertEqual(shape["organisations"], 5 + 4 + 30)
        self.assertEqual(shape["measurements"], 4 * 24 * 6)
        db = self.database()
        bundle = os.path.join(self.dir, "bundle.json")
        generate("bundle", bundle)
        out = harness.run(["import", "--db", db, bundle])
        self.assertIn("indicators: 4 created", out)
        self.assertIn("organisations: %d created" % shape["organisations"], out)
        imported = 0
        for first, last in (("1", "2"), ("3", "4")):
            csv = os.path.join(self.dir, "slice.csv")
            with open(csv, "wb") as f:
                f.write(generate("measurements", first, last))
            out = harness.run(["measurements", "import", "--db", db, csv])
            imported += int(next(line for line in out.splitlines() if line.startswith("imported: ")).split()[1])
        self.assertEqual(imported, shape["measurements"])

        harness.run(["user", "add", "--db", db, "--name", "smoke-editor", "--org", "SORG01", "--role", "editor"])
        harness.run(["user", "password", "--db", db, "--name", "smoke-editor"], input="smoke-passord-2030\n")
        harness.run(["round", "--db", db, "--strategy", "syntetisk-nasjonal", "--period", shape["open_period"],
                     "--deadline", "2099-01-01T12:00", "--levels", "2"])
        server = harness.Server(db, os.path.join(self.dir, "serve.log"))
        server.start()
        try:
            result = os.path.join(self.dir, "pages.json")
            env = dict(os.environ, BENCH_NATIONAL_PAGE_SECONDS="0")
            r = subprocess.run([sys.executable, DRIVER, "http://127.0.0.1:%d" % server.port, "smoke-editor",
                                "smoke-passord-2030", "1", result, *TINY], capture_output=True, text=True,
                               env=env, cwd=os.path.join(ROOT, "bench"), timeout=120)
            self.assertEqual(r.returncode, 0, r.stderr)
        finally:
            server.stop()
        with open(result) as f:
            pages = json.load(f)["pages"]
        self.assertEqual([p["path"].split("?")[0] for p in pages],
                         ["/", "/monitor", "/rapport/%s/mal/m01" % shape["last_published_period"],
                          "/strategi/syntetisk-nasjonal/m01", "/veikart", "/oppgaver"])
        for page in pages:
            self.assertEqual(page["runs"], 1)
            self.assertGreater(page["bytes"], 1000, page["path"])


def main():
    global ENGINE
    p = argparse.ArgumentParser()
    p.add_argument("--engine", choices=["sqlite", "postgres"], default="sqlite")
    a, rest = p.parse_known_args()
    ENGINE = a.engine
    if ENGINE == "postgres" and not os.environ.get("FREMDRIFT_TEST_PG_ADMIN_URL"):
        print("skipped: FREMDRIFT_TEST_PG_ADMIN_URL is not set", flush=True)
        sys.exit(77)
    unittest.main(argv=[sys.argv[0]] + rest)


if __name__ == "__main__":
    main()
