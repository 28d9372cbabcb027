"""A PostgreSQL streaming replica of a running server, on loopback, made
the way docs/operations.md ("The backup replica") tells operators to: a
physical replication slot on the primary, `pg_basebackup -X stream -S SLOT
-R` into a new folder (which writes `primary_conninfo`, the slot's name and
`standby.signal`), and a hot standby started on it on a free port. For
scripts/cluster-test. Standard library only; run as root, the replica runs
as the `postgres` system user, as scripts/test-postgres runs its servers.
"""

import os
import random
import shutil
import subprocess
import tempfile
import time
import urllib.parse

import harness

PG_BIN = "/usr/lib/postgresql/15/bin"


def as_owner(args, **kw):
    """Runs `args` as the owner of the servers' files (see the docstring)."""
    if os.geteuid() == 0:
        args = ["runuser", "-u", "postgres", "--"] + args
    return subprocess.run(args, cwd="/", capture_output=True, text=True, **kw)


class StreamingReplica:
    def __init__(self, primary_admin_url):
        self.primary = primary_admin_url
        self.slot = "fremdrift_replica_%08x" % random.getrandbits(32)
        self.dir = tempfile.mkdtemp(prefix="fremdrift-replica-")
        self.port = harness.free_port()
        self.running = False
        self.slot_made = False
        if os.geteuid() == 0:
            shutil.chown(self.dir, "postgres", "postgres")
        u = urllib.parse.urlsplit(primary_admin_url)
        self.user = urllib.parse.unquote(u.username or "postgres")
        harness.psql(primary_admin_url, f"SELECT pg_create_physical_replication_slot('{self.slot}')")
        self.slot_made = True
        data = os.path.join(self.dir, "data")
        r = as_owner([f"{PG_BIN}/pg_basebackup", "-h", u.hostname or "127.0.0.1", "-p", str(u.port or 5432),
                      "-U", self.user, "-D", data, "-X", "stream", "-S", self.slot, "-R",
                      "--checkpoint=fast"], timeout=600)
        if r.returncode != 0:
            raise RuntimeError("pg_basebackup failed: " + r.stderr.strip())
        r = as_owner([f"{PG_BIN}/pg_ctl", "start", "-D", data, "-l", os.path.join(self.dir, "log"), "-w", "-t", "60",
                      "-o", f"-c listen_addresses=127.0.0.1 -p {self.port} -k {self.dir} -c hot_standby=on"])
        if r.returncode != 0:
            raise RuntimeError("the replica did not start: " + r.stderr.strip() + self.log_tail())
        self.running = True

    def log_tail(self):
        try:
            with open(os.path.join(self.dir, "log")) as f:
                return "\n" + "".join(f.readlines()[-10:])
        except OSError:
            return ""

    def url(self, database):
        return f"postgresql://{urllib.parse.quote(self.user)}@127.0.0.1:{self.port}/{database}"

    def settings(self):
        """What pg_basebackup -R wrote: primary_conninfo and primary_slot_name."""
        with open(os.path.join(self.dir, "data", "postgresql.auto.conf")) as f:
            return f.read()

    def caught_up(self, timeout=30):
        """Waits until the replica has replayed everything the primary had
        written when asked; returns the seconds it took, or None."""
        target = harness.psql(self.primary, "SELECT pg_current_wal_lsn()")[0][0]
        began = time.monotonic()
        while time.monotonic() - began < timeout:
            behind = harness.psql(self.url("postgres"),
                                  f"SELECT pg_wal_lsn_diff('{target}', pg_last_wal_replay_lsn()) > 0")[0][0]
            if behind == "f":
                return time.monotonic() - began
            time.sleep(0.1)
        return None

    def slot_active(self):
        rows = harness.psql(self.primary, f"SELECT active FROM pg_replication_slots WHERE slot_name = '{self.slot}'")
        return bool(rows) and rows[0][0] == "t"

    def close(self):
        if self.running:
            data = os.path.join(self.dir, "data")
            if as_owner([f"{PG_BIN}/pg_ctl", "stop", "-D", data, "-m", "fast", "-w", "-t", "30"]).returncode != 0:
                as_owner([f"{PG_BIN}/pg_ctl", "stop", "-D", data, "-m", "immediate", "-w", "-t", "30"])
            self.running = False
        if self.slot_made:
            # A slot left behind would hold the primary's WAL for ever.
            # The primary's sender may take a moment to let go of it.
            for attempt in range(50):
                try:
                    harness.psql(self.primary, f"SELECT pg_drop_replication_slot('{self.slot}')")
                    break
                except RuntimeError as e:
                    if attempt == 49:
                        harness.log(f"replica: could not drop slot {self.slot}: {e}")
                    time.sleep(0.1)
            self.slot_made = False
        shutil.rmtree(self.dir, ignore_errors=True)
