#include "app/sign_in.h"

#include <chrono>

#include <nlohmann/json.hpp>

#include "app/api_token.h"
#include "app/password.h"
#include "domain/failure.h"
#include "storage/audit_log.h"
#include "storage/session_store.h"
#include "storage/user_store.h"

namespace fremdrift {
namespace {

// Touching a session on every request would write on every page view;
// once a minute is precise enough for an idle limit counted in minutes.
constexpr int64_t kTouchEverySeconds = 60;

void Audit(SqlConnection& conn, const std::string& actor, const std::string& entity,
           const std::string& id, const std::string& action, const nlohmann::json& after) {
  AuditLog(conn).Append({0, "", actor, entity, id, action, "", after.dump()});
}

// Records a failed or refused attempt in its own transaction: it must stay
// even though the sign-in itself fails.
void RecordFailure(SqlConnection& conn, const std::string& name, const std::string& address,
                   int64_t now, bool record_for_throttle, const std::string& action) {
  WriteTransaction tx(conn);
  if (record_for_throttle) {
    SignInFailureStore failures(conn);
    failures.Record("account:" + name, now);
    failures.Record("address:" + address, now);
  }
  Audit(conn, name, "sign_in", name, action, {{"address", address}});
  tx.Commit();
}

}  // namespace

int64_t EpochSeconds() {
  return std::chrono::duration_cast<std::chrono::seconds>(
             std::chrono::system_clock::now().time_since_epoch())
      .count();
}

NewSession SignIn(SqlConnection& conn, const std::string& name, const std::string& password,
                  const std::string& address, int64_t now, const SessionPolicy& policy) {
  const int64_t window_start = now - policy.throttle.window_seconds;
  {
    SignInFailureStore failures(conn);
    auto account = LockedUntil(policy.throttle, failures.Since("account:" + name, window_start), now);
    auto by_address =
        LockedUntil(policy.throttle, failures.Since("address:" + address, window_start), now);
    if (account || by_address) {
      RecordFailure(conn, name, address, now, false, "refused");
      int64_t until = std::max(account.value_or(0), by_address.value_or(0));
      throw Failure(FailureCode::kTooManyRequests,
                    "too many failed sign-ins; try again in " +
                        std::to_string((until - now + 59) / 60) + " minutes",
                    "password");
    }
  }
  auto hash = UserStore(conn).PasswordHash(name);
  bool ok = false;
  if (hash && !hash->empty()) {
    ok = VerifyPassword(*hash, password);
  } else {
    VerifyAgainstDummy(password);
  }
  if (!ok) {
    RecordFailure(conn, name, address, now, true, "failed");
    throw Failure(FailureCode::kUnauthenticated, "the user name or password is wrong", "password");
  }

  WriteTransaction tx(conn);
  auto user = UserStore(conn).FindByName(name);
  if (!user) throw Failure(FailureCode::kUnauthenticated, "the user name or password is wrong", "password");
  NewSession out;
  out.token = GenerateToken();
  out.session.user = *user;
  out.session.csrf_token = GenerateToken();
  SessionStore sessions(conn);
  sessions.DeleteIdleSince(now - policy.idle_seconds);
  out.session.id = sessions.Create(HashToken(out.token), user->id, out.session.csrf_token, now);
  SignInFailureStore(conn).Clear("account:" + name, window_start);
  Audit(conn, name, "session", std::to_string(out.session.id), "sign_in", {{"address", address}});
  tx.Commit();
  return out;
}

std::optional<ActiveSession> ResumeSession(SqlConnection& conn, const std::string& token,
                                           int64_t now, const SessionPolicy& policy) {
  if (token.empty()) return std::nullopt;
  SessionStore sessions(conn);
  auto stored = sessions.FindByTokenHash(HashToken(token));
  if (!stored) return std::nullopt;
  if (now - stored->last_seen_at > policy.idle_seconds) {
    WriteTransaction tx(conn);
    sessions.Delete(stored->id);
    tx.Commit();
    return std::nullopt;
  }
  if (now - stored->last_seen_at >= kTouchEverySeconds) {
    WriteTransaction tx(conn);
    sessions.Touch(stored->id, now);
    tx.Commit();
  }
  return ActiveSession{stored->id, stored->user, stored->csrf_token};
}

void SignOut(SqlConnection& conn, const std::string& token) {
  if (token.empty()) return;
  WriteTransaction tx(conn);
  SessionStore sessions(conn);
  auto stored = sessions.FindByTokenHash(HashToken(token));
  if (!stored) return;
  sessions.Delete(stored->id);
  Audit(conn, stored->user.name, "session", std::to_string(stored->id), "sign_out", nlohmann::json::object());
  tx.Commit();
}

void SetPassword(SqlConnection& conn, const std::string& name, const std::string& password,
                 const std::string& actor) {
  std::string hash = HashPassword(password);  // validates before anything is written
  WriteTransaction tx(conn);
  UserStore users(conn);
  auto user = users.FindByName(name);
  if (!user) throw Failure(FailureCode::kNotFound, "no user named '" + name + "'", "name");
  users.SetPasswordHash(user->id, hash);
  SessionStore(conn).DeleteForUser(user->id);
  // The hash itself never goes into the log.
  Audit(conn, actor, "user", std::to_string(user->id), "set_password", {{"name", name}});
  tx.Commit();
}

}  // namespace fremdrift
