#include "storage/session_store.h"

namespace fremdrift {

int64_t SessionStore::Create(const std::string& token_hash, int64_t user_id,
                             const std::string& csrf_token, int64_t now) {
  auto rows = conn_.Query(
      "INSERT INTO sessions (token_hash, user_id, csrf_token, created_at, last_seen_at) "
      "VALUES (?, ?, ?, ?, ?) RETURNING id",
      {token_hash, user_id, csrf_token, now, now});
  return rows.at(0).Int(0);
}

std::optional<StoredSession> SessionStore::FindByTokenHash(const std::string& token_hash) {
  auto rows = conn_.Query(
      "SELECT s.id, u.id, u.name, o.short_name, u.role, s.csrf_token, s.created_at, "
      "s.last_seen_at FROM sessions s JOIN users u ON u.id = s.user_id "
      "JOIN organisations o ON o.id = u.organisation_id WHERE s.token_hash = ?",
      {token_hash});
  if (rows.empty()) return std::nullopt;
  const SqlRow& r = rows[0];
  StoredSession s;
  s.id = r.Int(0);
  s.user = {r.Int(1), r.Text(2), r.Text(3), RoleFromName(r.Text(4)).value_or(Role::kReader)};
  s.csrf_token = r.Text(5);
  s.created_at = r.Int(6);
  s.last_seen_at = r.Int(7);
  return s;
}

void SessionStore::Touch(int64_t id, int64_t now) {
  conn_.Execute("UPDATE sessions SET last_seen_at = ? WHERE id = ?", {now, id});
}

void SessionStore::Delete(int64_t id) {
  conn_.Execute("DELETE FROM sessions WHERE id = ?", {id});
}

void SessionStore::DeleteIdleSince(int64_t cutoff) {
  conn_.Execute("DELETE FROM sessions WHERE last_seen_at < ?", {cutoff});
}

void SessionStore::DeleteForUser(int64_t user_id) {
  conn_.Execute("DELETE FROM sessions WHERE user_id = ?", {user_id});
}

int64_t SignInFailureStore::Record(const std::string& subject, int64_t at) {
  return conn_.Query("INSERT INTO sign_in_failures (subject, at) VALUES (?, ?) RETURNING id", {subject, at})
      .at(0)
      .Int(0);
}

void SignInFailureStore::Forget(int64_t id) {
  conn_.Execute("DELETE FROM sign_in_failures WHERE id = ?", {id});
}

void SignInFailureStore::LockForCounting() {
  if (conn_.dialect() == SqlDialect::kPostgres) {
    conn_.ExecuteScript("LOCK TABLE sign_in_failures IN SHARE ROW EXCLUSIVE MODE");
  }
}

std::vector<int64_t> SignInFailureStore::Since(const std::string& subject, int64_t since) {
  std::vector<int64_t> out;
  for (const auto& r : conn_.Query(
           "SELECT at FROM sign_in_failures WHERE subject = ? AND at > ? ORDER BY at",
           {subject, since})) {
    out.push_back(r.Int(0));
  }
  return out;
}

void SignInFailureStore::Clear(const std::string& subject, int64_t forget_before) {
  conn_.Execute("DELETE FROM sign_in_failures WHERE subject = ? OR at < ?",
                {subject, forget_before});
}

}  // namespace fremdrift
