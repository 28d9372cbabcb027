// Killing the importer in the middle of a file leaves the database exactly
// as it was, and usable: the import is one transaction, and SQLite's WAL /
// PostgreSQL's recovery discard the unfinished one. The kill comes when
// the importer's own progress bar (drawn when its stderr is a terminal, so
// it runs on a pseudo-terminal here) shows a tenth of the file done.
#include <gtest/gtest.h>
#include <poll.h>
#include <pty.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <regex>
#include <sstream>

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

// The percentage the importer's progress bar ("\r[=====>   ] 45 %") shows
// last in `terminal_output`, or -1 before it has drawn one.
int LastPercent(const std::string& terminal_output) {
  static const std::regex bar("\\] ([0-9]+) %");
  int percent = -1;
  for (std::sregex_iterator it(terminal_output.begin(), terminal_output.end(), bar), end; it != end; ++it) {
    percent = std::stoi((*it)[1].str());
  }
  return percent;
}

// Reads what the child writes to the terminal `master` until its progress
// bar shows at least `percent`, the child closes the terminal (it ended),
// or `deadline` passes. Returns all it read.
std::string ReadUntilPercent(int master, int percent, std::chrono::seconds deadline) {
  std::string seen;
  const auto end = std::chrono::steady_clock::now() + deadline;
  while (LastPercent(seen) < percent && std::chrono::steady_clock::now() < end) {
    pollfd p{master, POLLIN, 0};
    if (poll(&p, 1, 100) <= 0) continue;
    char buffer[4096];
    ssize_t n = read(master, buffer, sizeof buffer);
    if (n <= 0) break;  // EIO: the child's side is closed
    seen.append(buffer, static_cast<size_t>(n));
  }
  return seen;
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

  // The importer on a terminal of its own, so that it draws its progress.
  int master = -1;
  pid_t pid = forkpty(&master, nullptr, nullptr, nullptr);
  ASSERT_GE(pid, 0);
  if (pid == 0) {
    execl(FREMDRIFT_BINARY, FREMDRIFT_BINARY, "measurements", "import", "--db", db.url().c_str(),
          path.c_str(), static_cast<char*>(nullptr));
    _exit(127);
  }
  constexpr int kKillAt = 10;  // percent of the file read and written
  const std::string shown = ReadUntilPercent(master, kKillAt, std::chrono::seconds(120));
  int status = 0;
  bool still_running = waitpid(pid, &status, WNOHANG) == 0;
  kill(pid, SIGKILL);
  waitpid(pid, &status, 0);
  close(master);
  std::filesystem::remove_all(dir);
  ASSERT_TRUE(still_running) << "the import ended before it could be killed; use a larger file: " << shown;
  ASSERT_GE(LastPercent(shown), kKillAt) << "the import never showed " << kKillAt
                                          << " % within 120 s; it showed: " << shown;
  ASSERT_LT(LastPercent(shown), 100) << "killed in the middle, not at the end";

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
