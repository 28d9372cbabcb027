// Shared set-up for the HTTP tests (tests/api, tests/pages): a TestServer
// over a fresh database of each engine (with the demo dataset unless
// LoadDemo() says otherwise, with the settings Configure() makes), and
// small helpers to find demo items and to read the audit log. Built on
// PerEngineTest (support/engine_fixture.h); instantiate with
// INSTANTIATE_PER_ENGINE.
#pragma once

#include <gtest/gtest.h>

#include <memory>
#include <string>

#include <nlohmann/json.hpp>

#include "app/bundle.h"
#include "formats/bundle_files.h"
#include "storage/audit_log.h"
#include "storage/plan_item_store.h"
#include "storage/strategy_store.h"
#include "support/engine_fixture.h"
#include "support/test_server.h"

namespace fremdrift::testing {

class ApiTest : public PerEngineTest {
 protected:
  void SetUp() override {
    PerEngineTest::SetUp();
    if (IsSkipped()) return;
    server_ = std::make_unique<TestServer>(GetParam(), LoadDemo(),
                                           [this](ServerConfig& config) { Configure(config); });
  }
  // The server stops before the fixture's own members (which Configure
  // may have handed it) are gone.
  void TearDown() override { server_.reset(); }

  virtual bool LoadDemo() const { return true; }
  // The hook for a fixture that needs other server settings.
  virtual void Configure(ServerConfig&) {}

  // The demo item of strategy nes-2023-2030 with this key, as the API
  // shows it to a signed-in user.
  nlohmann::json DemoItem(const std::string& key, const std::string& strategy = "nes-2023-2030") {
    auto lease = server_->pool().Acquire();
    auto s = StrategyStore(*lease).FindByKey(strategy);
    if (!s) throw std::runtime_error("no strategy " + strategy);
    auto item = PlanItemStore(*lease).FindByKey(s->id, key);
    if (!item) throw std::runtime_error("no item " + key);
    return server_->Get("/api/v1/items/" + std::to_string(item->id), AdminToken()).Json();
  }

  std::string ItemPath(const nlohmann::json& item) {
    return "/api/v1/items/" + std::to_string(item["id"].get<int64_t>());
  }

  // An admin token, made on first use.
  const std::string& AdminToken() {
    if (admin_token_.empty()) admin_token_ = server_->AddUserWithToken("admin", "E-helse", Role::kAdmin);
    return admin_token_;
  }

  // Imports a bundle document straight through the app layer.
  void ImportText(const std::string& json_text) {
    auto lease = server_->pool().Acquire();
    ImportBundle(*lease, {ParseBundleText("test.json", json_text)}, "test");
  }

  // The number of audit entries, read from the database.
  size_t AuditCount() {
    auto lease = server_->pool().Acquire();
    return AuditLog(*lease).List("", "", 100000).size();
  }

  // The whole dataset, for "nothing changed" checks.
  std::string Export() {
    auto lease = server_->pool().Acquire();
    return ExportBundle(*lease);
  }

  std::unique_ptr<TestServer> server_;
  std::string admin_token_;
};

}  // namespace fremdrift::testing
