// The mail outbox: each mail from the transaction of the event that causes
// it until a sender has delivered it. Rows are never deleted by delivery;
// a sent row keeps its sent_at.
//
// Several senders (threads or server processes on one database) may work
// the same outbox: a sender claims a row with a lease (claimed_by,
// claimed_until) through one conditional UPDATE, which exactly one of two
// racing senders wins on either engine; a sender that dies leaves a lease
// that runs out, after which another sender takes the row over. Times are
// Unix seconds.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "storage/sql_connection.h"

namespace fremdrift {

// A mail as the outbox holds it; `content_json` is formats/mail_json.h.
struct OutboxMail {
  int64_t id = 0;
  std::string idempotency_key;
  std::string kind;
  std::string recipient;       // e-mail address
  std::string recipient_name;
  std::string language;
  std::string content_json;
  int64_t attempts = 0;        // failed deliveries so far
  int64_t next_attempt_at = 0;
  std::optional<int64_t> sent_at;
  std::string last_error;
};

class MailOutboxStore {
 public:
  explicit MailOutboxStore(SqlConnection& conn) : conn_(conn) {}

  // Adds `mail` (its id, attempts, sent_at and last_error are ignored), due
  // at once. Returns false and changes nothing when a mail with the same
  // idempotency key is already there, sent or not.
  bool Enqueue(const OutboxMail& mail, int64_t now);

  // Claims up to `limit` unsent mails that are due at `now` and not leased
  // by another sender, for `worker` until now + `lease_seconds`, oldest
  // first. Each claimed row is the caller's alone until the lease runs out.
  // Runs outside a transaction (each claim commits by itself).
  std::vector<OutboxMail> Claim(const std::string& worker, int64_t now, int64_t lease_seconds,
                                int limit);

  // Records that `worker` delivered mail `id`. Returns false when the lease
  // was no longer `worker`'s (it ran out and another sender took the row).
  bool MarkSent(int64_t id, const std::string& worker, int64_t now);

  // Records a failed delivery by `worker`: one more attempt, the error, and
  // the time of the next attempt; the lease is released.
  void MarkFailed(int64_t id, const std::string& worker, int64_t next_attempt_at,
                  const std::string& error);

  // The number of mails not yet delivered.
  int64_t Backlog();

  // Every mail, oldest first (tests and the admin's view of the outbox).
  std::vector<OutboxMail> List();

 private:
  SqlConnection& conn_;
};

}  // namespace fremdrift
