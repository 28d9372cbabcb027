#include "storage/vendor_invite_store.h"

#include "domain/failure.h"

namespace fremdrift {

int64_t VendorInviteStore::Insert(const std::string& token_hash, const std::string& organisation,
                                  const std::string& created_by, int64_t created_at, int64_t expires_at) {
  auto org = conn_.Query("SELECT id FROM organisations WHERE short_name = ?", {organisation});
  if (org.empty()) {
    throw Failure(FailureCode::kInvalid, "no organisation '" + organisation + "'", "organisation",
                  "ha_unknown_organisation", {{"organisation", organisation}});
  }
  return conn_
      .Query("INSERT INTO vendor_invites (token_hash, organisation_id, created_by, created_at, expires_at) "
             "VALUES (?, ?, ?, ?, ?) RETURNING id",
             {token_hash, org[0].Int(0), created_by, created_at, expires_at})
      .at(0)
      .Int(0);
}

std::optional<VendorInvite> VendorInviteStore::FindByHash(const std::string& token_hash) {
  auto rows = conn_.Query(
      "SELECT v.id, o.short_name, v.created_by, v.created_at, v.expires_at, v.used_at FROM vendor_invites v "
      "JOIN organisations o ON o.id = v.organisation_id WHERE v.token_hash = ?",
      {token_hash});
  if (rows.empty()) return std::nullopt;
  const auto& r = rows[0];
  return VendorInvite{r.Int(0), r.Text(1), r.Text(2), r.Int(3), r.Int(4), !r.IsNull(5)};
}

bool VendorInviteStore::MarkUsed(int64_t id, int64_t at, const std::string& user) {
  return conn_.Execute("UPDATE vendor_invites SET used_at = ?, used_by = ? WHERE id = ? AND used_at IS NULL",
                       {at, user, id}) == 1;
}

void VendorInviteStore::Reopen(int64_t id) {
  conn_.Execute("UPDATE vendor_invites SET used_at = NULL, used_by = '' WHERE id = ?", {id});
}

}  // namespace fremdrift
