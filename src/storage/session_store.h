// Browser sessions, kept in the database so that every server process
// sharing it knows them. The cookie holds a random secret; only its hash
// is stored. Times are seconds since the epoch.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "domain/user.h"
#include "storage/sql_connection.h"

namespace fremdrift {

struct StoredSession {
  int64_t id = 0;
  User user;
  std::string csrf_token;
  int64_t created_at = 0;
  int64_t last_seen_at = 0;
};

class SessionStore {
 public:
  explicit SessionStore(SqlConnection& conn) : conn_(conn) {}

  int64_t Create(const std::string& token_hash, int64_t user_id, const std::string& csrf_token,
                 int64_t now);
  std::optional<StoredSession> FindByTokenHash(const std::string& token_hash);
  void Touch(int64_t id, int64_t now);
  void Delete(int64_t id);
  // Removes every session last seen before `cutoff`.
  void DeleteIdleSince(int64_t cutoff);
  // Removes every session of a user (after a password change).
  void DeleteForUser(int64_t user_id);

 private:
  SqlConnection& conn_;
};

// Failed sign-ins per subject, for domain/sign_in_throttle.h.
class SignInFailureStore {
 public:
  explicit SignInFailureStore(SqlConnection& conn) : conn_(conn) {}

  // Records a failure of `subject` at `at` and returns its id.
  int64_t Record(const std::string& subject, int64_t at);
  // Forgets the failure with this id (an attempt counted in advance that
  // turned out right).
  void Forget(int64_t id);
  // Makes the current write transaction the only one that reads and
  // records failures until it ends, so that a check and the count that
  // follows it are one step for concurrent sign-ins: PostgreSQL locks the
  // table in SHARE ROW EXCLUSIVE mode (which conflicts with itself, not
  // with plain reads); on SQLite, BEGIN IMMEDIATE already holds the
  // database's write lock. Call it first in the transaction.
  void LockForCounting();
  // The times of the subject's failures after `since`.
  std::vector<int64_t> Since(const std::string& subject, int64_t since);
  // Forgets the subject's failures (after a successful sign-in) and every
  // failure older than `forget_before`.
  void Clear(const std::string& subject, int64_t forget_before);

 private:
  SqlConnection& conn_;
};

}  // namespace fremdrift
