#include "storage/oidc_store.h"

#include "domain/failure.h"

namespace fremdrift {

void OidcLoginStore::Insert(const std::string& state_hash, const OidcLogin& login) {
  conn_.Execute(
      "INSERT INTO oidc_logins (state_hash, provider, nonce, code_verifier, return_to, created_at) "
      "VALUES (?, ?, ?, ?, ?, ?)",
      {state_hash, login.provider, login.nonce, login.code_verifier, login.return_to, login.created_at});
}

std::optional<OidcLogin> OidcLoginStore::Take(const std::string& state_hash) {
  auto rows = conn_.Query(
      "DELETE FROM oidc_logins WHERE state_hash = ? "
      "RETURNING provider, nonce, code_verifier, return_to, created_at",
      {state_hash});
  if (rows.empty()) return std::nullopt;
  return OidcLogin{rows[0].Text(0), rows[0].Text(1), rows[0].Text(2), rows[0].Text(3), rows[0].Int(4)};
}

void OidcLoginStore::DeleteOlderThan(int64_t cutoff) {
  conn_.Execute("DELETE FROM oidc_logins WHERE created_at < ?", {cutoff});
}

void OidcSessionStore::MarkProvider(int64_t session_id, const std::string& provider) {
  conn_.Execute("UPDATE sessions SET oidc_provider = ? WHERE id = ?", {provider, session_id});
}

std::optional<std::string> OidcSessionStore::ProviderOf(const std::string& token_hash) {
  auto rows = conn_.Query("SELECT oidc_provider FROM sessions WHERE token_hash = ?", {token_hash});
  if (rows.empty() || rows[0].IsNull(0)) return std::nullopt;
  return rows[0].Text(0);
}

std::optional<OidcUserStore::Found> OidcUserStore::FindBySubject(const std::string& subject_hash) {
  auto rows = conn_.Query("SELECT name, pending FROM users WHERE oidc_subject = ?", {subject_hash});
  if (rows.empty()) return std::nullopt;
  return Found{rows[0].Text(0), rows[0].Int(1) != 0};
}

bool OidcUserStore::IsPending(int64_t user_id) {
  auto rows = conn_.Query("SELECT pending FROM users WHERE id = ?", {user_id});
  return !rows.empty() && rows[0].Int(0) != 0;
}

void OidcUserStore::Link(int64_t user_id, const std::string& subject_hash, bool pending) {
  conn_.Execute("UPDATE users SET oidc_subject = ?, pending = ? WHERE id = ?",
                {subject_hash, int64_t{pending}, user_id});
}

void OidcUserStore::Approve(int64_t user_id) {
  if (conn_.Execute("UPDATE users SET pending = 0, version = version + 1 WHERE id = ?", {user_id}) == 0) {
    throw Failure(FailureCode::kNotFound, "no such user");
  }
}

std::vector<PendingUser> OidcUserStore::ListPending() {
  std::vector<PendingUser> out;
  for (const auto& row : conn_.Query(
           "SELECT u.name, o.short_name FROM users u JOIN organisations o ON o.id = u.organisation_id "
           "WHERE u.pending <> 0 ORDER BY u.name")) {
    out.push_back({row.Text(0), row.Text(1)});
  }
  return out;
}

namespace {

constexpr const char* kSignInColumns =
    "SELECT short_name, name, COALESCE(org_number, ''), oidc_auto_approve FROM organisations";

OrganisationSignIn SignInFromRow(const SqlRow& row) {
  return {row.Text(0), row.Text(1), row.Text(2), row.Int(3) != 0};
}

}  // namespace

std::vector<OrganisationSignIn> OidcUserStore::ListOrganisationSignIns() {
  std::vector<OrganisationSignIn> out;
  for (const auto& row : conn_.Query(std::string(kSignInColumns) + " ORDER BY short_name")) {
    out.push_back(SignInFromRow(row));
  }
  return out;
}

std::optional<OrganisationSignIn> OidcUserStore::FindOrganisationSignIn(const std::string& short_name) {
  auto rows = conn_.Query(std::string(kSignInColumns) + " WHERE short_name = ?", {short_name});
  if (rows.empty()) return std::nullopt;
  return SignInFromRow(rows[0]);
}

std::optional<OidcOrganisation> OidcUserStore::FindOrganisationByNumber(const std::string& org_number) {
  auto rows = conn_.Query(
      "SELECT short_name, oidc_auto_approve FROM organisations WHERE org_number = ?", {org_number});
  if (rows.empty()) return std::nullopt;
  return OidcOrganisation{rows[0].Text(0), rows[0].Int(1) != 0};
}

void OidcUserStore::SetOrganisationNumber(const std::string& short_name, const std::string& org_number,
                                          bool auto_approve) {
  if (!org_number.empty()) {
    auto taken = conn_.Query("SELECT short_name FROM organisations WHERE org_number = ?", {org_number});
    if (!taken.empty() && taken[0].Text(0) != short_name) {
      throw Failure(FailureCode::kConflict,
                    "organisation number " + org_number + " belongs to " + taken[0].Text(0), "org_number",
                    "org_number_taken", {{"number", org_number}, {"organisation", taken[0].Text(0)}});
    }
  }
  SqlValue number = org_number.empty() ? SqlValue{} : SqlValue{org_number};
  if (conn_.Execute(
          "UPDATE organisations SET org_number = ?, oidc_auto_approve = ?, version = version + 1 "
          "WHERE short_name = ?",
          {number, int64_t{auto_approve}, short_name}) == 0) {
    throw Failure(FailureCode::kNotFound, "no organisation '" + short_name + "'", "organisation",
                  "organisation_not_found", {{"organisation", short_name}});
  }
}

}  // namespace fremdrift
