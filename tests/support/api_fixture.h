// Shared set-up for the API tests: a TestServer over a fresh database of
// each engine (with the demo dataset unless a test says otherwise), and
// small helpers to find demo items and to read the audit log.
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
#include "support/test_server.h"

namespace fremdrift::testing {

class ApiTest : public ::testing::TestWithParam<Engine> {
 protected:
  void SetUp() override {
    if (!EngineAvailable(GetParam())) {
      GTEST_SKIP() << EngineName(GetParam()) << " not available: set FREMDRIFT_TEST_PG_ADMIN_URL";
    }
    server_ = std::make_unique<TestServer>(GetParam(), LoadDemo());
  }

  virtual bool LoadDemo() const { return true; }

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
