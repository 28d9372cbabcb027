// Signing in and out of the web pages: password check, throttling of
// repeated failures, and server-side sessions shared by every server
// process on one database. Times are seconds since the epoch.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "domain/sign_in_throttle.h"
#include "domain/user.h"
#include "storage/sql_connection.h"

namespace fremdrift {

struct SessionPolicy {
  // A session not used for this long has ended.
  int64_t idle_seconds = 60 * 60;
  SignInThrottle throttle;
};

struct ActiveSession {
  int64_t id = 0;
  User user;
  std::string csrf_token;  // what the session's forms must send back
};

struct NewSession {
  std::string token;  // the cookie's secret; only its hash is stored
  ActiveSession session;
};

// Checks `name` and `password` and starts a session. A wrong name and a
// wrong password give the same Failure(kUnauthenticated, field "password")
// and take the same time. When the account or the address (`address`) has
// failed too often lately (SessionPolicy::throttle), refuses with
// Failure(kTooManyRequests) without checking the password. Failures,
// refusals and sign-ins are written to the audit log; a failure is
// recorded even though nothing else changes.
NewSession SignIn(SqlConnection& conn, const std::string& name, const std::string& password,
                  const std::string& address, int64_t now, const SessionPolicy& policy);

// The session a cookie's `token` belongs to, or nullopt when there is none
// or it has been idle longer than the policy allows (it is then removed).
// Marks the session as used at `now`.
std::optional<ActiveSession> ResumeSession(SqlConnection& conn, const std::string& token,
                                           int64_t now, const SessionPolicy& policy);

// Ends the session of `token`, if any, and logs it.
void SignOut(SqlConnection& conn, const std::string& token);

// Sets the password of the user named `name` (kNotFound if none; kInvalid
// naming "password" if too short) and ends the user's sessions.
void SetPassword(SqlConnection& conn, const std::string& name, const std::string& password,
                 const std::string& actor);

// Seconds since the epoch, now.
int64_t EpochSeconds();

}  // namespace fremdrift
