// Delivers one composed mail to an SMTP server with POCO's SMTP client:
// a new connection per call (EHLO, STARTTLS and AUTH PLAIN as the
// settings say, MAIL FROM, RCPT TO, DATA, QUIT). The body is sent as
// UTF-8 quoted-printable plain text; the subject is RFC 2047 encoded.
#pragma once

#include <string>

#include "mail/smtp_settings.h"

namespace fremdrift {

struct SmtpMessage {
  std::string to;          // the recipient's address
  std::string subject;
  std::string body;        // lines separated by "\n"
  std::string message_id;  // without angle brackets, e.g. "key@fremdrift"
};

// Throws std::exception (a Poco::Exception or Failure) when the server
// cannot be reached or refuses the mail; then it may or may not have been
// delivered only if the connection broke after DATA was accepted.
void DeliverBySmtp(const SmtpSettings& settings, const SmtpMessage& message);

}  // namespace fremdrift
