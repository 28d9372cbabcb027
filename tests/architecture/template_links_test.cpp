// One route table (docs/architecture.md, "Routes"): a template
// links to a page of Fremdrift through the route table, never by a path
// written in the template. A fixed page is `{{u.<route name>}}` (the layout's
// map of render/route_links.h), an address with values is a value the view
// built with UrlFor. Checked on the text of templates/ and of
// src/render/route_table.h, so the test links no part of Fremdrift.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <map>
#include <regex>
#include <string>
#include <vector>

#include "source_file.h"  // ReadAll
#include "source_tree.h"

namespace fremdrift::architecture {
namespace {

namespace fs = std::filesystem;

// "templates/x.mustache" -> its text, every template.
std::map<std::string, std::string> Templates() {
  std::map<std::string, std::string> out;
  const fs::path dir = fs::path(FREMDRIFT_SOURCE_DIR) / "templates";
  for (const auto& e : fs::directory_iterator(dir)) {
    if (e.path().extension() == ".mustache") out["templates/" + e.path().filename().string()] = ReadAll(e.path());
  }
  return out;
}

// The route table's patterns by route name.
std::map<std::string, std::string> Routes() {
  static const std::regex spec(R"re(RouteSpec\s+k\w+\{"(\w+)",\s*"([^"]*)")re");
  std::map<std::string, std::string> out;
  const std::string text = ReadAll(fs::path(FREMDRIFT_SOURCE_DIR) / "src/render/route_table.h");
  for (std::sregex_iterator it(text.begin(), text.end(), spec), end; it != end; ++it) out[(*it)[1]] = (*it)[2];
  return out;
}

int LineOf(const std::string& text, size_t offset) {
  return 1 + static_cast<int>(std::count(text.begin(), text.begin() + static_cast<std::ptrdiff_t>(offset), '\n'));
}

TEST(TemplateLinksTest, TheRouteTableIsRead) {
  auto routes = Routes();
  ASSERT_GT(routes.size(), 100u);
  EXPECT_EQ(routes["monitor"], "/monitor");
  EXPECT_EQ(routes["report_assess"], "/rapport/{period}/vurder/{subject}");
}

TEST(TemplateLinksTest, NoTemplateWritesAPathOfItsOwn) {
  static const std::regex literal(R"re(\b(href|action|src|formaction)="/)re");
  std::vector<std::string> findings;
  for (const auto& [path, text] : Templates()) {
    for (std::sregex_iterator it(text.begin(), text.end(), literal), end; it != end; ++it) {
      findings.push_back(path + ":" + std::to_string(LineOf(text, it->position())) + ": `" + it->str() +
                         "...`: link through the route table ({{u.<route>}} or a URL the view builds with UrlFor)");
    }
  }
  EXPECT_TRUE(findings.empty()) << "A template writes an address by hand:\n" << Listing(findings);
}

TEST(TemplateLinksTest, EveryFixedPageLinkNamesARouteWithoutValues) {
  static const std::regex link(R"(\{\{\s*u\.(\w+)\s*\}\})");
  const auto routes = Routes();
  std::vector<std::string> findings;
  for (const auto& [path, text] : Templates()) {
    for (std::sregex_iterator it(text.begin(), text.end(), link), end; it != end; ++it) {
      const std::string name = (*it)[1];
      auto route = routes.find(name);
      const std::string where = path + ":" + std::to_string(LineOf(text, it->position())) + ": u." + name;
      if (route == routes.end()) {
        findings.push_back(where + " is no route of src/render/route_table.h");
      } else if (route->second.find('{') != std::string::npos) {
        findings.push_back(where + " takes values (" + route->second + "); the view builds it with UrlFor");
      }
    }
  }
  EXPECT_TRUE(findings.empty()) << "A template links to a route the layout does not give:\n" << Listing(findings);
}

}  // namespace
}  // namespace fremdrift::architecture
