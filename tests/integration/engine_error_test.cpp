// A database engine's own words never leave the server as the message of
// a conflict (storage/engine_error.h), on each engine.
#include <gtest/gtest.h>

#include "domain/failure.h"
#include "storage/engine_error.h"
#include "support/engine_fixture.h"

namespace fremdrift {
namespace {

using testing::Engine;
using testing::EngineName;
using testing::EngineTest;
using testing::TempDatabase;

// db_ is empty; the test opens its own connections.
class EngineErrorTest : public EngineTest {
 protected:
  bool MigratedDatabase() const override { return false; }
};

TEST_P(EngineErrorTest, AConstraintViolationIsAConflictWithANeutralMessage) {
  TempDatabase& db = *db_;
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
    // The engine's words stay with the failure for the server's log, which
    // is written where the conflict reaches a client, not here.
    EXPECT_NE(f.engine_detail().find("secret_table_name"), std::string::npos) << f.engine_detail();
  }
}

INSTANTIATE_PER_ENGINE(EngineErrorTest);

}  // namespace
}  // namespace fremdrift
