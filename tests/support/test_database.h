// Fresh, empty databases for tests, so that one test body can run against
// both SQLite and PostgreSQL. Tests get them through the shared fixtures of
// support/engine_fixture.h (EngineTest, ApiTest), which skip an engine
// that is not available and are instantiated with INSTANTIATE_PER_ENGINE.
//
// PostgreSQL is tested when FREMDRIFT_TEST_PG_ADMIN_URL names a server's
// maintenance database as a URL whose user may create databases, e.g. the
// URL printed by `scripts/test-postgres start DIR PORT`.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "storage/sql_connection.h"

namespace fremdrift::testing {

enum class Engine { kSqlite, kPostgres };

// "sqlite" or "postgres"; used to name parameterised tests.
std::string EngineName(Engine engine);

// True when `engine` can be tested here: always for SQLite, and for
// PostgreSQL when FREMDRIFT_TEST_PG_ADMIN_URL is set and not empty.
bool EngineAvailable(Engine engine);

// Every engine, available or not; tests skip the unavailable ones so that
// the skip shows up in the test report.
std::vector<Engine> AllEngines();

// `server_url` (postgresql://user@host:port/db?options) with its database
// replaced by `database`; user, host, port and options are kept.
std::string PostgresUrlForDatabase(std::string_view server_url,
                                   std::string_view database);

// What a new test database holds.
enum class Contents {
  kEmpty,     // nothing: not even the migrations
  kMigrated,  // every migration applied
  kDemo,      // every migration applied and the demo dataset imported
};

// A new database that is removed again by the destructor: an SQLite file in
// a fresh temporary folder, or a PostgreSQL database named
// fremdrift_test_<random> on the FREMDRIFT_TEST_PG_ADMIN_URL server.
// Migrated and demo databases are copies of a template made once
// (test_template.h), not migrated and imported anew for every test.
// The constructor throws if the database cannot be made (or the engine is
// unavailable). The destructor never throws; it drops the PostgreSQL
// database even if connections to it are still open, but close yours first
// anyway. Not copyable or movable.
class TempDatabase {
 public:
  explicit TempDatabase(Engine engine, Contents contents = Contents::kEmpty);
  ~TempDatabase();
  TempDatabase(const TempDatabase&) = delete;
  TempDatabase& operator=(const TempDatabase&) = delete;

  Engine engine() const { return engine_; }

  // The URL to hand to OpenConnection (`sqlite:PATH` or `postgresql://...`).
  const std::string& url() const { return url_; }

  // A new connection to this database.
  std::unique_ptr<SqlConnection> Connect() const;

 private:
  Engine engine_;
  std::string url_;
  std::string folder_;     // SQLite: the temporary folder
  std::string name_;       // PostgreSQL: the database name
  std::string admin_url_;  // PostgreSQL: where to drop it from
};

}  // namespace fremdrift::testing
