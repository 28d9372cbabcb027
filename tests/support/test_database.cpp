#include "support/test_database.h"

#include "storage/sql_connection.h"
#include "support/test_template.h"

#include <stdlib.h>

#include <cstdio>
#include <cstdlib>
#include <exception>
#include <filesystem>
#include <random>
#include <stdexcept>

namespace fremdrift::testing {
namespace {

constexpr const char* kAdminUrlVariable = "FREMDRIFT_TEST_PG_ADMIN_URL";

std::string AdminUrl() {
  const char* url = std::getenv(kAdminUrlVariable);
  return url ? url : "";
}

// 16 random lower-case hex digits: unique enough for parallel test runs.
std::string RandomSuffix() {
  std::random_device device;
  std::mt19937_64 generator((uint64_t{device()} << 32) ^ device());
  char text[17];
  std::snprintf(text, sizeof text, "%016llx",
                static_cast<unsigned long long>(generator()));
  return text;
}

// Gives a database copied from a template a basis stamp and a tables stamp
// of its own. What the server keeps in memory across requests
// (storage/kept_rows.h, storage/kept_tables.h, app/kept_national_series.h)
// is keyed by a stamp, and a process serves one database, whose stamps are
// random; the tests' process serves many copies of one template, which
// would share the template's stamps while their rows, changed by different
// tests, reach the same versions.
void RenewBasisStamp(const std::string& url) {
  std::random_device device;
  const auto random_stamp = [&device] { return static_cast<int64_t>((uint64_t{device()} << 31) ^ device()); };
  OpenConnection(url)->Execute("UPDATE round_basis SET stamp = ?, tables_stamp = ? WHERE id = 1",
                               {random_stamp(), random_stamp()});
}

std::string MakeTempFolder() {
  std::string pattern =
      (std::filesystem::temp_directory_path() / "fremdrift-test-XXXXXX")
          .string();
  if (!mkdtemp(pattern.data())) {
    throw std::runtime_error("cannot create a temporary folder in " +
                             pattern);
  }
  return pattern;
}

}  // namespace

std::string EngineName(Engine engine) {
  return engine == Engine::kSqlite ? "sqlite" : "postgres";
}

bool EngineAvailable(Engine engine) {
  return engine == Engine::kSqlite || !AdminUrl().empty();
}

std::vector<Engine> AllEngines() {
  return {Engine::kSqlite, Engine::kPostgres};
}

std::string PostgresUrlForDatabase(std::string_view server_url,
                                   std::string_view database) {
  size_t scheme = server_url.find("://");
  if (scheme == std::string_view::npos) {
    throw std::invalid_argument("not a PostgreSQL URL: " +
                                std::string(server_url));
  }
  size_t path = server_url.find_first_of("/?", scheme + 3);
  size_t query = server_url.find('?', scheme + 3);
  std::string url(server_url.substr(0, path));
  url += '/';
  url += database;
  if (query != std::string_view::npos) url += server_url.substr(query);
  return url;
}

TempDatabase::TempDatabase(Engine engine, Contents contents) : engine_(engine) {
  if (engine == Engine::kSqlite) {
    folder_ = MakeTempFolder();
    url_ = "sqlite:" + folder_ + "/test.db";
    if (contents != Contents::kEmpty) {
      std::filesystem::copy_file(SqliteTemplate(contents), folder_ + "/test.db");
      RenewBasisStamp(url_);
    }
    return;
  }
  admin_url_ = AdminUrl();
  if (admin_url_.empty()) {
    throw std::runtime_error(std::string(kAdminUrlVariable) + " is not set");
  }
  name_ = "fremdrift_test_" + RandomSuffix();
  url_ = PostgresUrlForDatabase(admin_url_, name_);
  const std::string source =
      contents == Contents::kEmpty ? "template0" : PostgresTemplate(admin_url_, contents);
  OpenConnection(admin_url_)->ExecuteScript(
      "CREATE DATABASE " + name_ + " TEMPLATE " + source + " ENCODING 'UTF8'");
  if (contents != Contents::kEmpty) RenewBasisStamp(url_);
}

TempDatabase::~TempDatabase() {
  try {
    if (engine_ == Engine::kSqlite) {
      std::error_code ignored;
      std::filesystem::remove_all(folder_, ignored);
    } else {
      OpenConnection(admin_url_)->ExecuteScript(
          "DROP DATABASE IF EXISTS " + name_ + " WITH (FORCE)");
    }
  } catch (const std::exception& e) {
    std::fprintf(stderr, "warning: cannot remove test database %s: %s\n",
                 url_.c_str(), e.what());
  }
}

std::unique_ptr<SqlConnection> TempDatabase::Connect() const {
  return OpenConnection(url_);
}

}  // namespace fremdrift::testing
