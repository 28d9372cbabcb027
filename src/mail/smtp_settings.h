// Where and how `fremdrift serve` delivers mail: an SMTP server given as
// smtp://HOST:PORT (no encryption) or smtp+starttls://HOST:PORT (STARTTLS
// required, the server's certificate verified against the system's CAs),
// optional credentials (AUTH PLAIN, RFC 4616) and the sender address.
#pragma once

#include <string>

namespace fremdrift {

struct SmtpSettings {
  std::string host;
  int port = 25;
  bool starttls = false;
  std::string user;      // "" sends without AUTH
  std::string password;
  std::string from;      // the envelope and From address
  // A PEM file of further CAs to trust for STARTTLS (an internal CA),
  // besides the system's; "" trusts the system's only.
  std::string ca_file;
  int timeout_seconds = 30;
};

// Parses `url` (smtp://HOST[:PORT] or smtp+starttls://HOST[:PORT]; the
// port defaults to 25 and 587). Throws Failure(kInvalid, field "smtp")
// naming what is wrong.
SmtpSettings ParseSmtpUrl(const std::string& url);

}  // namespace fremdrift
