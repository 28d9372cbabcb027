// The layers of docs/architecture.md ("Layers"), checked on the includes of
// every file under src/: calls go one way, web and cli -> app -> domain and
// storage, and never back; render sees only domain.
#include <gtest/gtest.h>

#include <fstream>
#include <map>
#include <set>
#include <sstream>

#include "source_tree.h"

namespace fremdrift::architecture {
namespace {

// The folders each layer may include from (besides its own).
const std::map<std::string, std::set<std::string>>& Allowed() {
  static const std::map<std::string, std::set<std::string>> allowed{
      {"domain", {}},
      {"storage", {"domain"}},
      {"formats", {"domain"}},
      {"app", {"domain", "storage", "formats"}},
      {"render", {"domain"}},
      {"mail", {"domain", "storage", "formats", "app", "render"}},
      {"web", {"domain", "storage", "formats", "app", "render"}},
      {"cli", {"domain", "storage", "formats", "app", "render", "web", "mail"}},
  };
  return allowed;
}

const char* RuleOf(const std::string& layer) {
  if (layer == "domain") return "domain includes only domain: the model and its rules stand alone";
  if (layer == "storage") return "storage includes only domain and storage";
  if (layer == "formats") return "formats includes only domain and formats";
  if (layer == "app") return "app includes only domain, storage, formats and app: never web, cli, mail or render";
  if (layer == "render") return "render includes only domain and render: a view gets plain data, never a connection";
  if (layer == "mail") return "mail includes domain, storage, formats, app, render and mail: never web or cli";
  if (layer == "web") return "web includes domain, storage, formats, app, render and web: never cli or mail";
  return "cli is the top layer and may include every layer";
}

// The storage headers web and cli use to hold a connection for a use case
// of app (for a GET, one that answers the request's repeated queries from
// memory), the system clock they pass on, and the change watch that lets
// answers kept in memory skip the database; stores are app's to use.
const std::set<std::string> kConnectionHeaders{
    "storage/sql_connection.h",    "storage/connection_pool.h",   "storage/migrations.h",
    "storage/database_backup.h",   "storage/retry_transaction.h", "storage/transient_failure.h",
    "storage/system_clock.h",      "storage/change_watch.h",      "storage/request_query_memo.h"};

// "src/web/page_x.cpp storage/x_store.h" pairs that read a store from web
// or cli directly: older handlers not yet moved behind a use case of app.
// The list may only shrink.
std::set<std::string> StoreReadsFromWeb() {
  std::ifstream in(std::string(FREMDRIFT_SOURCE_DIR) + "/tests/architecture/web_store_reads.txt");
  std::set<std::string> pairs;
  for (std::string line; std::getline(in, line);) {
    if (line.empty() || line[0] == '#') continue;
    pairs.insert(line);
  }
  return pairs;
}

TEST(LayeringTest, EveryLayerIncludesOnlyTheLayersBelowIt) {
  std::vector<std::string> findings;
  for (const auto& f : Sources()) {
    auto allowed = Allowed().find(f.layer);
    if (allowed == Allowed().end()) {
      findings.push_back(f.path + ": folder '" + f.layer + "' is no layer of docs/architecture.md");
      continue;
    }
    for (const auto& inc : f.includes) {
      if (inc.system) continue;
      std::string to = IncludeLayer(inc.path);
      if (to.empty() || to == f.layer || allowed->second.count(to)) continue;
      findings.push_back(f.path + ":" + std::to_string(inc.line) + ": includes \"" + inc.path + "\"; " +
                         RuleOf(f.layer));
    }
  }
  EXPECT_TRUE(findings.empty()) << "A layer includes a layer it may not use:\n" << Listing(findings);
}

TEST(LayeringTest, WebAndCliReachStoresOnlyThroughApp) {
  const auto listed = StoreReadsFromWeb();
  std::set<std::string> seen;
  std::vector<std::string> findings;
  for (const auto& f : Sources()) {
    if (f.layer != "web" && f.layer != "cli") continue;
    for (const auto& inc : f.includes) {
      if (inc.system || IncludeLayer(inc.path) != "storage" || kConnectionHeaders.count(inc.path)) continue;
      std::string pair = f.path + " " + inc.path;
      seen.insert(pair);
      if (listed.count(pair)) continue;
      findings.push_back(f.path + ":" + std::to_string(inc.line) + ": includes \"" + inc.path +
                         "\"; web and cli call a use case of app, which uses the stores "
                         "(web -> app -> storage)");
    }
  }
  for (const auto& pair : listed) {
    if (!seen.count(pair)) {
      findings.push_back(pair + ": no longer included; take it off tests/architecture/web_store_reads.txt");
    }
  }
  EXPECT_TRUE(findings.empty()) << "web or cli uses a store directly:\n" << Listing(findings);
}

}  // namespace
}  // namespace fremdrift::architecture
