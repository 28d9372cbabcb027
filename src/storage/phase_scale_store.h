// The phase scales (domain/phase_scale.h) in the database, with their
// phases in order, and which phase keys the items of a scale's strategies
// use.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "domain/phase_scale.h"
#include "storage/sql_connection.h"

namespace fremdrift {

class PhaseScaleStore {
 public:
  explicit PhaseScaleStore(SqlConnection& conn) : conn_(conn) {}

  // Every scale, by key, each with its phases in order.
  std::vector<PhaseScale> List();
  std::optional<PhaseScale> Find(const std::string& key);

  // Creates the scale, or replaces the one with the same key (its names,
  // source and phases).
  void Upsert(const PhaseScale& scale);

  // The phase keys the items of the strategies on scale `key` hold (from
  // and to), each once, ordered.
  std::vector<std::string> PhaseKeysInUse(const std::string& key);

 private:
  SqlConnection& conn_;
};

}  // namespace fremdrift
