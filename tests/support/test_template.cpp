#include "support/test_template.h"

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <map>
#include <mutex>
#include <stdexcept>
#include <vector>

#include "app/bundle.h"
#include "formats/bundle_files.h"
#include "storage/migrations.h"
#include "support/demo_data.h"
#include "support/file_text.h"

namespace fremdrift::testing {
namespace {

namespace fs = std::filesystem;

// FNV-1a, 64 bits: a stable name for what made a template.
class Fingerprint {
 public:
  void Add(std::string_view bytes) {
    for (unsigned char c : bytes) hash_ = (hash_ ^ c) * 1099511628211ull;
    hash_ = (hash_ ^ 0xff) * 1099511628211ull;  // ends each part
  }
  std::string Hex() const {
    char text[17];
    std::snprintf(text, sizeof text, "%016llx", static_cast<unsigned long long>(hash_));
    return text;
  }

 private:
  uint64_t hash_ = 14695981039346656037ull;
};

// The test program running, e.g. "api_tests".
fs::path Program() { return fs::read_symlink("/proc/self/exe"); }

// The start of the names of this program's templates of `contents`, e.g.
// "api_tests_demo_": a new one replaces the older ones with this start.
std::string TemplatePrefix(Contents contents) {
  return Program().filename().string() + (contents == Contents::kDemo ? "_demo_" : "_migrated_");
}

// The name of the template of `contents` (see the header): its prefix and
// a fingerprint of what makes it, at most 43 characters.
std::string TemplateName(Contents contents) {
  Fingerprint f;
  const fs::path program = Program();
  f.Add(program.string());
  f.Add(std::to_string(fs::file_size(program)));
  f.Add(std::to_string(fs::last_write_time(program).time_since_epoch().count()));
  for (const Migration& m : AllMigrations()) {
    f.Add(std::to_string(m.version));
    f.Add(m.sql);
    f.Add(m.postgres_sql);
  }
  if (contents == Contents::kDemo) {
    std::vector<fs::path> files;
    for (const auto& entry : fs::recursive_directory_iterator(DemoDir())) {
      if (entry.is_regular_file()) files.push_back(entry.path());
    }
    std::sort(files.begin(), files.end());
    for (const auto& file : files) {
      f.Add(file.string());
      f.Add(ReadAll(file));
    }
  }
  const auto today = std::chrono::floor<std::chrono::days>(std::chrono::system_clock::now());
  f.Add(std::to_string(today.time_since_epoch().count()));
  return TemplatePrefix(contents) + f.Hex();
}

// Applies the migrations to the database at `url`, and imports the demo
// dataset as the test server does.
void Fill(const std::string& url, Contents contents) {
  auto conn = OpenConnection(url);
  Migrate(*conn);
  if (contents == Contents::kDemo) ImportBundle(*conn, ReadBundleFiles(DemoDir()), "test");
}

// Holds an exclusive lock on a file while it lives.
class FileLock {
 public:
  explicit FileLock(const std::string& path) : fd_(::open(path.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0644)) {
    if (fd_ >= 0 && ::flock(fd_, LOCK_EX) == 0) return;
    if (fd_ >= 0) ::close(fd_);
    throw std::runtime_error("cannot lock " + path);
  }
  ~FileLock() { ::close(fd_); }
  FileLock(const FileLock&) = delete;
  FileLock& operator=(const FileLock&) = delete;

 private:
  int fd_;
};

// The templates this process knows to exist, by engine and key.
std::mutex known_mutex;
std::map<std::string, std::string> known;

}  // namespace

std::string SqliteTemplate(Contents contents) {
  const std::string name = TemplateName(contents);
  const std::string key = "sqlite " + name;
  std::lock_guard guard(known_mutex);
  if (auto it = known.find(key); it != known.end()) return it->second;
  const fs::path folder = fs::path(FREMDRIFT_BINARY).parent_path() / "test-templates";
  fs::create_directories(folder);
  const fs::path path = folder / (name + ".db");
  FileLock lock((folder / ".lock").string());
  if (!fs::exists(path)) {
    // Made under another name and renamed when closed, so that no process
    // copies a half-made file; SQLite leaves no journal beside a closed one.
    const fs::path making = folder / (name + ".making");
    for (const char* suffix : {"", "-wal", "-shm", "-journal"}) fs::remove(making.string() + suffix);
    Fill("sqlite:" + making.string(), contents);
    fs::rename(making, path);
    // Those of earlier builds or days are not used again.
    const std::string prefix = TemplatePrefix(contents);
    for (const auto& entry : fs::directory_iterator(folder)) {
      const std::string file = entry.path().filename().string();
      if (file.starts_with(prefix) && entry.path() != path) fs::remove(entry.path());
    }
  }
  return known[key] = path.string();
}

std::string PostgresTemplate(const std::string& admin_url, Contents contents) {
  // PostgreSQL cuts names at 63 characters: both stay under.
  const std::string base = TemplateName(contents);
  const std::string name = "fremdrift_tpl_" + base;
  const std::string key = admin_url + " " + name;
  std::lock_guard guard(known_mutex);
  if (auto it = known.find(key); it != known.end()) return it->second;
  auto admin = OpenConnection(admin_url);
  // Released when `admin` closes; the key is any number all test processes
  // agree on.
  admin->Query("SELECT pg_advisory_lock(4711020112)", {});
  if (admin->Query("SELECT 1 FROM pg_database WHERE datname = ?", {name}).empty()) {
    const std::string making = "fremdrift_new_" + base;
    admin->ExecuteScript("DROP DATABASE IF EXISTS " + making + " WITH (FORCE)");
    admin->ExecuteScript("CREATE DATABASE " + making + " TEMPLATE template0 ENCODING 'UTF8'");
    Fill(PostgresUrlForDatabase(admin_url, making), contents);
    // CREATE DATABASE copies a template only while nobody is connected to
    // it: the filled one takes no connections from now on.
    admin->ExecuteScript("ALTER DATABASE " + making + " RENAME TO " + name);
    admin->ExecuteScript("ALTER DATABASE " + name + " ALLOW_CONNECTIONS false");
    // Those of earlier builds or days are not used again; one still being
    // copied from (a run of an earlier build beside this one) stays.
    const std::string prefix = "fremdrift_tpl_" + TemplatePrefix(contents);
    for (const SqlRow& row : admin->Query("SELECT datname FROM pg_database", {})) {
      const std::string old = std::get<std::string>(row.Value(0));
      if (!old.starts_with(prefix) || old == name) continue;
      try {
        admin->ExecuteScript("DROP DATABASE IF EXISTS " + old);
      } catch (const std::exception&) {
      }
    }
  }
  return known[key] = name;
}

}  // namespace fremdrift::testing
