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
// and take the same time; so does a name no account can have (too long,
// control characters). When the account or the address (`address`) has
// failed too often lately (SessionPolicy::throttle), refuses with
// Failure(kTooManyRequests) without checking the password. The check and
// the count of the attempt are one step in the database, so concurrent
// guesses for one account reach the password check at most
// `max_failures` times per window. Failures and refusals are logged as
// the actor "anonymous", with the attempted name and the address cut to
// bounded lengths in the details; a sign-in is logged as the user.
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

// What SetPassword does once the hash is made, for a caller that is
// already in a write transaction (app/user_service.h changes a user and
// sets the password in one): stores `hash` (from app/password.h
// HashPassword) for `user`, ends their sessions and logs "set_password"
// without the hash.
void StorePasswordHash(SqlConnection& conn, const User& user, const std::string& hash,
                       const std::string& actor);

// Seconds since the epoch, now.
int64_t EpochSeconds();

}  // namespace fremdrift
