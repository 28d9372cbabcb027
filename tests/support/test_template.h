// The template databases that TempDatabase copies for a test that wants
// the migrations applied (Contents::kMigrated) or the demo dataset too
// (Contents::kDemo), so that each test does not migrate and import anew:
// on PostgreSQL that took most of a test's second (docs/testing.md, "Build
// and test time").
//
// A template is made once, by the first test process that needs it, and
// named by what made it: the test program (its path, size and time, so a
// rebuild makes new ones), every migration's SQL, for the demo every file
// of data/demo, and the UTC date (the import's audit entries and dates are
// of the day the test runs). Processes running side by side take turns to
// make it (a lock file for SQLite, an advisory lock for PostgreSQL), and a
// template appears under its name only once it is complete. A program's new
// template replaces those its earlier builds made.
#pragma once

#include <string>

#include "support/test_database.h"

namespace fremdrift::testing {

// The path of an SQLite database file holding `contents` (not kEmpty), in
// the folder test-templates beside the built fremdrift; copy it, never
// open it.
std::string SqliteTemplate(Contents contents);

// The name of a database holding `contents` (not kEmpty) on the server of
// `admin_url`, which takes no connections so that CREATE DATABASE may
// copy it.
std::string PostgresTemplate(const std::string& admin_url, Contents contents);

}  // namespace fremdrift::testing
