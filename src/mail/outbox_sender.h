// The background sender of `fremdrift serve`: every poll interval it runs
// the scheduled mail jobs (reminders, digests; see app/round_mail.h),
// claims the outbox's due mails (storage/mail_outbox_store.h), composes
// each in its recipient's language (render/mail_text.h) and delivers it by
// SMTP, or writes it to the log when no SMTP server is configured.
//
// A mail is marked sent right after the server accepted it. A failed
// delivery is retried with exponential backoff (retry_base_seconds,
// doubling, at most retry_max_seconds), without end: a stopped mail server
// delays mail and never loses it. A crash between claim and delivery
// leaves a lease that runs out after lease_seconds; then the mail is
// claimed again. Several servers on one database share the work and never
// deliver one mail twice while their leases hold.
#pragma once

#include <atomic>
#include <condition_variable>
#include <cstdint>
#include <functional>
#include <mutex>
#include <optional>
#include <ostream>
#include <string>
#include <thread>
#include <vector>

#include "mail/smtp_settings.h"
#include "storage/connection_pool.h"
#include "storage/mail_outbox_store.h"

namespace fremdrift {

struct MailSenderConfig {
  // Deliver here; nullopt writes each mail to the log instead (and marks
  // it sent).
  std::optional<SmtpSettings> smtp;
  std::string public_url = "http://127.0.0.1:8080";  // links in mails
  std::string assets_dir;  // holds templates/i18n
  int64_t retry_base_seconds = 30;
  int64_t retry_max_seconds = 3600;
  int64_t lease_seconds = 600;  // well above one delivery's SMTP timeouts
  int poll_milliseconds = 2000;
  int batch = 50;  // mails claimed per pass
};

// A job run on every pass before delivery, in its own connection; it
// enqueues whatever mail is due at `now` (Unix seconds). An exception is
// logged and the next pass runs it again.
using ScheduledMailJob = std::function<void(SqlConnection& conn, int64_t now)>;

class OutboxSender {
 public:
  // `log` must outlive the sender; it is written from the sender's thread.
  OutboxSender(ConnectionPool& pool, MailSenderConfig config, std::ostream& log);
  ~OutboxSender();  // stops the thread
  OutboxSender(const OutboxSender&) = delete;
  OutboxSender& operator=(const OutboxSender&) = delete;

  void AddJob(ScheduledMailJob job);  // before Start()
  void Start();
  void Stop();

  // One pass at `now`: the jobs, then every due mail. Returns the number
  // delivered. The thread calls it; tests may call it directly instead.
  int RunOnce(int64_t now);

 private:
  void Loop();
  bool Deliver(SqlConnection& conn, const OutboxMail& mail, int64_t now);

  ConnectionPool& pool_;
  MailSenderConfig config_;
  std::ostream& log_;
  std::string worker_;  // this sender's name in leases
  std::vector<ScheduledMailJob> jobs_;
  std::mutex mutex_;
  std::condition_variable wake_;
  bool stopping_ = false;
  std::thread thread_;
};

// The tasks page and a period's coverage page under `public_url`.
std::string TasksUrl(const std::string& public_url, const std::string& lang);
std::string CoverageUrl(const std::string& public_url, const std::string& period);

}  // namespace fremdrift
