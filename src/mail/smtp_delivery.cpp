#include "mail/smtp_delivery.h"

#include <map>
#include <mutex>
#include <stdexcept>

#include <Poco/Net/Context.h>
#include <Poco/Net/MailMessage.h>
#include <Poco/Net/MailRecipient.h>
#include <Poco/Net/SSLManager.h>
#include <Poco/Net/SecureSMTPClientSession.h>
#include <Poco/Net/SMTPClientSession.h>

#include "domain/failure.h"

namespace fremdrift {
namespace {

// The TLS client context for STARTTLS, one per CA file: the server's
// certificate must chain to the system's CAs or those of `ca_file`, and
// name the host.
Poco::Net::Context::Ptr ClientContext(const std::string& ca_file) {
  static std::once_flag once;
  static std::mutex mutex;
  static std::map<std::string, Poco::Net::Context::Ptr> contexts;
  std::call_once(once, [] { Poco::Net::initializeSSL(); });
  std::lock_guard<std::mutex> lock(mutex);
  auto& context = contexts[ca_file];
  if (!context) {
    context = new Poco::Net::Context(Poco::Net::Context::TLS_CLIENT_USE, "", "", ca_file,
                                     Poco::Net::Context::VERIFY_RELAXED, 9, true);
  }
  return context;
}

void FillMailMessage(const SmtpSettings& s, const SmtpMessage& m, Poco::Net::MailMessage& msg) {
  msg.setSender(s.from);
  msg.addRecipient(Poco::Net::MailRecipient(Poco::Net::MailRecipient::PRIMARY_RECIPIENT, m.to));
  msg.setSubject(Poco::Net::MailMessage::encodeWord(m.subject, "UTF-8"));
  msg.set("Message-ID", "<" + m.message_id + ">");
  // Automatic mail: no out-of-office replies, please (RFC 3834).
  msg.set("Auto-Submitted", "auto-generated");
  msg.setContentType("text/plain; charset=UTF-8");
  msg.setContent(m.body, Poco::Net::MailMessage::ENCODING_QUOTED_PRINTABLE);
}

}  // namespace

static void DeliverOnce(const SmtpSettings& s, const SmtpMessage& m) {
  if (m.to.find_first_of("\r\n<>,; ") != std::string::npos || m.to.find('@') == std::string::npos) {
    throw Failure(FailureCode::kInvalid, "not a deliverable address: " + m.to, "email");
  }
  Poco::Net::MailMessage msg;
  FillMailMessage(s, m, msg);
  Poco::Timespan timeout(s.timeout_seconds, 0);
  auto login = [&](Poco::Net::SMTPClientSession& session) {
    if (s.user.empty()) {
      session.login();
    } else {
      session.login(Poco::Net::SMTPClientSession::AUTH_PLAIN, s.user, s.password);
    }
  };
  if (s.starttls) {
    Poco::Net::SecureSMTPClientSession session(s.host, static_cast<Poco::UInt16>(s.port));
    session.setTimeout(timeout);
    session.login();
    if (!session.startTLS(ClientContext(s.ca_file))) {
      throw Failure(FailureCode::kInternal, "the mail server does not offer STARTTLS", "smtp");
    }
    login(session);
    session.sendMessage(msg);
    session.close();
  } else {
    Poco::Net::SMTPClientSession session(s.host, static_cast<Poco::UInt16>(s.port));
    session.setTimeout(timeout);
    login(session);
    session.sendMessage(msg);
    session.close();
  }
}

void DeliverBySmtp(const SmtpSettings& s, const SmtpMessage& m) {
  try {
    DeliverOnce(s, m);
  } catch (const Poco::Exception& e) {
    // POCO's what() is only the class ("SMTP Exception"); the outbox keeps
    // the server's answer for the operator.
    throw std::runtime_error(e.displayText());
  }
}

}  // namespace fremdrift
