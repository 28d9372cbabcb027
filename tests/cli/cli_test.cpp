// The `fremdrift` command line, run as a real process over a temporary
// SQLite file: migrate, import, export, user add, token create, and the
// exit codes and messages of its failures.
#include <gtest/gtest.h>

#include <chrono>
#include <cstdlib>
#include <thread>

#include <filesystem>
#include <fstream>

#include "app/api_token.h"
#include "app/bundle.h"
#include "support/child_process.h"
#include "support/demo_data.h"
#include "support/file_text.h"
#include "storage/audit_log.h"
#include "storage/migrations.h"
#include "storage/plan_item_store.h"
#include "storage/sql_connection.h"
#include "support/raw_http.h"
#include "support/test_database.h"
#include "support/test_server.h"

namespace fremdrift::testing {
namespace {

namespace fs = std::filesystem;

class CliTest : public ::testing::Test {
 protected:
  void SetUp() override {
    char pattern[] = "/tmp/fremdrift-cli-XXXXXX";
    ASSERT_NE(mkdtemp(pattern), nullptr);
    dir_ = pattern;
    db_path_ = dir_ / "cli.db";
    url_ = "sqlite:" + db_path_.string();
  }
  void TearDown() override {
    std::error_code ignored;
    fs::remove_all(dir_, ignored);
  }

  CommandResult Run(std::vector<std::string> args) { return RunFremdrift(args); }

  // Every byte SQLite keeps for the database: the file, its WAL and SHM.
  std::string DatabaseBytes() {
    std::string all;
    for (const auto& entry : fs::directory_iterator(dir_)) {
      if (entry.path().filename().string().rfind("cli.db", 0) == 0) all += ReadAll(entry.path());
    }
    return all;
  }

  fs::path dir_;
  fs::path db_path_;
  std::string url_;
};

TEST_F(CliTest, MigratePrintsTheSchemaVersion) {
  std::string version = std::to_string(AllMigrations().back().version);
  auto first = Run({"migrate", "--db", url_});
  EXPECT_EQ(first.exit_code, 0) << first.err;
  EXPECT_NE(first.out.find("Applied " + std::to_string(AllMigrations().size()) + " migration"),
            std::string::npos)
      << first.out;
  EXPECT_NE(first.out.find("schema version is " + version), std::string::npos) << first.out;
  auto second = Run({"migrate", "--db", url_});
  EXPECT_EQ(second.exit_code, 0);
  EXPECT_NE(second.out.find("Applied 0 migration"), std::string::npos) << second.out;
  EXPECT_NE(second.out.find("schema version is " + version), std::string::npos);
}

TEST_F(CliTest, ImportOfDemoPrintsTheSummary) {
  auto r = Run({"import", "--db", url_, DemoDir()});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("plan_items: 123 created, 0 updated"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("organisations: 17 created"), std::string::npos) << r.out;  // 14 + 3 app vendors
  EXPECT_NE(r.out.find("health_apps: 3 created"), std::string::npos) << r.out;
  auto again = Run({"import", "--db", url_, DemoDir()});
  ASSERT_EQ(again.exit_code, 0) << again.err;
  EXPECT_NE(again.out.find("plan_items: 0 created, 123 updated"), std::string::npos) << again.out;
  EXPECT_NE(again.out.find("health_apps: 0 created, 3 updated"), std::string::npos) << again.out;
}

TEST_F(CliTest, UserAddThenTokenCreatePrintsATokenThatAuthenticates) {
  ASSERT_EQ(Run({"import", "--db", url_, DemoDir()}).exit_code, 0);
  auto add = Run({"user", "add", "--db", url_, "--name", "kari", "--org", "Hdir", "--role",
                  "editor"});
  ASSERT_EQ(add.exit_code, 0) << add.err;
  EXPECT_NE(add.out.find("kari"), std::string::npos);
  auto created = Run({"token", "create", "--db", url_, "--name", "kari"});
  ASSERT_EQ(created.exit_code, 0) << created.err;
  std::string token = created.out.substr(0, created.out.find('\n'));
  ASSERT_EQ(token.size(), 3u + 64u) << created.out;
  EXPECT_EQ(token.rfind("fr_", 0), 0u);

  // The database holds the hash, never the token itself.
  std::string bytes = DatabaseBytes();
  EXPECT_EQ(bytes.find(token), std::string::npos);
  EXPECT_EQ(bytes.find(token.substr(3)), std::string::npos);
  EXPECT_NE(bytes.find(HashToken(token)), std::string::npos);

  // The token authenticates kari through the app layer...
  {
    auto conn = OpenConnection(url_);
    auto user = AuthenticateToken(*conn, token);
    ASSERT_TRUE(user);
    EXPECT_EQ(user->name, "kari");
    EXPECT_EQ(user->organisation, "Hdir");
    EXPECT_EQ(user->role, Role::kEditor);
    EXPECT_FALSE(AuthenticateToken(*conn, token + "0"));
    // The token's creation is in the audit log, without the token.
    auto entries = AuditLog(*conn).List("api_token", "");
    ASSERT_EQ(entries.size(), 1u);
    EXPECT_EQ(entries[0].after.find(token), std::string::npos);
  }
  // ...and over HTTP, through a server process on the same file. The audit
  // entries of tokens are for admins only (docs/security.md): kari, an
  // editor, is known by the token and refused them.
  ServerProcess server(url_);
  auto audit = HttpRequest(server.port(), "GET", "/api/v1/audit?entity=plan_item", "",
                           {{"Authorization", "Bearer " + token}});
  ASSERT_EQ(audit.status, 200) << audit.body;
  EXPECT_EQ(HttpRequest(server.port(), "GET", "/api/v1/audit?entity=api_token", "",
                        {{"Authorization", "Bearer " + token}})
                .status,
            403);
  EXPECT_EQ(HttpRequest(server.port(), "GET", "/api/v1/audit", "",
                        {{"Authorization", "Bearer fr_" + std::string(64, 'a')}})
                .status,
            401);
}

TEST_F(CliTest, TwoTokensForOneUserDiffer) {
  ASSERT_EQ(Run({"import", "--db", url_, DemoDir()}).exit_code, 0);
  ASSERT_EQ(Run({"user", "add", "--db", url_, "--name", "ada", "--org", "NHN", "--role", "admin"})
                .exit_code,
            0);
  auto a = Run({"token", "create", "--db", url_, "--name", "ada"});
  auto b = Run({"token", "create", "--db", url_, "--name", "ada"});
  EXPECT_EQ(a.exit_code, 0);
  EXPECT_EQ(b.exit_code, 0);
  EXPECT_NE(a.out, b.out);
}

TEST_F(CliTest, UserAddRefusesUnknownOrganisationRoleAndDuplicateName) {
  ASSERT_EQ(Run({"import", "--db", url_, DemoDir()}).exit_code, 0);
  auto org = Run({"user", "add", "--db", url_, "--name", "x", "--org", "Finnes-ikke", "--role",
                  "reader"});
  EXPECT_NE(org.exit_code, 0);
  EXPECT_NE(org.err.find("Finnes-ikke"), std::string::npos) << org.err;
  auto role = Run({"user", "add", "--db", url_, "--name", "x", "--org", "Hdir", "--role", "boss"});
  EXPECT_NE(role.exit_code, 0);
  EXPECT_NE(role.err.find("--role"), std::string::npos) << role.err;
  ASSERT_EQ(Run({"user", "add", "--db", url_, "--name", "x", "--org", "Hdir", "--role", "reader"})
                .exit_code,
            0);
  auto twice = Run({"user", "add", "--db", url_, "--name", "x", "--org", "Hdir", "--role",
                    "reader"});
  EXPECT_NE(twice.exit_code, 0);
  auto missing = Run({"user", "add", "--db", url_, "--org", "Hdir", "--role", "reader"});
  EXPECT_NE(missing.exit_code, 0);
  EXPECT_NE(missing.err.find("--name"), std::string::npos) << missing.err;
}

TEST_F(CliTest, TokenForUnknownUserFails) {
  auto r = Run({"token", "create", "--db", url_, "--name", "ingen"});
  EXPECT_NE(r.exit_code, 0);
  EXPECT_NE(r.err.find("ingen"), std::string::npos) << r.err;
  EXPECT_TRUE(r.out.empty()) << r.out;
}

TEST_F(CliTest, ImportOfBadBundleExitsNonZeroPrintsPathsAndChangesNothing) {
  ASSERT_EQ(Run({"import", "--db", url_, DemoDir()}).exit_code, 0);
  auto before = Run({"export", "--db", url_});
  ASSERT_EQ(before.exit_code, 0);

  fs::path bad = dir_ / "bad.json";
  std::ofstream(bad) << R"({
    "format": "fremdrift-bundle", "version": 1,
    "organisations": [{"short_name": "Ny", "name": "Ny", "kind": "planet"}],
    "strategies": [{
      "key": "nes-2023-2030", "name": "Nasjonal e-helsestrategi 2023–2030",
      "period_start": 2023, "period_end": 2030, "published": true,
      "level_names": ["Mål", "Delmål", "Tema", "Leveranse"],
      "items": [
        {"key": "6", "level": 1, "parent": null, "title": "Nytt mål"},
        {"key": "6A", "level": 2, "parent": "6", "title": "x", "owners": ["Finnes-ikke"]},
        {"key": "6B", "level": 2, "parent": "6", "title": "y", "end": "31.12.2025"}
      ]
    }]
  })";
  auto r = Run({"import", "--db", url_, bad.string()});
  EXPECT_NE(r.exit_code, 0);
  for (const char* path : {"$.organisations[0].kind", "$.strategies[0].items[1].owners[0]",
                           "$.strategies[0].items[2].end"}) {
    EXPECT_NE(r.err.find(path), std::string::npos) << path << " not in:\n" << r.err;
  }
  EXPECT_EQ(Run({"export", "--db", url_}).out, before.out);
}

TEST_F(CliTest, ImportOfBrokenJsonNamesFileAndLine) {
  fs::path folder = dir_ / "bundle";
  fs::create_directories(folder);
  std::ofstream(folder / "10-ok.json") << R"({"format": "fremdrift-bundle", "version": 1})";
  std::ofstream(folder / "20-broken.json") << "{\n  \"format\": \"fremdrift-bundle\",\n"
                                              "  \"version\": 1,,\n}\n";
  auto r = Run({"import", "--db", url_, folder.string()});
  EXPECT_NE(r.exit_code, 0);
  EXPECT_NE(r.err.find("20-broken.json"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("line 3"), std::string::npos) << r.err;
}

TEST_F(CliTest, ImportOfMissingPathFails) {
  auto r = Run({"import", "--db", url_, (dir_ / "finnes-ikke").string()});
  EXPECT_NE(r.exit_code, 0);
  EXPECT_NE(r.err.find("finnes-ikke"), std::string::npos) << r.err;
}

TEST_F(CliTest, ExportThenImportIntoEmptyDatabaseThenExportGivesSameBytes) {
  ASSERT_EQ(Run({"import", "--db", url_, DemoDir()}).exit_code, 0);
  ASSERT_EQ(Run({"user", "add", "--db", url_, "--name", "kari", "--org", "Hdir", "--role",
                 "editor"})
                .exit_code,
            0);
  auto first = Run({"export", "--db", url_});
  ASSERT_EQ(first.exit_code, 0) << first.err;
  fs::path file = dir_ / "export.json";
  std::ofstream(file, std::ios::binary) << first.out;
  std::string other = "sqlite:" + (dir_ / "other.db").string();
  ASSERT_EQ(Run({"import", "--db", other, file.string()}).exit_code, 0);
  auto second = Run({"export", "--db", other});
  ASSERT_EQ(second.exit_code, 0);
  EXPECT_EQ(second.out, first.out);
  EXPECT_EQ(first.out.find("fr_"), std::string::npos);  // no tokens in a bundle
}

TEST_F(CliTest, ImportDryRunPrintsWhatWouldBeWrittenAndWritesNothing) {
  auto dry = Run({"import", "--db", url_, DemoDir(), "--dry-run"});
  ASSERT_EQ(dry.exit_code, 0) << dry.err;
  EXPECT_NE(dry.out.find("Dry run: nothing was written"), std::string::npos) << dry.out;
  EXPECT_NE(dry.out.find("plan_items: 123 created, 0 updated"), std::string::npos) << dry.out;
  auto exported = Run({"export", "--db", url_});
  ASSERT_EQ(exported.exit_code, 0);
  EXPECT_EQ(exported.out.find("nes-2023-2030"), std::string::npos) << "the dry run wrote the strategy";
  auto real = Run({"import", "--db", url_, DemoDir()});
  ASSERT_EQ(real.exit_code, 0) << real.err;
  EXPECT_NE(real.out.find("plan_items: 123 created, 0 updated"), std::string::npos) << real.out;
}

TEST_F(CliTest, UnknownCommandExitsWithTwo) {
  auto r = Run({"frobnicate", "--db", url_});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("Unknown command 'frobnicate"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("Usage:"), std::string::npos);
  EXPECT_EQ(Run({"user", "remove", "--db", url_}).exit_code, 2);
  EXPECT_EQ(Run({}).exit_code, 2);
}

TEST_F(CliTest, UnknownOptionIsRefused) {
  auto r = Run({"migrate", "--db", url_, "--colour", "red"});
  EXPECT_NE(r.exit_code, 0);
  EXPECT_NE(r.err.find("--colour"), std::string::npos) << r.err;
}

// The command line speaks the user's language: bokmål for a Norwegian
// locale (or FREMDRIFT_LANG=nb), English otherwise, from the same
// catalogue as the pages.
TEST_F(CliTest, ErrorsMeantForUsersComeInTheirLanguage) {
  setenv("FREMDRIFT_LANG", "nb", 1);
  auto nb = Run({"migrate", "--db", url_, "--colour", "red"});
  auto nb_command = Run({"frobnicate"});
  unsetenv("FREMDRIFT_LANG");
  setenv("LC_ALL", "nb_NO.UTF-8", 1);
  auto locale = Run({"migrate", "--db"});
  setenv("LC_ALL", "en_GB.UTF-8", 1);
  auto en = Run({"migrate", "--db", url_, "--colour", "red"});
  unsetenv("LC_ALL");
  EXPECT_NE(nb.err.find("Ukjent valg --colour."), std::string::npos) << nb.err;
  EXPECT_NE(nb_command.err.find("Ukjent kommando «frobnicate»."), std::string::npos) << nb_command.err;
  EXPECT_NE(locale.err.find("--db må ha en verdi."), std::string::npos) << locale.err;
  EXPECT_NE(en.err.find("Unknown option --colour."), std::string::npos) << en.err;
  EXPECT_EQ(en.err.find("Ukjent"), std::string::npos) << en.err;
}

// What the commands print when they succeed comes from the catalogue in
// the same language as their errors.
TEST_F(CliTest, SuccessMessagesComeInTheUsersLanguage) {
  setenv("FREMDRIFT_LANG", "nb", 1);
  auto migrated = Run({"migrate", "--db", url_});
  auto imported = Run({"import", "--db", url_, DemoDir()});
  auto added = Run({"user", "add", "--db", url_, "--name", "kari", "--org", "Hdir", "--role", "editor"});
  fs::path csv = dir_ / "maalinger.csv";
  std::ofstream(csv) << "indikator,periode,verdi\nbekymret-akutt,2031,40\nbekymret-akutt,2031-Q9,41\n";
  auto refused = Run({"measurements", "import", "--db", url_, csv.string()});
  unsetenv("FREMDRIFT_LANG");
  setenv("LC_ALL", "nb_NO.UTF-8", 1);
  auto checked = Run({"import", "--db", url_, "--dry-run", DemoDir()});
  setenv("LC_ALL", "en_GB.UTF-8", 1);
  auto en = Run({"user", "add", "--db", url_, "--name", "ola", "--org", "Hdir", "--role", "reader"});
  unsetenv("LC_ALL");

  EXPECT_NE(migrated.out.find("Kjørte " + std::to_string(AllMigrations().size()) + " migrering(er); skjemaversjonen er"),
            std::string::npos) << migrated.out;
  EXPECT_NE(imported.out.find("Importerte " + DemoDir() + ":"), std::string::npos) << imported.out;
  EXPECT_NE(imported.out.find("plan_items: 123 nye, 0 endret"), std::string::npos) << imported.out;
  EXPECT_NE(added.out.find("Opprettet brukeren kari (Redaktør, Hdir)."), std::string::npos) << added.out;
  EXPECT_NE(refused.out.find("Ingenting er lagret"), std::string::npos) << refused.out;
  EXPECT_NE(refused.out.find("status: feil"), std::string::npos) << refused.out;
  EXPECT_NE(refused.out.find("  linje 3, "), std::string::npos) << refused.out;
  EXPECT_EQ(refused.out.find("is not a period"), std::string::npos) << "the reason in Norwegian:\n" << refused.out;
  EXPECT_NE(checked.out.find("Prøvekjøring: ingenting er lagret."), std::string::npos) << checked.out;
  EXPECT_NE(en.out.find("Created user ola (Reader, Hdir)."), std::string::npos) << en.out;
}

// Importing a file again updates what changed and says so; the clash of
// keys that makes the import write row by row instead of in bulk is its own
// business, and neither it nor the database's words about it are printed.
TEST_F(CliTest, ImportingMeasurementsAgainUpdatesWithoutPrintingTheDatabasesRefusal) {
  ASSERT_EQ(Run({"import", "--db", url_, DemoDir()}).exit_code, 0);
  fs::path csv = dir_ / "again.csv";
  std::ofstream(csv) << "indicator,period,value\nbekymret-akutt,2031,40\nbekymret-akutt,2032,41\n";
  auto first = Run({"measurements", "import", "--db", url_, csv.string()});
  ASSERT_EQ(first.exit_code, 0) << first.err;
  std::ofstream(csv) << "indicator,period,value\nbekymret-akutt,2031,40\nbekymret-akutt,2032,42\n";
  setenv("FREMDRIFT_LANG", "en", 1);
  auto again = Run({"measurements", "import", "--db", url_, csv.string()});
  unsetenv("FREMDRIFT_LANG");
  ASSERT_EQ(again.exit_code, 0) << again.err;
  EXPECT_NE(again.out.find("updated: 1"), std::string::npos) << again.out;
  for (const char* word : {"refused by the database", "UNIQUE", "duplicate", "constraint"}) {
    EXPECT_EQ(again.err.find(word), std::string::npos) << word << " in:\n" << again.err;
  }
}

TEST_F(CliTest, HelpPrintsUsageAndSucceeds) {
  auto r = Run({"--help"});
  EXPECT_EQ(r.exit_code, 0);
  for (const char* command : {"serve", "migrate", "import", "export", "user add", "token create"}) {
    EXPECT_NE(r.out.find(command), std::string::npos) << command;
  }
}

// --help speaks the locale's language like every other message of the
// command line; `COMMAND --help` shows that command alone.
TEST_F(CliTest, HelpSpeaksTheLocalesLanguage) {
  setenv("LC_ALL", "nb_NO.UTF-8", 1);
  auto nb = Run({"--help"});
  auto nb_serve = Run({"serve", "--help"});
  auto nb_user = Run({"user", "add", "-h"});
  setenv("LC_ALL", "en_GB.UTF-8", 1);
  auto en = Run({"--help"});
  auto en_serve = Run({"serve", "--help"});
  unsetenv("LC_ALL");
  EXPECT_EQ(nb.exit_code, 0);
  EXPECT_EQ(nb.out.rfind("Bruk: fremdrift KOMMANDO [VALG]", 0), 0u) << nb.out;
  EXPECT_NE(nb.out.find("Kjør webserveren og API-et"), std::string::npos) << nb.out;
  EXPECT_NE(nb.out.find("Importer en pakke"), std::string::npos) << nb.out;
  for (const char* english : {"Usage", "Commands:", "Run the web server", "Import a bundle", "prints the version",
                              "Without --db", "standard output"}) {
    EXPECT_EQ(nb.out.find(english), std::string::npos) << "English \"" << english << "\" in:\n" << nb.out;
  }
  EXPECT_EQ(nb_serve.exit_code, 0) << nb_serve.err;
  EXPECT_NE(nb_serve.out.find("serve   --db URL"), std::string::npos) << nb_serve.out;
  EXPECT_NE(nb_serve.out.find("--max-body-mib"), std::string::npos) << nb_serve.out;
  EXPECT_EQ(nb_serve.out.find("migrate --db"), std::string::npos) << "one command:\n" << nb_serve.out;
  EXPECT_EQ(nb_user.exit_code, 0) << nb_user.err;
  EXPECT_NE(nb_user.out.find("Opprett en bruker"), std::string::npos) << nb_user.out;
  EXPECT_EQ(en.out.rfind("Usage: fremdrift COMMAND [OPTIONS]", 0), 0u) << en.out;
  EXPECT_NE(en.out.find("Run the web server and the API"), std::string::npos) << en.out;
  EXPECT_EQ(en.out.find("Kjør"), std::string::npos) << en.out;
  EXPECT_EQ(en_serve.exit_code, 0) << en_serve.err;
  EXPECT_NE(en_serve.out.find("Run the web server"), std::string::npos) << en_serve.out;
}

// The lines `serve` prints for the person who started it come in the
// locale's language; the access log's JSON lines stay as they are.
TEST_F(CliTest, ServeStartUpLinesSpeakTheLocalesLanguage) {
  ASSERT_EQ(Run({"migrate", "--db", url_}).exit_code, 0);
  for (const std::string locale : {"nb_NO.UTF-8", "en_GB.UTF-8"}) {
    setenv("LC_ALL", locale.c_str(), 1);
    std::string log;
    {
      ServerProcess server(url_);
      HttpRequest(server.port(), "GET", "/healthz");
      server.Terminate();  // then all it wrote is in its log
      log = server.Log();
      const std::string address = "http://127.0.0.1:" + std::to_string(server.port());
      if (locale[0] == 'n') {
        EXPECT_NE(log.find("Fremdrift kjører på " + address + "/ (Ctrl+C stopper den)"), std::string::npos) << log;
        EXPECT_NE(log.find("E-post skrives til denne loggen (ingen --smtp er gitt); lenkene peker til " + address),
                  std::string::npos) << log;
        EXPECT_EQ(log.find("is running"), std::string::npos) << log;
        EXPECT_EQ(log.find("Mail is written"), std::string::npos) << log;
      } else {
        EXPECT_NE(log.find("Fremdrift is running on " + address + "/ (Ctrl+C stops it)"), std::string::npos) << log;
        EXPECT_NE(log.find("Mail is written to this log (no --smtp given); links point to " + address),
                  std::string::npos) << log;
      }
      EXPECT_NE(log.find("{\""), std::string::npos) << "the access log's JSON line:\n" << log;
    }
    unsetenv("LC_ALL");
  }
}

TEST_F(CliTest, ServeLimitFlagsOutOfRangeAreRefusedNamingTheFlag) {
  ASSERT_EQ(Run({"migrate", "--db", url_}).exit_code, 0);
  for (std::vector<std::string> flag : {std::vector<std::string>{"--header-timeout", "0"},
                                        {"--max-body-mib", "abc"},
                                        {"--min-body-rate", "-5"},
                                        {"--max-anonymous-kib", "99999"},
                                        {"--io-threads", "65"}}) {
    auto r = Run({"serve", "--db", url_, "--port", "0", flag[0], flag[1]});
    EXPECT_NE(r.exit_code, 0) << flag[0];
    EXPECT_NE(r.err.find(flag[0]), std::string::npos) << r.err;
  }
}

TEST_F(CliTest, ServeLimitFlagsReachTheServer) {
  ASSERT_EQ(Run({"migrate", "--db", url_}).exit_code, 0);
  ServerProcess server(url_, {"--header-timeout", "1", "--max-anonymous-kib", "1"});
  // Headers that stop arriving are cut off after the configured second,
  // well before the default five.
  RawConnection slow(server.port(), 4);
  ASSERT_TRUE(slow.Send("GET /healthz HTTP/1.1\r\nHost: x\r\n"));
  EXPECT_TRUE(slow.ClosedByServer());
  // An anonymous sign-in form over 1 KiB is refused before it is read.
  RawConnection big(server.port());
  ASSERT_TRUE(big.Send("POST /logg-inn HTTP/1.1\r\nHost: x\r\n"
                       "Content-Type: application/x-www-form-urlencoded\r\n"
                       "Content-Length: 2048\r\n\r\n"));
  EXPECT_EQ(big.Read().status, 413);
}

TEST_F(CliTest, BadDatabaseUrlIsRefused) {
  auto r = Run({"migrate", "--db", "mysql://x"});
  EXPECT_NE(r.exit_code, 0);
  EXPECT_NE(r.err.find("sqlite:"), std::string::npos) << r.err;
}

}  // namespace
}  // namespace fremdrift::testing
