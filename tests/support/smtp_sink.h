// A real SMTP server on loopback for tests: tests/support/smtp_sink.py
// (Debian's python3-aiosmtpd, run by /usr/bin/python3) in a child
// process, writing every mail it accepts to a folder, and the mails read
// back. It can be stopped and
// started again on the same port, to show that mail waits for it.
#pragma once

#include <sys/types.h>

#include <string>
#include <vector>

namespace fremdrift::testing {

struct ReceivedMail {
  std::vector<std::string> rcpt_tos;  // the envelope's recipients
  std::string mail_from;              // the envelope's sender
  std::string subject;                // decoded
  std::string body;                   // decoded plain text
  std::string message_id;
  std::string content_type;
  std::string login;  // the user that logged in, "" without AUTH
};

// How the sink guards itself: STARTTLS with a certificate, AUTH with one
// user. Empty members leave that out.
struct SmtpSinkSecurity {
  std::string cert_file, key_file;  // offer and require STARTTLS
  std::string user, password;       // require AUTH (after STARTTLS)
};

class SmtpSink {
 public:
  // Picks a free port and starts the server (throws when it cannot).
  explicit SmtpSink(SmtpSinkSecurity security = {});
  ~SmtpSink();  // stops the server and removes the folder
  SmtpSink(const SmtpSink&) = delete;
  SmtpSink& operator=(const SmtpSink&) = delete;

  int port() const { return port_; }
  std::string url() const { return "smtp://127.0.0.1:" + std::to_string(port_); }

  // Stops the server (connections are refused until Start).
  void Stop();
  // Starts it again on the same port; returns once it accepts connections.
  void Start();

  // Every mail received so far, in the order received.
  std::vector<ReceivedMail> Mails() const;

  // Waits up to `seconds` for at least `count` mails; returns them all.
  std::vector<ReceivedMail> WaitForMails(size_t count, int seconds) const;

 private:
  SmtpSinkSecurity security_;
  std::string folder_;
  int port_ = 0;
  pid_t pid_ = -1;
  std::string log_path_;
};

}  // namespace fremdrift::testing
