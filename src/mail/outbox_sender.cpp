#include "mail/outbox_sender.h"

#include <unistd.h>

#include <chrono>
#include <random>

#include "domain/failure.h"
#include "domain/mail_schedule.h"
#include "formats/mail_json.h"
#include "mail/smtp_delivery.h"
#include "render/i18n.h"
#include "render/mail_text.h"
#include "render/url_for.h"
#include "storage/mail_outbox_store.h"
#include "storage/system_clock.h"

namespace fremdrift {
namespace {

// host:pid:random, unique among the senders on one database.
std::string WorkerName() {
  char host[256] = {0};
  gethostname(host, sizeof host - 1);
  std::random_device rd;
  return std::string(host) + ":" + std::to_string(getpid()) + ":" + std::to_string(rd());
}

// A Message-ID from the idempotency key: the same mail always has the
// same id, so a receiver can drop a copy.
std::string MessageId(const std::string& key) {
  std::string id;
  for (char c : key) {
    bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-';
    id += ok ? c : '.';
  }
  while (id.find("..") != std::string::npos) id.replace(id.find(".."), 2, ".");
  if (!id.empty() && id.front() == '.') id.erase(0, 1);
  if (!id.empty() && id.back() == '.') id.pop_back();
  return id + "@fremdrift";
}

std::string WithoutTrailingSlash(std::string url) {
  while (!url.empty() && url.back() == '/') url.pop_back();
  return url;
}

}  // namespace

std::string TasksUrl(const std::string& public_url, const std::string& lang) {
  return WithoutTrailingSlash(public_url) + UrlFor(routes::kTasks) + (lang == "en" ? "?lang=en" : "");
}

std::string CoverageUrl(const std::string& public_url, const std::string& period) {
  return WithoutTrailingSlash(public_url) + UrlFor(routes::kReportCoverage, period);
}

OutboxSender::OutboxSender(ConnectionPool& pool, MailSenderConfig config, std::ostream& log)
    : pool_(pool), config_(std::move(config)), log_(log), worker_(WorkerName()) {}

OutboxSender::~OutboxSender() { Stop(); }

void OutboxSender::AddJob(ScheduledMailJob job) { jobs_.push_back(std::move(job)); }

void OutboxSender::Start() {
  // Fail at start, not at the first mail, when the catalogue is missing.
  CatalogueFor(config_.assets_dir, "nb");
  CatalogueFor(config_.assets_dir, "en");
  thread_ = std::thread([this] { Loop(); });
}

void OutboxSender::Stop() {
  {
    std::lock_guard<std::mutex> lock(mutex_);
    stopping_ = true;
  }
  wake_.notify_all();
  if (thread_.joinable()) thread_.join();
}

void OutboxSender::Loop() {
  std::unique_lock<std::mutex> lock(mutex_);
  while (!stopping_) {
    lock.unlock();
    try {
      RunOnce(SystemClock().NowUtcSeconds());
    } catch (const std::exception& e) {
      // The database is away, say: try again on the next pass.
      log_ << "mail: pass failed: " << e.what() << std::endl;
    }
    lock.lock();
    wake_.wait_for(lock, std::chrono::milliseconds(config_.poll_milliseconds),
                   [this] { return stopping_; });
  }
}

int OutboxSender::RunOnce(int64_t now) {
  auto conn = pool_.Acquire();
  if (now >= next_jobs_at_) {
    next_jobs_at_ = now + config_.schedule_seconds;
    for (const auto& job : jobs_) {
      try {
        job(*conn, now);
      } catch (const std::exception& e) {
        log_ << "mail: scheduled job failed: " << e.what() << std::endl;
      }
    }
  }
  MailOutboxStore outbox(*conn);
  int delivered = 0;
  for (const OutboxMail& mail : outbox.Claim(worker_, now, config_.lease_seconds, config_.batch)) {
    if (Deliver(*conn, mail, now)) ++delivered;
  }
  return delivered;
}

bool OutboxSender::Deliver(SqlConnection& conn, const OutboxMail& mail, int64_t now) {
  MailOutboxStore outbox(conn);
  try {
    const Catalogue& t = CatalogueFor(config_.assets_dir, mail.language);
    MailContent content = MailContentFromJson(mail.content_json);
    std::string base = WithoutTrailingSlash(config_.public_url);
    MailText text = ComposeMail(t, content, mail.recipient_name,
                                {TasksUrl(config_.public_url, mail.language), base + UrlFor(routes::kMySettings),
                                 CoverageUrl(config_.public_url, content.period)});
    if (config_.smtp) {
      DeliverBySmtp(*config_.smtp, {mail.recipient, text.subject, text.body,
                                    MessageId(mail.idempotency_key)});
      log_ << "mail: sent " << mail.kind << " to " << mail.recipient << " (" << mail.idempotency_key
           << ")" << std::endl;
    } else {
      log_ << "mail: (no --smtp, not sent) To: " << mail.recipient << "\nSubject: " << text.subject
           << "\n\n" << text.body << std::endl;
    }
  } catch (const std::exception& e) {
    int64_t next = now + RetryDelaySeconds(static_cast<int>(mail.attempts) + 1,
                                           config_.retry_base_seconds, config_.retry_max_seconds);
    outbox.MarkFailed(mail.id, worker_, next, e.what());
    log_ << "mail: delivery of " << mail.idempotency_key << " to " << mail.recipient
         << " failed (attempt " << mail.attempts + 1 << "), retrying in " << next - now
         << " s: " << e.what() << std::endl;
    return false;
  }
  outbox.MarkSent(mail.id, worker_, now);
  return true;
}

}  // namespace fremdrift
