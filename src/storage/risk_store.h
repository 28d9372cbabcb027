// The risk register (domain/risk.h) in the database. A risk's subject is
// stored as the id of its plan item or portfolio item and read back as
// "<strategy key>/<item key>" or the portfolio item's key.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "domain/risk.h"
#include "storage/sql_connection.h"

namespace fremdrift {

class RiskStore {
 public:
  explicit RiskStore(SqlConnection& conn) : conn_(conn) {}

  // Every risk, by key.
  std::vector<Risk> List();
  std::optional<Risk> FindByKey(const std::string& key);

  // Inserts `risk` or, when a risk with its key exists, replaces it and
  // bumps its version. With `expected_version`, only a stored risk at that
  // version is replaced (kConflict naming "version" otherwise: callers
  // compare first to say what changed; this guards the race). Throws
  // kInvalid naming "subject" for an unknown item and "owner" for an
  // unknown organisation. Returns whether it was inserted.
  bool Upsert(const Risk& risk, std::optional<int64_t> expected_version = std::nullopt);

 private:
  std::vector<Risk> Load(const std::string& where, const SqlParams& params);
  SqlConnection& conn_;
};

}  // namespace fremdrift
