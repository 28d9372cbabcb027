// Strategies in the database.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "domain/strategy.h"
#include "storage/list_scope.h"
#include "storage/sql_connection.h"

namespace fremdrift {

class StrategyStore {
 public:
  explicit StrategyStore(SqlConnection& conn) : conn_(conn) {}

  // All strategies, or only published ones; ordered by period then key.
  std::vector<Strategy> List(ListScope scope);
  std::optional<Strategy> FindById(int64_t id);
  std::optional<Strategy> FindByKey(const std::string& key);
  // Inserts, or updates the strategy with the same key. Returns the id.
  int64_t Upsert(const Strategy& s);

 private:
  SqlConnection& conn_;
};

}  // namespace fremdrift
