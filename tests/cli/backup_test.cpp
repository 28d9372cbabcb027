// `fremdrift backup` and `fremdrift restore` on each engine, run as real
// processes: a backup taken while a writer keeps adding measurements,
// restored over the database, gives exactly the export the database had
// at the backup's moment (the same writes replayed on a fresh database up
// to the last one the backup holds).
#include <gtest/gtest.h>

#include <atomic>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <thread>

#include "app/bundle.h"
#include "app/measurement_service.h"
#include "support/child_process.h"
#include "formats/bundle_files.h"
#include "storage/database_backup.h"
#include "storage/indicator_store.h"
#include "storage/measurement_store.h"
#include "storage/migrations.h"
#include "support/demo_data.h"
#include "support/engine_fixture.h"
#include "support/wait_until.h"

namespace fremdrift::testing {
namespace {

namespace fs = std::filesystem;

const char* kLoadIndicator = R"({"format": "fremdrift-bundle", "version": 1, "indicators": [
  {"code": "last", "name": "Last", "unit": "count", "direction": "higher_is_better",
   "period_type": "month", "published": true}]})";

// Write number `k` of the writer: each adds one new row.
nlohmann::json Write(int k) {
  return {{"indicator", "last"},
          {"period", "2023-0" + std::to_string(1 + k % 9)},
          {"value", k},
          {"dimensions", {{"løp", std::to_string(k)}}}};
}

void Seed(SqlConnection& conn) {
  Migrate(conn);
  ImportBundle(conn, ReadBundleFiles(DemoDir()), "test");
  ImportBundle(conn, {ParseBundleText("last.json", kLoadIndicator)}, "test");
}

// db_ is the database backed up and restored over; no connection of the
// fixture stays open to it.
class BackupTest : public EngineTest {
 protected:
  bool MigratedDatabase() const override { return false; }
  void SetUp() override {
    EngineTest::SetUp();
    if (IsSkipped()) return;
    char pattern[] = "/tmp/fremdrift-backup-XXXXXX";
    ASSERT_NE(mkdtemp(pattern), nullptr);
    dir_ = pattern;
  }
  void TearDown() override {
    std::error_code ignored;
    if (!dir_.empty()) fs::remove_all(dir_, ignored);
  }
  fs::path dir_;
};

TEST_P(BackupTest, ARestoredBackupTakenUnderWriteLoadExportsAsTheDatabaseDidThen) {
  const User editor{1, "writer", "nhn", Role::kEditor, 1};
  TempDatabase& db = *db_;
  Seed(*db.Connect());

  std::atomic<int> written{0};
  std::atomic<bool> stop{false};
  std::string writer_error;
  std::thread writer([&] {
    auto conn = db.Connect();
    try {
      for (int k = 1; !stop; ++k) {
        AddMeasurement(*conn, editor, Write(k));
        written = k;
      }
    } catch (const std::exception& e) {
      writer_error = e.what();
    }
  });
  EXPECT_TRUE(WaitUntil([&] { return written >= 20 || !writer_error.empty(); }, std::chrono::seconds(60)))
      << "the writer is under way";
  const int before = written;
  const std::string file = (dir_ / "fremdrift.backup").string();
  auto backup = RunFremdrift({"backup", "--db", db.url(), "--out", file});
  const int after_backup = written;
  EXPECT_TRUE(WaitUntil([&] { return written >= after_backup + 20 || !writer_error.empty(); },
                        std::chrono::seconds(60)))
      << "the writer went on after the backup";
  stop = true;
  writer.join();
  ASSERT_EQ(writer_error, "");
  ASSERT_EQ(backup.exit_code, 0) << backup.err;
  EXPECT_NE(backup.out.find("Backed up the database to " + file), std::string::npos) << backup.out;
  EXPECT_FALSE(fs::exists(file + ".partial"));

  // Restored over the database, which has gone on to more writes since.
  auto restore = RunFremdrift({"restore", "--db", db.url(), file});
  ASSERT_EQ(restore.exit_code, 0) << restore.err;
  int64_t held;
  {
    auto conn = db.Connect();
    held = MeasurementStore(*conn).Count(IndicatorStore(*conn).FindByCode("last")->id);
  }
  // The backup holds the writes of one moment during the backup: all of a
  // prefix of them, as each was its own transaction.
  EXPECT_GE(held, before);
  EXPECT_LE(held, after_backup);
  EXPECT_LT(held, written.load());
  auto restored = RunFremdrift({"export", "--db", db.url()});
  ASSERT_EQ(restored.exit_code, 0) << restored.err;

  // The database at that moment, rebuilt by replaying the same writes.
  TempDatabase replay(GetParam());
  {
    auto conn = replay.Connect();
    Seed(*conn);
    for (int k = 1; k <= held; ++k) AddMeasurement(*conn, editor, Write(k));
  }
  auto expected = RunFremdrift({"export", "--db", replay.url()});
  ASSERT_EQ(expected.exit_code, 0) << expected.err;
  EXPECT_EQ(restored.out, expected.out);
  EXPECT_NE(restored.out.find("\"løp\""), std::string::npos);
}

TEST_P(BackupTest, RestoreRefusesAFileThatIsNoBackupOfThatEngine) {
  TempDatabase& db = *db_;
  Migrate(*db.Connect());
  const std::string junk = (dir_ / "junk").string();
  std::ofstream(junk) << "indicator,period,value\n";
  auto r = RunFremdrift({"restore", "--db", db.url(), junk});
  EXPECT_EQ(r.exit_code, 2);  // invalid input
  EXPECT_NE(r.err.find("is not a backup made by fremdrift backup"), std::string::npos) << r.err;

  // A backup of the other engine's kind is refused by name.
  const std::string other = (dir_ / "other").string();
  std::ofstream(other, std::ios::binary)
      << (GetParam() == Engine::kSqlite ? std::string("PGDMP\x01\x0e", 7)
                                        : std::string("SQLite format 3\0", 16));
  r = RunFremdrift({"restore", "--db", db.url(), other});
  EXPECT_EQ(r.exit_code, 2);  // invalid input
  EXPECT_NE(r.err.find(GetParam() == Engine::kSqlite ? "is a backup of a postgresql database"
                                                     : "is a backup of a sqlite database"),
            std::string::npos)
      << r.err;
  r = RunFremdrift({"backup", "--db", db.url()});
  EXPECT_EQ(r.exit_code, 2);  // invalid input
  EXPECT_NE(r.err.find("out"), std::string::npos) << r.err;
}

INSTANTIATE_PER_ENGINE(BackupTest);

}  // namespace
}  // namespace fremdrift::testing
