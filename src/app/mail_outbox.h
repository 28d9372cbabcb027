// Putting round mails into the outbox, for the use cases of the reporting
// round. Call these inside the write transaction of the event that causes
// the mail, so that the mail exists exactly when the event does; the
// sender in `fremdrift serve` (mail/outbox_sender.h) delivers it later.
//
// Idempotency keys: a mail whose key is already in the outbox is not added
// again, so an event or a scheduler tick that runs twice sends nothing
// twice. The functions that address several users append ":user:<id>" to
// the key base given, one mail per recipient.
#pragma once

#include <cstdint>
#include <string>

#include "domain/mail_message.h"
#include "storage/sql_connection.h"

namespace fremdrift {

// Adds `mail` to the outbox, due at `now` (Unix seconds). Returns false
// when its idempotency key was already there (nothing changes). Throws
// Failure(kInvalid) for a mail without key or address.
bool EnqueueMail(SqlConnection& conn, const OutgoingMail& mail, int64_t now);

// Sends `content` to each reporting contact of organisation `short_name`
// (for reminder kinds, those who did not opt out), each in their language.
// Returns the number of mails added.
int EnqueueForReportingContacts(SqlConnection& conn, const std::string& short_name,
                                const std::string& key_base, const MailContent& content,
                                int64_t now);

// Sends `content` to every admin with an e-mail address. Returns the
// number of mails added.
int EnqueueForSecretariat(SqlConnection& conn, const std::string& key_base,
                          const MailContent& content, int64_t now);

}  // namespace fremdrift
