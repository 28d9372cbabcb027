// The interface catalogues: both languages say everything the templates
// and the page code ask for.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <regex>
#include <set>
#include <sstream>

#include "render/i18n.h"

namespace fremdrift {
namespace {

namespace fs = std::filesystem;

std::string ReadFile(const fs::path& p) {
  std::ifstream in(p);
  std::stringstream buf;
  buf << in.rdbuf();
  return buf.str();
}

// Every key that `pattern` (one capture group) finds in the files below
// `dir` whose names end in `ext`.
std::set<std::string> KeysUsed(const fs::path& dir, const std::string& ext,
                               const std::regex& pattern) {
  std::set<std::string> keys;
  for (const auto& e : fs::recursive_directory_iterator(dir)) {
    if (!e.is_regular_file() || e.path().extension() != ext) continue;
    std::string text = ReadFile(e.path());
    for (std::sregex_iterator it(text.begin(), text.end(), pattern), end; it != end; ++it) {
      keys.insert((*it)[1]);
    }
  }
  return keys;
}

TEST(Catalogue, BothLanguagesHaveTheSameKeys) {
  const Catalogue& nb = CatalogueFor(FREMDRIFT_SOURCE_DIR, "nb");
  const Catalogue& en = CatalogueFor(FREMDRIFT_SOURCE_DIR, "en");
  for (const auto& [k, v] : nb.entries()) EXPECT_TRUE(en.Has(k)) << "en.json lacks " << k;
  for (const auto& [k, v] : en.entries()) EXPECT_TRUE(nb.Has(k)) << "nb.json lacks " << k;
  EXPECT_EQ(nb.lang(), "nb");
  EXPECT_EQ(en.lang(), "en");
}

TEST(Catalogue, EveryKeyTheTemplatesUseExists) {
  auto keys = KeysUsed(fs::path(FREMDRIFT_SOURCE_DIR) / "templates", ".mustache",
                       std::regex(R"(\{\{[#^/]?t\.([a-z0-9_]+)\}\})"));
  ASSERT_GT(keys.size(), 20u);
  for (const char* lang : {"nb", "en"}) {
    const Catalogue& c = CatalogueFor(FREMDRIFT_SOURCE_DIR, lang);
    for (const auto& k : keys) EXPECT_TRUE(c.Has(k)) << lang << ".json lacks " << k;
  }
}

TEST(Catalogue, EveryKeyThePageCodeUsesExists) {
  std::regex call(R"re(\bt\.(?:Text|Format)\(\s*"([a-z0-9_]+)"\s*[,)])re");
  auto keys = KeysUsed(fs::path(FREMDRIFT_SOURCE_DIR) / "src" / "render", ".cpp", call);
  auto web = KeysUsed(fs::path(FREMDRIFT_SOURCE_DIR) / "src" / "web", ".cpp", call);
  keys.insert(web.begin(), web.end());
  ASSERT_GT(keys.size(), 10u);
  for (const char* lang : {"nb", "en"}) {
    const Catalogue& c = CatalogueFor(FREMDRIFT_SOURCE_DIR, lang);
    for (const auto& k : keys) EXPECT_TRUE(c.Has(k)) << lang << ".json lacks " << k;
  }
}

TEST(Catalogue, ErrorPagesHaveATitleAndMessageForEveryStatus) {
  for (const char* lang : {"nb", "en"}) {
    const Catalogue& c = CatalogueFor(FREMDRIFT_SOURCE_DIR, lang);
    for (const char* status : {"400", "401", "403", "404", "409", "413", "429", "500"}) {
      EXPECT_TRUE(c.Has(std::string("error_") + status + "_title")) << lang << " " << status;
      EXPECT_TRUE(c.Has(std::string("error_") + status + "_message")) << lang << " " << status;
    }
  }
}

TEST(Catalogue, FormatReplacesNamedPlaceholders) {
  Catalogue c = Catalogue::Parse("nb", R"j({"count": "Viser {shown} av {total} ({unknown})"})j", "test");
  EXPECT_EQ(c.Format("count", {{"shown", "11"}, {"total", "42"}}), "Viser 11 av 42 ({unknown})");
}

TEST(Catalogue, MissingKeyShowsItselfInBrackets) {
  Catalogue c = Catalogue::Parse("en", "{}", "test");
  EXPECT_EQ(c.Text("nope"), "[nope]");
}

TEST(Catalogue, AreaFilesAddKeysButMayNotRedefineOne) {
  Catalogue c = Catalogue::Parse("nb", R"({"a": "A"})", "main");
  c.Merge(Catalogue::Parse("nb", R"({"b": "B"})", "area"), "area");
  EXPECT_EQ(c.Text("b"), "B");
  EXPECT_ANY_THROW(c.Merge(Catalogue::Parse("nb", R"({"a": "other"})", "clash"), "clash"));
  EXPECT_EQ(c.Text("a"), "A");
}

TEST(Catalogue, ANonStringValueIsRefused) {
  EXPECT_ANY_THROW(Catalogue::Parse("en", R"({"a": 1})", "test"));
  EXPECT_ANY_THROW(Catalogue::Parse("en", "[", "test"));
}

}  // namespace
}  // namespace fremdrift
