// The shared fixtures of tests that run once per database engine, and the
// one way to instantiate them:
//
//   PerEngineTest  the engine as the test's parameter; skips, saying how
//                  to make it available, when the engine cannot be tested
//                  here (PostgreSQL without FREMDRIFT_TEST_PG_ADMIN_URL).
//   EngineTest     database-level tests (tests/integration, the cli
//                  tests): a fresh TempDatabase of the engine in db_ and,
//                  unless MigratedDatabase() says no, one connection to
//                  it in conn_ with every migration applied.
//
// The HTTP suites' ApiTest (support/api_fixture.h) builds on PerEngineTest.
// A fixture that extends SetUp calls its base's first and returns when
// IsSkipped(). Every suite is instantiated with
// INSTANTIATE_PER_ENGINE(Fixture), which names the instances
// Engines/Fixture.Test/sqlite and .../postgres.
#pragma once

#include <gtest/gtest.h>

#include <memory>
#include <string>

#include "app/import_summary.h"
#include "storage/sql_connection.h"
#include "support/demo_data.h"  // DemoDir, for tests that read or import the demo themselves
#include "support/test_database.h"

namespace fremdrift::testing {

class PerEngineTest : public ::testing::TestWithParam<Engine> {
 protected:
  void SetUp() override {
    if (!EngineAvailable(GetParam())) {
      GTEST_SKIP() << EngineName(GetParam())
                   << " not available: set FREMDRIFT_TEST_PG_ADMIN_URL (see scripts/test-postgres)";
    }
  }
};

class EngineTest : public PerEngineTest {
 protected:
  void SetUp() override;

  // False for a test that wants the database empty (no migration) and
  // opens its own connections: then conn_ stays null.
  virtual bool MigratedDatabase() const { return true; }

  // Imports the demo dataset (data/demo) through conn_, as `fremdrift
  // import` does, and returns its summary.
  ImportSummary ImportDemo();

  // Declared in this order so that the connection closes before the
  // database is dropped.
  std::unique_ptr<TempDatabase> db_;
  std::unique_ptr<SqlConnection> conn_;
};

}  // namespace fremdrift::testing

// Runs every test of `fixture` once per engine (AllEngines()), the
// instances named by the engine.
#define INSTANTIATE_PER_ENGINE(fixture)                                                      \
  INSTANTIATE_TEST_SUITE_P(Engines, fixture, ::testing::ValuesIn(::fremdrift::testing::AllEngines()), \
                           [](const auto& info) { return ::fremdrift::testing::EngineName(info.param); })
