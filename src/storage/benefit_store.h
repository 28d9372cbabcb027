// Benefits (domain/benefit.h) in the database: the benefits table and the
// plan items each is brought about by (benefit_items, in order). Items are
// read back as "<strategy key>/<item key>", the indicator as its code and
// the owner as the organisation's short name.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "domain/benefit.h"
#include "storage/sql_connection.h"

namespace fremdrift {

class BenefitStore {
 public:
  explicit BenefitStore(SqlConnection& conn) : conn_(conn) {}

  // Every benefit, by key.
  std::vector<Benefit> List();
  std::optional<Benefit> FindByKey(const std::string& key);

  // Inserts `benefit` or replaces the one with its key (bumping its
  // version; with `expected_version`, only at that version, else
  // kConflict naming "version"), with its items. kInvalid naming "items[i]"
  // for an unknown plan item, "indicator" and "owner" for unknown ones.
  void Upsert(const Benefit& benefit, std::optional<int64_t> expected_version = std::nullopt);

  // Deletes the benefit with `key` and its item links; false when there is
  // none. With `expected_version`, only at that version, else kConflict
  // naming "version".
  bool Delete(const std::string& key, std::optional<int64_t> expected_version = std::nullopt);

 private:
  SqlConnection& conn_;
};

}  // namespace fremdrift
