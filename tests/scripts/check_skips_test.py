#!/usr/bin/env python3
"""scripts/check-skips on small JUnit reports: a skipped test fails the run
unless tests/optional_skips.txt lists it with a reason (docs/testing.md,
"No silent skips"). CTest runs this as scripts.check_skips."""
import os
import subprocess
import sys
import tempfile
import unittest

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
CHECK = os.path.join(ROOT, "scripts", "check-skips")

REPORT = """<?xml version="1.0" encoding="UTF-8"?>
<testsuite name="(empty)" tests="4" failures="0" disabled="0" skipped="2">
  <testcase name="api.Engines/X.Passes/sqlite" status="run"><system-out></system-out></testcase>
  <testcase name="api.Engines/X.NeedsOffice/sqlite" status="notrun">
    <skipped message="SKIP_REGULAR_EXPRESSION_MATCHED"/>
    <system-out>[  SKIPPED ] LibreOffice is not installed</system-out>
  </testcase>
  <testcase name="browser.keyboard" status="notrun">
    <skipped message="SKIP_RETURN_CODE=77"/>
    <system-out>browser tests skipped: no Chromium at /usr/bin/chromium</system-out>
  </testcase>
  <testcase name="unit.Y.Fails" status="fail"><system-out></system-out></testcase>
</testsuite>
"""


class CheckSkipsTest(unittest.TestCase):
    def run_check(self, optional):
        with tempfile.TemporaryDirectory() as d:
            report = os.path.join(d, "results.xml")
            listing = os.path.join(d, "optional.txt")
            with open(report, "w", encoding="utf-8") as f:
                f.write(REPORT)
            with open(listing, "w", encoding="utf-8") as f:
                f.write(optional)
            return subprocess.run([sys.executable, CHECK, report, listing],
                                  capture_output=True, text=True)

    def test_an_unlisted_skip_fails_and_names_the_test_and_why(self):
        r = self.run_check("# nothing is optional\n")
        self.assertEqual(r.returncode, 1)
        self.assertIn("api.Engines/X.NeedsOffice/sqlite: [  SKIPPED ] LibreOffice is not installed", r.stderr)
        self.assertIn("browser.keyboard: browser tests skipped: no Chromium", r.stderr)
        self.assertNotIn("X.Passes", r.stderr)
        self.assertNotIn("unit.Y.Fails", r.stderr)  # a failure is ctest's to report

    def test_listed_skips_with_reasons_pass_and_are_shown(self):
        r = self.run_check("api.Engines/X.NeedsOffice/*  LibreOffice is not installed by the test command\n"
                           "browser.*  the browser tests need Chromium, installed elsewhere\n")
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertIn("optional, skipped: browser.keyboard", r.stdout)

    def test_a_listed_skip_of_another_test_does_not_cover_this_one(self):
        r = self.run_check("api.Engines/X.NeedsOffice/postgres  LibreOffice is not installed here\n"
                           "browser.*  the browser tests need Chromium, installed elsewhere\n")
        self.assertEqual(r.returncode, 1)
        self.assertIn("X.NeedsOffice/sqlite", r.stderr)

    def test_an_entry_without_a_reason_fails(self):
        r = self.run_check("api.Engines/X.NeedsOffice/*\nbrowser.*  the browser tests need Chromium\n")
        self.assertEqual(r.returncode, 1)
        self.assertIn("needs a reason", r.stderr)

    def test_the_project_list_gives_every_entry_a_reason(self):
        with tempfile.TemporaryDirectory() as d:
            report = os.path.join(d, "results.xml")
            with open(report, "w", encoding="utf-8") as f:
                f.write('<testsuite tests="0"></testsuite>')
            r = subprocess.run([sys.executable, CHECK, report], capture_output=True, text=True)
        self.assertEqual(r.returncode, 0, r.stderr)

if __name__ == "__main__":
    unittest.main()
