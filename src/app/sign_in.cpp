#include "app/sign_in.h"

#include <algorithm>

#include <nlohmann/json.hpp>

#include "app/api_token.h"
#include "app/password.h"
#include "domain/failure.h"
#include "domain/text_field_rules.h"
#include "domain/user_rules.h"
#include "storage/audit_log.h"
#include "storage/session_store.h"
#include "storage/system_clock.h"
#include "storage/user_store.h"

namespace fremdrift {
namespace {

// Touching a session on every request would write on every page view;
// once a minute is precise enough for an idle limit counted in minutes.
constexpr int64_t kTouchEverySeconds = 60;

// Who the audit log names as the actor of a sign-in that did not succeed:
// nobody has been shown to be the named user.
constexpr const char* kAnonymousActor = "anonymous";

// The longest client address kept in the log and the throttle's table.
constexpr size_t kMaxAddressChars = 64;

// One attempt, as the log and the throttle see it: the name and address
// cut to bounded lengths, so an attempt can never grow them by more than
// a few hundred bytes.
struct Attempt {
  std::string name;     // at most kMaxUserNameBytes characters
  std::string address;  // at most kMaxAddressChars characters
  std::string account_subject() const { return "account:" + name; }
  std::string address_subject() const { return "address:" + address; }
};

// Logs a sign-in that failed or was refused, as the anonymous actor; the
// attempted name is in the details.
void AuditAttempt(SqlConnection& conn, const Attempt& a, const std::string& action) {
  AuditLog(conn).Append({.actor = kAnonymousActor,
                         .entity = "sign_in",
                         .entity_id = a.name,
                         .action = action,
                         .after = nlohmann::json{{"name", a.name}, {"address", a.address}}.dump()});
}

// The ids of the failures counted in advance for one attempt.
struct CountedAttempt {
  int64_t account_failure = 0;
  int64_t address_failure = 0;
};

// Checks the throttle and counts the attempt as a failure in one step:
// concurrent attempts for one account or address take turns here, so at
// most `max_failures` of them ever reach the password check within a
// window. A right password takes the count back (SignIn). Throws
// Failure(kTooManyRequests) and logs "refused" when locked.
CountedAttempt CheckAndCountAttempt(SqlConnection& conn, const Attempt& a, int64_t now,
                                    const SignInThrottle& throttle) {
  const int64_t window_start = now - throttle.window_seconds;
  WriteTransaction tx(conn);
  SignInFailureStore failures(conn);
  failures.LockForCounting();
  auto account = LockedUntil(throttle, failures.Since(a.account_subject(), window_start), now);
  auto by_address = LockedUntil(throttle, failures.Since(a.address_subject(), window_start), now);
  if (account || by_address) {
    AuditAttempt(conn, a, "refused");
    tx.Commit();
    int64_t until = std::max(account.value_or(0), by_address.value_or(0));
    throw Failure(FailureCode::kTooManyRequests,
                  "too many failed sign-ins; try again in " + std::to_string((until - now + 59) / 60) +
                      " minutes",
                  "password");
  }
  CountedAttempt out{failures.Record(a.account_subject(), now), failures.Record(a.address_subject(), now)};
  tx.Commit();
  return out;
}

}  // namespace

int64_t EpochSeconds() { return SystemClock().NowUtcSeconds(); }

NewSession SignIn(SqlConnection& conn, const std::string& name, const std::string& password,
                  const std::string& address, int64_t now, const SessionPolicy& policy) {
  const Attempt attempt{TruncatedText(name, kMaxUserNameBytes), TruncatedText(address, kMaxAddressChars)};
  // A name no account can have (too long, control characters, not UTF-8)
  // is a wrong name: counted and answered like one.
  const bool possible_name = !TextFieldProblem(name, TextShape::kLine, kMaxUserNameBytes);
  CountedAttempt counted = CheckAndCountAttempt(conn, attempt, now, policy.throttle);
  auto hash = possible_name ? UserStore(conn).PasswordHash(name) : std::nullopt;
  bool ok = false;
  if (hash && !hash->empty()) {
    ok = VerifyPassword(*hash, password);
  } else {
    VerifyAgainstDummy(password);
  }
  if (!ok) {
    // The failure was counted before the check; only the log is left.
    WriteTransaction tx(conn);
    AuditAttempt(conn, attempt, "failed");
    tx.Commit();
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
  SignInFailureStore failures(conn);
  failures.Forget(counted.account_failure);
  failures.Forget(counted.address_failure);
  failures.Clear(attempt.account_subject(), now - policy.throttle.window_seconds);
  AuditLog(conn).Append({.actor = name,
                         .entity = "session",
                         .entity_id = std::to_string(out.session.id),
                         .action = "sign_in",
                         .after = nlohmann::json{{"address", attempt.address}}.dump()});
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
  AuditLog(conn).Append({.actor = stored->user.name,
                         .entity = "session",
                         .entity_id = std::to_string(stored->id),
                         .action = "sign_out",
                         .after = nlohmann::json::object().dump()});
  tx.Commit();
}

void SetPassword(SqlConnection& conn, const std::string& name, const std::string& password,
                 const std::string& actor) {
  std::string hash = HashPassword(password);  // validates before anything is written
  WriteTransaction tx(conn);
  auto user = UserStore(conn).FindByName(name);
  if (!user) throw Failure(FailureCode::kNotFound, "no user named '" + name + "'", "name");
  StorePasswordHash(conn, *user, hash, actor);
  tx.Commit();
}

void StorePasswordHash(SqlConnection& conn, const User& user, const std::string& hash,
                       const std::string& actor) {
  UserStore(conn).SetPasswordHash(user.id, hash);
  SessionStore(conn).DeleteForUser(user.id);
  // The hash itself never goes into the log.
  AuditLog(conn).Append({.actor = actor,
                         .entity = "user",
                         .entity_id = std::to_string(user.id),
                         .action = "set_password",
                         .after = nlohmann::json{{"name", user.name}}.dump()});
}

}  // namespace fremdrift
