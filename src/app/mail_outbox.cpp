#include "app/mail_outbox.h"

#include "domain/failure.h"
#include "formats/mail_json.h"
#include "storage/mail_outbox_store.h"
#include "storage/mail_recipient_store.h"

namespace fremdrift {
namespace {

int EnqueueForUsers(SqlConnection& conn, const std::vector<User>& users,
                    const std::string& key_base, const MailContent& content, int64_t now) {
  int added = 0;
  for (const User& u : users) {
    OutgoingMail mail{key_base + ":user:" + std::to_string(u.id), u.email, u.name, u.language,
                      content};
    if (EnqueueMail(conn, mail, now)) ++added;
  }
  return added;
}

}  // namespace

bool EnqueueMail(SqlConnection& conn, const OutgoingMail& mail, int64_t now) {
  if (mail.idempotency_key.empty()) {
    throw Failure(FailureCode::kInvalid, "a mail needs an idempotency key", "idempotency_key");
  }
  if (mail.to_address.empty()) {
    throw Failure(FailureCode::kInvalid, "a mail needs a recipient address", "email");
  }
  OutboxMail row;
  row.idempotency_key = mail.idempotency_key;
  row.kind = std::string(MailKindName(mail.content.kind));
  row.recipient = mail.to_address;
  row.recipient_name = mail.to_name;
  row.language = mail.language == "en" ? "en" : "nb";
  row.content_json = MailContentToJson(mail.content);
  return MailOutboxStore(conn).Enqueue(row, now);
}

int EnqueueForReportingContacts(SqlConnection& conn, const std::string& short_name,
                                const std::string& key_base, const MailContent& content,
                                int64_t now) {
  return EnqueueForUsers(conn, ReportingContacts(conn, short_name, IsReminderKind(content.kind)),
                         key_base, content, now);
}

int EnqueueForSecretariat(SqlConnection& conn, const std::string& key_base,
                          const MailContent& content, int64_t now) {
  return EnqueueForUsers(conn, SecretariatRecipients(conn), key_base, content, now);
}

}  // namespace fremdrift
