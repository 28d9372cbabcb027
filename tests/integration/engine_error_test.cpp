// A database engine's own words never leave the server as the message of
// a conflict (storage/engine_error.h), on each engine.
#include <gtest/gtest.h>

#include "domain/failure.h"
#include "storage/engine_error.h"
#include "support/test_database.h"

namespace fremdrift {
namespace {

using testing::Engine;
using testing::EngineAvailable;
using testing::EngineName;
using testing::TempDatabase;

class EngineErrorTest : public ::testing::TestWithParam<Engine> {};

TEST_P(EngineErrorTest, AConstraintViolationIsAConflictWithANeutralMessage) {
  if (!EngineAvailable(GetParam())) GTEST_SKIP() << EngineName(GetParam()) << " not available";
  TempDatabase db(GetParam());
  auto conn = db.Connect();
  conn->ExecuteScript("CREATE TABLE secret_table_name (secret_column TEXT PRIMARY KEY)");
  conn->Execute("INSERT INTO secret_table_name (secret_column) VALUES (?)", {std::string("value-1")});
  try {
    conn->Execute("INSERT INTO secret_table_name (secret_column) VALUES (?)", {std::string("value-1")});
    ADD_FAILURE() << "a duplicate key was accepted";
  } catch (const Failure& f) {
    EXPECT_EQ(f.code(), FailureCode::kConflict);
    EXPECT_EQ(std::string(f.what()), kConstraintConflictMessage);
    for (const char* word : {"secret_table_name", "secret_column", "value-1", "UNIQUE", "duplicate"}) {
      EXPECT_EQ(std::string(f.what()).find(word), std::string::npos) << word;
    }
  }
}

INSTANTIATE_TEST_SUITE_P(Engines, EngineErrorTest,
                         ::testing::ValuesIn(testing::AllEngines()),
                         [](const auto& info) { return EngineName(info.param); });

}  // namespace
}  // namespace fremdrift
