#include "storage/mail_outbox_store.h"

namespace fremdrift {
namespace {

constexpr const char* kOutboxColumns =
    "SELECT id, idempotency_key, kind, recipient, recipient_name, language, content_json, "
    "attempts, next_attempt_at, sent_at, last_error FROM mail_outbox ";

OutboxMail OutboxMailFromRow(const SqlRow& r) {
  OutboxMail m;
  m.id = r.Int(0);
  m.idempotency_key = r.Text(1);
  m.kind = r.Text(2);
  m.recipient = r.Text(3);
  m.recipient_name = r.Text(4);
  m.language = r.Text(5);
  m.content_json = r.Text(6);
  m.attempts = r.Int(7);
  m.next_attempt_at = r.Int(8);
  if (!r.IsNull(9)) m.sent_at = r.Int(9);
  m.last_error = r.Text(10);
  return m;
}

}  // namespace

bool MailOutboxStore::Enqueue(const OutboxMail& m, int64_t now) {
  auto rows = conn_.Query(
      "INSERT INTO mail_outbox (idempotency_key, kind, recipient, recipient_name, language, "
      "content_json, created_at, next_attempt_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) "
      "ON CONFLICT (idempotency_key) DO NOTHING RETURNING id",
      {m.idempotency_key, m.kind, m.recipient, m.recipient_name, m.language, m.content_json, now,
       now});
  return !rows.empty();
}

std::vector<OutboxMail> MailOutboxStore::Claim(const std::string& worker, int64_t now,
                                               int64_t lease_seconds, int limit) {
  auto candidates = conn_.Query(
      "SELECT id FROM mail_outbox WHERE sent_at IS NULL AND next_attempt_at <= ? "
      "AND (claimed_until IS NULL OR claimed_until < ?) ORDER BY id LIMIT ?",
      {now, now, static_cast<int64_t>(limit)});
  std::vector<OutboxMail> claimed;
  for (const auto& c : candidates) {
    int64_t id = c.Int(0);
    // The same condition again: of two senders that saw this row free, the
    // second one's UPDATE finds it leased (PostgreSQL re-reads the row
    // after the first commits; SQLite runs one writer at a time).
    int64_t won = conn_.Execute(
        "UPDATE mail_outbox SET claimed_by = ?, claimed_until = ? WHERE id = ? "
        "AND sent_at IS NULL AND (claimed_until IS NULL OR claimed_until < ?)",
        {worker, now + lease_seconds, id, now});
    if (won == 0) continue;
    auto rows = conn_.Query(std::string(kOutboxColumns) + "WHERE id = ?", {id});
    if (!rows.empty()) claimed.push_back(OutboxMailFromRow(rows[0]));
  }
  return claimed;
}

bool MailOutboxStore::MarkSent(int64_t id, const std::string& worker, int64_t now) {
  return conn_.Execute(
             "UPDATE mail_outbox SET sent_at = ?, claimed_until = NULL, last_error = '' "
             "WHERE id = ? AND claimed_by = ? AND sent_at IS NULL",
             {now, id, worker}) > 0;
}

void MailOutboxStore::MarkFailed(int64_t id, const std::string& worker, int64_t next_attempt_at,
                                 const std::string& error) {
  conn_.Execute(
      "UPDATE mail_outbox SET attempts = attempts + 1, next_attempt_at = ?, last_error = ?, "
      "claimed_until = NULL WHERE id = ? AND claimed_by = ? AND sent_at IS NULL",
      {next_attempt_at, error.substr(0, 1000), id, worker});
}

int64_t MailOutboxStore::Backlog() {
  return conn_.Query("SELECT COUNT(*) FROM mail_outbox WHERE sent_at IS NULL").at(0).Int(0);
}

std::vector<OutboxMail> MailOutboxStore::List() {
  std::vector<OutboxMail> out;
  for (const auto& r : conn_.Query(std::string(kOutboxColumns) + "ORDER BY id")) out.push_back(OutboxMailFromRow(r));
  return out;
}

}  // namespace fremdrift
