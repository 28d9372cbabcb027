// The subject and plain-text body of a round mail (domain/mail_message.h)
// in the recipient's language, composed from the catalogue's "mail_*"
// texts. Every mail greets the recipient, lists the items it is about,
// links to the tasks page and
// says why the recipient gets it; reminders say how to opt out.
#pragma once

#include <string>

#include "domain/mail_message.h"
#include "render/i18n.h"

namespace fremdrift {

struct MailText {
  std::string subject;  // one line
  std::string body;     // lines separated by "\n"
};

// The addresses a mail links to.
struct MailLinks {
  std::string tasks;     // the tasks page, e.g. https://host/oppgaver
  std::string settings;  // the recipient's settings (opt-out), in reminders
  std::string coverage;  // the period's coverage page, in "all reports are in"
};

MailText ComposeMail(const Catalogue& t, const MailContent& content,
                     const std::string& recipient_name, const MailLinks& links);

// A deadline stored as Oslo time "YYYY-MM-DD HH:MM" (or with a "T") in words:
// "15. oktober 2023 kl. 12.00" / "15 October 2023, 12:00". Anything else
// is returned as it is.
std::string MailDeadlineText(const Catalogue& t, const std::string& deadline);

}  // namespace fremdrift
