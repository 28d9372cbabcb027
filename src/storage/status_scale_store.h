// The status scales (domain/status_scale.h) in the database, with their
// levels in the record's order, and which statuses the assessments of a
// scale's strategies hold.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "domain/status_scale.h"
#include "storage/sql_connection.h"

namespace fremdrift {

class StatusScaleStore {
 public:
  explicit StatusScaleStore(SqlConnection& conn) : conn_(conn) {}

  // Every record, by key, each with its levels in the record's order.
  std::vector<StatusScaleRecord> List();
  std::optional<StatusScaleRecord> Find(const std::string& key);

  // Creates the record, or replaces the one with the same key (its names,
  // source, good end and levels).
  void Upsert(const StatusScaleRecord& record);

  // The statuses (set and suggested) that assessments of the strategies
  // on scale `key` hold, and the answers of the strategy evaluations on
  // it, each once, ordered.
  std::vector<std::string> StatusesInUse(const std::string& key);

  // The statuses (set and suggested) that the assessments of strategy
  // `strategy_id` hold, each once, ordered.
  std::vector<std::string> StatusesOfStrategy(int64_t strategy_id);

 private:
  SqlConnection& conn_;
};

}  // namespace fremdrift
