// The interface catalogues: both languages say everything the templates
// and the page code ask for.
#include <gtest/gtest.h>

#include <filesystem>
#include <regex>
#include <set>

#include "domain/assessment.h"
#include "domain/failure.h"
#include "render/i18n.h"
#include "render/problem_text.h"
#include "support/file_text.h"

namespace fremdrift {
namespace {

namespace fs = std::filesystem;
using testing::ReadAll;

// Every key that `pattern` (one capture group) finds in the files below
// `dir` whose names end in `ext`.
std::set<std::string> KeysUsed(const fs::path& dir, const std::string& ext,
                               const std::regex& pattern) {
  std::set<std::string> keys;
  for (const auto& e : fs::recursive_directory_iterator(dir)) {
    if (!e.is_regular_file() || e.path().extension() != ext) continue;
    std::string text = ReadAll(e.path());
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

// The command line's words: CliLine("key"), t.Text("key") and the help's
// table of {"command", "cli_help_..."} in src/cli.
TEST(Catalogue, EveryKeyTheCommandLineUsesExists) {
  const fs::path cli = fs::path(FREMDRIFT_SOURCE_DIR) / "src" / "cli";
  auto keys = KeysUsed(cli, ".cpp", std::regex(R"re(\bCliLine\(\s*"([a-z0-9_]+)")re"));
  auto texts = KeysUsed(cli, ".cpp", std::regex(R"re(\bt\.(?:Text|Format)\(\s*"([a-z0-9_]+)"\s*[,)])re"));
  auto help = KeysUsed(cli, ".cpp", std::regex(R"re(\{"[a-z ]+", "(cli_help_[a-z_]+)"\})re"));
  keys.insert(texts.begin(), texts.end());
  keys.insert(help.begin(), help.end());
  EXPECT_GE(help.size(), 16u);
  ASSERT_GT(keys.size(), 30u);
  for (const char* lang : {"nb", "en"}) {
    const Catalogue& c = CatalogueFor(FREMDRIFT_SOURCE_DIR, lang);
    for (const auto& k : keys) EXPECT_TRUE(c.Has(k)) << lang << " lacks " << k;
  }
}

// Every rule code the domain, formats and app layers give a problem
// (FieldProblem{field, message, "rule", {params}}, Failure(..., "rule",
// {params}), AddConflict/Reject(..., "rule")) has its text in both
// languages, with the same placeholders.
TEST(Catalogue, EveryRuleHasItsTextInBothLanguages) {
  const fs::path src = fs::path(FREMDRIFT_SOURCE_DIR) / "src";
  std::regex rule(R"re("([a-z][a-z0-9_]*)",\s*(?:\{\}|\{\{"|\{\s*\{"))re");
  std::set<std::string> rules;
  for (const char* layer : {"domain", "formats", "app", "storage"}) {
    auto found = KeysUsed(src / layer, ".cpp", rule);
    rules.insert(found.begin(), found.end());
  }
  // plan_json's Problem(problems, field, message, "rule").
  auto helper = KeysUsed(src / "formats", ".cpp", std::regex(R"re(Problem\([^;]*, "([a-z][a-z0-9_]*)"\);)re"));
  rules.insert(helper.begin(), helper.end());
  // The web layer's own refusals, Failure(code, message, field, "rule", {}).
  auto web = KeysUsed(src / "web", ".cpp", std::regex(R"re(, "([a-z][a-z0-9_]*)", \{\}\);)re"));
  rules.insert(web.begin(), web.end());
  // Strings of the same shape that are not rules: JSON members built with
  // nested braces and audit actions with their details.
  for (const char* not_a_rule : {"error", "target", "sign_in", "set_password"}) rules.erase(not_a_rule);
  ASSERT_GT(rules.size(), 20u);
  const Catalogue& nb = CatalogueFor(FREMDRIFT_SOURCE_DIR, "nb");
  const Catalogue& en = CatalogueFor(FREMDRIFT_SOURCE_DIR, "en");
  std::regex placeholder(R"(\{([a-z_]+)\})");
  for (const auto& r : rules) {
    std::string key = "problem_" + r;
    if (!nb.Has(key) && !en.Has(key)) {
      ADD_FAILURE() << "no text for the rule \"" << r << "\" (" << key << ") in either catalogue";
      continue;
    }
    EXPECT_TRUE(nb.Has(key)) << "nb lacks " << key;
    EXPECT_TRUE(en.Has(key)) << "en lacks " << key;
    std::set<std::string> a, b;
    std::string tn = nb.Text(key), te = en.Text(key);
    for (std::sregex_iterator it(tn.begin(), tn.end(), placeholder), end; it != end; ++it) a.insert((*it)[1]);
    for (std::sregex_iterator it(te.begin(), te.end(), placeholder), end; it != end; ++it) b.insert((*it)[1]);
    EXPECT_EQ(a, b) << key << " has other placeholders in nb and en";
  }
}

TEST(ProblemText, SaysTheRuleInTheCataloguesLanguage) {
  const Catalogue& nb = CatalogueFor(FREMDRIFT_SOURCE_DIR, "nb");
  const Catalogue& en = CatalogueFor(FREMDRIFT_SOURCE_DIR, "en");
  FieldProblem p{"period", "'2023-Q5' is not a period", "not_a_period", {{"period", "2023-Q5"}}};
  EXPECT_EQ(ProblemText(nb, p).rfind("«2023-Q5» er ikke en periode.", 0), 0u) << ProblemText(nb, p);
  EXPECT_EQ(ProblemText(en, p).rfind("“2023-Q5” is not a period.", 0), 0u) << ProblemText(en, p);
}

TEST(ProblemText, NamesALevelOfTheScaleInTheReadersLanguage) {
  Assessment a;
  a.status = "green";
  a.suggested_status = "red";
  auto refusal = AssessmentRefusal(a, *StatusScale::Named("traffic_light"));
  ASSERT_TRUE(refusal);
  EXPECT_EQ(refusal->field, "justification");
  const Catalogue& nb = CatalogueFor(FREMDRIFT_SOURCE_DIR, "nb");
  const Catalogue& en = CatalogueFor(FREMDRIFT_SOURCE_DIR, "en");
  EXPECT_EQ(ProblemText(nb, *refusal), "Statusen avviker fra den foreslåtte (Rød). Skriv en begrunnelse.");
  EXPECT_EQ(ProblemText(en, *refusal),
            "The status differs from the suggested one (Red). Give a justification.");
}

TEST(ProblemText, AProblemWithoutARuleIsNeverEnglishInNorwegian) {
  const Catalogue& nb = CatalogueFor(FREMDRIFT_SOURCE_DIR, "nb");
  const Catalogue& en = CatalogueFor(FREMDRIFT_SOURCE_DIR, "en");
  FieldProblem p{"x", "must be something else"};
  EXPECT_EQ(ProblemText(nb, p), nb.Text("problem_invalid_value"));
  EXPECT_EQ(ProblemText(en, p), "must be something else");
  Failure conflict(FailureCode::kConflict, "row 3 is referenced by the agenda");
  EXPECT_EQ(FailureText(nb, conflict), nb.Text("problem_failed_conflict"));
  Failure internal(FailureCode::kInternal, "SQLITE_BUSY");
  EXPECT_EQ(FailureText(en, internal), en.Text("problem_failed_internal"));
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

// Templates read the catalogue as {{t.key}} through a shared node
// (render/string_table_node.h); it must say what the catalogue says, escaped
// like any value, and follow a Merge.
TEST(Catalogue, TemplatesReadItsTextsAsT) {
  Catalogue c = Catalogue::Parse("nb", R"({"hello": "Hei & velkommen"})", "main");
  const std::string page = "{{t.hello}}|{{t.missing}}|{{t.added}}";
  EXPECT_EQ(mstch::render(page, mstch::map{{"t", c.AsMstch()}}), "Hei &amp; velkommen||");
  c.Merge(Catalogue::Parse("nb", R"({"added": "Ny"})", "area"), "area");
  EXPECT_EQ(mstch::render(page, mstch::map{{"t", c.AsMstch()}}), "Hei &amp; velkommen||Ny");
  // Another catalogue in the same thread keeps its own texts.
  Catalogue other = Catalogue::Parse("en", R"({"hello": "Hello"})", "en");
  EXPECT_EQ(mstch::render("{{t.hello}}", mstch::map{{"t", other.AsMstch()}}), "Hello");
  EXPECT_EQ(mstch::render("{{t.hello}}", mstch::map{{"t", c.AsMstch()}}), "Hei &amp; velkommen");
}

TEST(Catalogue, ANonStringValueIsRefused) {
  EXPECT_ANY_THROW(Catalogue::Parse("en", R"({"a": 1})", "test"));
  EXPECT_ANY_THROW(Catalogue::Parse("en", "[", "test"));
}

}  // namespace
}  // namespace fremdrift
