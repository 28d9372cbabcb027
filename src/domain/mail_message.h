// An e-mail that Fremdrift sends about a reporting round, as plain data:
// what happened (the kind), to whom, in which language, and the facts the
// text is made of. The text itself is composed when the mail is sent
// (render/mail_text.h), from the catalogue of the recipient's language.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace fremdrift {

enum class MailKind {
  kRoundOpened,    // a reporting period was opened: what to report by when
  kReminder,       // the deadline is near or has passed; items still open
  kReturned,       // the secretariat returned a report, with its comment
  kDigest,         // once a day: the organisation's open items
  kAllReportsIn,   // to the secretariat: an organisation has submitted all
};

std::string_view MailKindName(MailKind kind);  // "round_opened", ...
std::optional<MailKind> MailKindFromName(std::string_view name);

// Whether a contact who opted out of reminders still gets mails of `kind`:
// reminders and digests are skipped; the opening of a round, a returned
// report and "all reports are in" are not reminders and always go.
bool IsReminderKind(MailKind kind);

// One expected report named in a mail.
struct MailItem {
  std::string code;   // e.g. "1.2.3" or an indicator's code
  std::string title;
  std::string state;  // "not_started", "draft", "submitted", "returned", "accepted"
  std::string period; // the period's code, e.g. "2023-Q3"
};

// The facts a mail is composed from. Which fields matter depends on the
// kind; unused ones stay empty.
struct MailContent {
  MailKind kind = MailKind::kDigest;
  std::string organisation;  // the reporting organisation's name
  std::string period;        // the period's code, e.g. "2023-Q3"
  std::string deadline;      // Oslo time "YYYY-MM-DD HH:MM" or "...THH:MM"; "" when none
  // Whole days to the deadline; negative when it has passed (reminders).
  int days_left = 0;
  std::vector<MailItem> items;
  std::string comment;  // the secretariat's comment (returned)
};

// A mail waiting in the outbox.
struct OutgoingMail {
  // Unique per mail that should exist once, e.g. "opened:2023-Q3:user:17".
  // Enqueuing a second mail with the same key does nothing.
  std::string idempotency_key;
  std::string to_address;
  std::string to_name;
  std::string language = "nb";  // "nb" or "en"
  MailContent content;
};

}  // namespace fremdrift
