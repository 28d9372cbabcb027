// Killing the importer in the middle of a file leaves the database exactly
// as it was, and usable: the import is one transaction, and SQLite's WAL /
// PostgreSQL's recovery discard the unfinished one.
#include <gtest/gtest.h>
#include <signal.h>
#include <sys/wait.h>
#include <fcntl.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <thread>

#include "app/bundle.h"
#include "app/measurement_import.h"
#include "formats/bundle_files.h"
#include "storage/indicator_store.h"
#include "storage/measurement_store.h"
#include "storage/migrations.h"
#include "support/engine_fixture.h"

namespace fremdrift {
namespace {

using testing::Engine;
using testing::EngineName;
using testing::EngineTest;
using testing::TempDatabase;

// db_ is empty; the test opens its own connections.
class ImportCrashTest : public EngineTest {
 protected:
  bool MigratedDatabase() const override { return false; }
};

int64_t Count(SqlConnection& conn) {
  auto ind = IndicatorStore(conn).FindByCode("besok");
  return MeasurementStore(conn).Count(ind->id);
}

void ImportCsv(SqlConnection& conn, const std::string& csv) {
  std::istringstream in(csv);
  auto s = ImportMeasurements(conn, in, MeasurementFormat::kCsv, {});
  ASSERT_EQ(s.status, ImportStatus::kOk) << s.ToJson().dump();
}

TEST_P(ImportCrashTest, KilledImportLeavesTheDatabaseUnchangedAndUsable) {
  TempDatabase& db = *db_;
  auto conn = db.Connect();
  Migrate(*conn);
  ImportBundle(*conn, {ParseBundleText("i.json", R"({"format": "fremdrift-bundle", "version": 1,
    "indicators": [{"code": "besok", "name": "Besøk", "unit": "count",
    "direction": "higher_is_better", "period_type": "month", "published": true}]})")}, "test");
  ImportCsv(*conn, "indicator,period,value,region\nbesok,2022-01,1,a\nbesok,2022-02,2,a\nbesok,2022-03,3,a\n");

  // A file large enough that the import is still running when it is killed.
  auto dir = std::filesystem::temp_directory_path() / ("fremdrift-crash-" + std::to_string(getpid()));
  std::filesystem::create_directories(dir);
  std::string path = (dir / "big.csv").string();
  {
    std::ofstream out(path);
    out << "indicator,period,value,region\n";
    for (int r = 0; r < 400; ++r) {
      for (int m = 0; m < 6000; ++m) {
        out << "besok," << 3000 + m / 12 << '-' << (m % 12 < 9 ? "0" : "") << m % 12 + 1 << ','
            << m << ",r" << r << '\n';
      }
    }
  }
  conn.reset();  // no connection of ours holds anything during the kill

  pid_t pid = fork();
  ASSERT_GE(pid, 0);
  if (pid == 0) {
    int devnull = open("/dev/null", O_WRONLY);
    dup2(devnull, 1);
    dup2(devnull, 2);
    execl(FREMDRIFT_BINARY, FREMDRIFT_BINARY, "measurements", "import", "--db", db.url().c_str(),
          path.c_str(), static_cast<char*>(nullptr));
    _exit(127);
  }
  std::this_thread::sleep_for(std::chrono::milliseconds(1500));
  int status = 0;
  bool still_running = waitpid(pid, &status, WNOHANG) == 0;
  kill(pid, SIGKILL);
  waitpid(pid, &status, 0);
  std::filesystem::remove_all(dir);
  ASSERT_TRUE(still_running) << "the import ended before it could be killed; use a larger file";

  conn = db.Connect();
  EXPECT_EQ(Count(*conn), 3);
  if (GetParam() == Engine::kSqlite) {
    EXPECT_EQ(conn->Query("PRAGMA integrity_check").at(0).Text(0), "ok");
  }
  ImportCsv(*conn, "indicator,period,value,region\nbesok,2022-04,4,a\n");
  EXPECT_EQ(Count(*conn), 4);
}

INSTANTIATE_PER_ENGINE(ImportCrashTest);

}  // namespace
}  // namespace fremdrift
