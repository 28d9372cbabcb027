// The configuration file of `fremdrift serve --config FILE` and the order
// of the settings' sources: flags, then the environment, then the file.
// Mistakes are named by file, line and key, in the operator's language.
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <regex>
#include <set>
#include <sstream>

#include "cli/config_file.h"
#include "cli/serve_settings.h"
#include "domain/failure.h"
#include "render/i18n.h"

namespace fremdrift {
namespace {

namespace fs = std::filesystem;

const std::vector<std::string> kKnown = {"db", "port", "assets", "max-body-mib", "smtp-password-file",
                                         "trust-proxy", "achievement-tolerance"};

class ConfigFileTest : public ::testing::Test {
 protected:
  void SetUp() override {
    char pattern[] = "/tmp/fremdrift-config-XXXXXX";
    ASSERT_NE(mkdtemp(pattern), nullptr);
    dir_ = pattern;
    unsetenv("FREMDRIFT_PORT");
    unsetenv("FREMDRIFT_DB");
    unsetenv("FREMDRIFT_DB_FILE");
    setenv("LC_ALL", "C.UTF-8", 1);  // ServeSettings speaks English
  }
  void TearDown() override {
    unsetenv("FREMDRIFT_PORT");
    unsetenv("FREMDRIFT_DB_FILE");
    std::error_code ignored;
    fs::remove_all(dir_, ignored);
  }
  std::string Write(const std::string& name, const std::string& text) {
    std::ofstream(dir_ / name) << text;
    return (dir_ / name).string();
  }
  // The message of the Failure that reading `text` in `lang` throws.
  std::string ErrorOf(const std::string& text, const std::string& lang = "en") {
    try {
      ReadConfigFile(Write("f.conf", text), kKnown, CatalogueFor(FREMDRIFT_SOURCE_DIR, lang));
    } catch (const Failure& f) {
      EXPECT_EQ(f.code(), FailureCode::kInvalid);
      return f.what();
    }
    ADD_FAILURE() << "no error for: " << text;
    return "";
  }
  fs::path dir_;
};

TEST_F(ConfigFileTest, ReadsEveryFlagAsAKeyWithUnderscoresAndComments) {
  std::string path = Write("f.conf",
                           "# Fremdrift\n"
                           "; also a comment\n"
                           "\n"
                           "port = 9090\n"
                           "  MAX_BODY_MIB=16  \n"
                           "trust_proxy = yes\n");
  auto values = ReadConfigFile(path, kKnown, CatalogueFor(FREMDRIFT_SOURCE_DIR, "en"));
  ASSERT_EQ(values.size(), 3u);
  EXPECT_EQ(values["port"].value, "9090");
  EXPECT_EQ(values["port"].origin, path + ", line 4");
  EXPECT_EQ(values["max-body-mib"].value, "16");
  EXPECT_EQ(values["trust-proxy"].value, "yes");
}

TEST_F(ConfigFileTest, UnknownKeyIsNamedWithItsLine) {
  std::string message = ErrorOf("port = 8080\n\nmax_body_mb = 8\n");
  EXPECT_NE(message.find("line 3"), std::string::npos) << message;
  EXPECT_NE(message.find("unknown key max_body_mb"), std::string::npos) << message;
  // A flag's own spelling is not a key.
  EXPECT_NE(ErrorOf("max-body-mib = 8\n").find("unknown key max-body-mib"), std::string::npos);
}

TEST_F(ConfigFileTest, MistakesAreInTheOperatorsLanguage) {
  std::string message = ErrorOf("port = 8080\nporten = 1\n", "nb");
  EXPECT_NE(message.find("linje 2"), std::string::npos) << message;
  EXPECT_NE(message.find("ukjent nøkkel porten"), std::string::npos) << message;
}

TEST_F(ConfigFileTest, SectionsLinesWithoutValueAndRepeatsAreRefused) {
  EXPECT_NE(ErrorOf("[server]\nport = 1\n").find("line 1: expected key = value"), std::string::npos);
  EXPECT_NE(ErrorOf("port = 1\nport\n").find("line 2: expected key = value"), std::string::npos);
  EXPECT_NE(ErrorOf("port = 1\nPORT = 2\n").find("line 2: port is set twice"), std::string::npos);
}

TEST_F(ConfigFileTest, FileKeysReadSecretsFromTheirFirstLine) {
  std::string secret = Write("db-url", "postgresql://fremdrift:hemmelig@db/fremdrift\nignored\n");
  std::string path = Write("f.conf", "db_file = " + secret + "\n");
  auto values = ReadConfigFile(path, kKnown, CatalogueFor(FREMDRIFT_SOURCE_DIR, "en"));
  EXPECT_EQ(values["db"].value, "postgresql://fremdrift:hemmelig@db/fremdrift");
  // A key that is itself a flag ending in -file keeps its meaning (a path).
  path = Write("g.conf", "smtp_password_file = /run/secret\n");
  values = ReadConfigFile(path, kKnown, CatalogueFor(FREMDRIFT_SOURCE_DIR, "en"));
  EXPECT_EQ(values["smtp-password-file"].value, "/run/secret");

  std::string missing = ErrorOf("db_file = " + (dir_ / "nowhere").string() + "\n");
  EXPECT_NE(missing.find("cannot read db_file from the file " + (dir_ / "nowhere").string()),
            std::string::npos) << missing;
  EXPECT_NE(ErrorOf("db_file = " + Write("empty", "\n") + "\n").find("is empty"), std::string::npos);
  EXPECT_NE(ErrorOf("db = sqlite:x\ndb_file = " + secret + "\n").find("line 2: db is set twice"),
            std::string::npos);
}

TEST_F(ConfigFileTest, UnreadableFileIsNamed) {
  try {
    ReadConfigFile((dir_ / "missing.conf").string(), kKnown, CatalogueFor(FREMDRIFT_SOURCE_DIR, "nb"));
    FAIL();
  } catch (const Failure& f) {
    EXPECT_EQ(std::string(f.what()), "kan ikke lese konfigurasjonsfilen " + (dir_ / "missing.conf").string());
  }
}

// An Args from words, as main() makes it.
Args ArgsOf(std::vector<std::string> words) {
  std::vector<char*> argv;
  for (auto& w : words) argv.push_back(w.data());
  return Args(static_cast<int>(argv.size()), argv.data(), 0);
}

TEST_F(ConfigFileTest, FlagsOverrideTheEnvironmentWhichOverridesTheFile) {
  std::string path = Write("f.conf", "port = 9090\nmax_body_mib = 16\ndb = sqlite:file.db\n");
  std::vector<std::string> words = {"--config", path, "--assets", FREMDRIFT_SOURCE_DIR};
  Args only_file = ArgsOf(words);
  ServeSettings from_file(only_file, kKnown);
  EXPECT_EQ(from_file.WholeNumber("port", 0, 65535, 8080), 9090);
  EXPECT_EQ(from_file.DatabaseUrl(), "sqlite:file.db");

  setenv("FREMDRIFT_PORT", "9191", 1);
  setenv("FREMDRIFT_DB_FILE", Write("db-url", "sqlite:secret.db\n").c_str(), 1);
  ServeSettings with_env(only_file, kKnown);
  EXPECT_EQ(with_env.WholeNumber("port", 0, 65535, 8080), 9191);
  EXPECT_EQ(with_env.DatabaseUrl(), "sqlite:secret.db");

  words.insert(words.end(), {"--port", "9292"});
  Args with_flag = ArgsOf(words);
  ServeSettings flagged(with_flag, kKnown);
  EXPECT_EQ(flagged.WholeNumber("port", 0, 65535, 8080), 9292);
  EXPECT_EQ(flagged.WholeNumber("max-body-mib", 1, 1024, 8), 16);
}

TEST_F(ConfigFileTest, BadValuesNameWhereTheyWereSet) {
  std::string path = Write("f.conf", "port = 8080\ntrust_proxy = ja\nachievement_tolerance = 2\n");
  Args args = ArgsOf({"--config", path, "--assets", FREMDRIFT_SOURCE_DIR, "--max-body-mib", "0"});
  ServeSettings settings(args, kKnown);
  auto message = [&](auto read) -> std::string {
    try {
      read();
    } catch (const Failure& f) {
      return f.what();
    }
    return "";
  };
  EXPECT_EQ(message([&] { settings.YesNo("trust-proxy", false); }),
            "trust_proxy (" + path + ", line 2) must be yes or no");
  EXPECT_EQ(message([&] { settings.Share("achievement-tolerance", 0.1); }),
            "achievement_tolerance (" + path + ", line 3) must be a share from 0 to 1, e.g. 0.1");
  EXPECT_EQ(message([&] { settings.WholeNumber("max-body-mib", 1, 1024, 8); }),
            "--max-body-mib must be a whole number from 1 to 1024");
  setenv("FREMDRIFT_PORT", "http", 1);
  ServeSettings with_env(args, kKnown);
  EXPECT_EQ(message([&] { with_env.WholeNumber("port", 0, 65535, 8080); }),
            "FREMDRIFT_PORT must be a whole number from 0 to 65535");
}

TEST(ConfigFileTexts, EveryMessageTheSettingsUseIsInBothCatalogues) {
  std::set<std::string> keys;
  std::regex key("\"(settings_[a-z_]+)\"");
  for (const auto& e : fs::directory_iterator(fs::path(FREMDRIFT_SOURCE_DIR) / "src" / "cli")) {
    std::ifstream in(e.path());
    std::stringstream text;
    text << in.rdbuf();
    std::string s = text.str();
    for (std::sregex_iterator it(s.begin(), s.end(), key), end; it != end; ++it) keys.insert((*it)[1]);
  }
  ASSERT_GT(keys.size(), 10u);
  for (const char* lang : {"nb", "en"}) {
    for (const auto& k : keys) EXPECT_TRUE(CatalogueFor(FREMDRIFT_SOURCE_DIR, lang).Has(k)) << lang << " lacks " << k;
  }
}

TEST_F(ConfigFileTest, UnknownFlagsAreStillRefused) {
  Args args = ArgsOf({"--assets", FREMDRIFT_SOURCE_DIR, "--prot", "1"});
  EXPECT_THROW(ServeSettings(args, kKnown), Failure);
}

}  // namespace
}  // namespace fremdrift
