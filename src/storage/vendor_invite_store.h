// One-time sign-up links for vendors (docs/health-apps.md, "Vendor
// sign-up"): only the SHA-256 hash of each link's secret is kept, with the
// vendor organisation it signs up to, who made it and until when it holds.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "storage/sql_connection.h"

namespace fremdrift {

struct VendorInvite {
  int64_t id = 0;
  std::string organisation;  // short name
  std::string created_by;
  int64_t created_at = 0;
  int64_t expires_at = 0;
  bool used = false;
};

class VendorInviteStore {
 public:
  explicit VendorInviteStore(SqlConnection& conn) : conn_(conn) {}

  // Stores an invite for organisation `organisation` (a short name; kInvalid
  // when unknown). Returns its id.
  int64_t Insert(const std::string& token_hash, const std::string& organisation, const std::string& created_by,
                 int64_t created_at, int64_t expires_at);
  std::optional<VendorInvite> FindByHash(const std::string& token_hash);
  // Marks invite `id` used by `user` at `at`; false when it already was.
  bool MarkUsed(int64_t id, int64_t at, const std::string& user);
  // Makes invite `id` usable again (when the sign-up it was used for failed).
  void Reopen(int64_t id);

 private:
  SqlConnection& conn_;
};

}  // namespace fremdrift
