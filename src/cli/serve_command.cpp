#include <csignal>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <optional>

#include "cli/commands.h"
#include "cli/oidc_flags.h"
#include "app/round_mail_hook.h"
#include "domain/failure.h"
#include "mail/outbox_sender.h"
#include "storage/connection_pool.h"
#include "web/server.h"

namespace fremdrift {
namespace {

// A whole number of seconds from 1 to 86400 in flag `name`.
int64_t SecondsFlag(const Args& args, const std::string& name, int64_t fallback) {
  auto v = args.Flag(name);
  if (!v) return fallback;
  if (v->empty() || v->size() > 5 || v->find_first_not_of("0123456789") != std::string::npos ||
      std::stoll(*v) < 1 || std::stoll(*v) > 86400) {
    throw Failure(FailureCode::kInvalid, "--" + name + " must be a number of seconds from 1 to 86400",
                  name);
  }
  return std::stoll(*v);
}

// A whole number from `min` to `max` in flag `name`, or `fallback`.
int64_t BoundedFlag(const Args& args, const std::string& name, int64_t min, int64_t max,
                    int64_t fallback) {
  auto v = args.Flag(name);
  if (!v) return fallback;
  bool digits = !v->empty() && v->size() <= 12 && v->find_first_not_of("0123456789") == std::string::npos;
  if (!digits || std::stoll(*v) < min || std::stoll(*v) > max) {
    throw Failure(FailureCode::kInvalid,
                  "--" + name + " must be a whole number from " + std::to_string(min) + " to " +
                      std::to_string(max),
                  name);
  }
  return std::stoll(*v);
}

// The HTTP server's limits against slow, large or many requests
// (docs/security.md, "The HTTP layer"); defaults from ServerConfig.
void ApplyServerLimits(const Args& args, ServerConfig& config) {
  constexpr int64_t kMiB = 1024 * 1024;
  config.io_threads = static_cast<int>(BoundedFlag(args, "io-threads", 1, 64, config.io_threads));
  config.max_body_bytes =
      BoundedFlag(args, "max-body-mib", 1, 1024, static_cast<int64_t>(config.max_body_bytes / kMiB)) * kMiB;
  config.max_import_bytes =
      BoundedFlag(args, "max-import-mib", 1, 16384, static_cast<int64_t>(config.max_import_bytes / kMiB)) *
      kMiB;
  config.max_anonymous_body_bytes =
      BoundedFlag(args, "max-anonymous-kib", 1, 1024,
                  static_cast<int64_t>(config.max_anonymous_body_bytes / 1024)) *
      1024;
  config.header_timeout_seconds =
      static_cast<int>(BoundedFlag(args, "header-timeout", 1, 600, config.header_timeout_seconds));
  config.body_grace_seconds =
      static_cast<int>(BoundedFlag(args, "body-grace", 1, 600, config.body_grace_seconds));
  config.min_body_bytes_per_second = static_cast<size_t>(
      BoundedFlag(args, "min-body-rate", 1, 1 << 30, static_cast<int64_t>(config.min_body_bytes_per_second)));
  config.request_timeout_seconds =
      static_cast<int>(BoundedFlag(args, "request-timeout", 1, 3600, config.request_timeout_seconds));
  config.shutdown_seconds =
      static_cast<int>(BoundedFlag(args, "shutdown-timeout", 1, 3600, config.shutdown_seconds));
}

// The mail settings of `serve` (docs/reporting.md, "Mail"): without
// --smtp, mails are written to the log.
MailSenderConfig MailConfig(const Args& args, const ServerConfig& server) {
  MailSenderConfig mail;
  mail.assets_dir = server.assets_dir.empty() ? DefaultAssetsDir() : server.assets_dir;
  mail.public_url = args.Flag("public-url").value_or(
      "http://" + server.bind + ":" + std::to_string(server.port));
  if (mail.public_url.rfind("http://", 0) != 0 && mail.public_url.rfind("https://", 0) != 0) {
    throw Failure(FailureCode::kInvalid, "--public-url must start with http:// or https://",
                  "public-url");
  }
  mail.retry_base_seconds = SecondsFlag(args, "mail-retry-seconds", 30);
  mail.retry_max_seconds =
      std::max(mail.retry_base_seconds, SecondsFlag(args, "mail-retry-max-seconds", 3600));
  // How often due reminders and digests are looked for.
  mail.schedule_seconds = SecondsFlag(args, "mail-schedule-seconds", mail.schedule_seconds);
  bool smtp_only = args.Has("mail-from") || args.Has("smtp-user") || args.Has("smtp-password-file") ||
                   args.Has("smtp-ca-file");
  if (auto url = args.Flag("smtp")) {
    SmtpSettings smtp = ParseSmtpUrl(*url);
    smtp.from = args.Required("mail-from");
    if (smtp.from.find('@') == std::string::npos ||
        smtp.from.find_first_of("\r\n<>,; ") != std::string::npos) {
      throw Failure(FailureCode::kInvalid, "--mail-from must be an e-mail address", "mail-from");
    }
    smtp.user = args.Flag("smtp-user").value_or("");
    if (auto file = args.Flag("smtp-password-file")) {
      std::ifstream in(*file);
      if (!in || !std::getline(in, smtp.password)) {
        throw Failure(FailureCode::kInvalid, "cannot read the password from --smtp-password-file " +
                                                 *file, "smtp-password-file");
      }
      if (!smtp.password.empty() && smtp.password.back() == '\r') smtp.password.pop_back();
    }
    if (auto ca = args.Flag("smtp-ca-file")) {
      if (!smtp.starttls) {
        throw Failure(FailureCode::kInvalid, "--smtp-ca-file needs --smtp smtp+starttls://HOST:PORT",
                      "smtp-ca-file");
      }
      if (!std::ifstream(*ca)) {
        throw Failure(FailureCode::kInvalid, "cannot read --smtp-ca-file " + *ca, "smtp-ca-file");
      }
      smtp.ca_file = *ca;
    }
    if (smtp.user.empty() != smtp.password.empty()) {
      throw Failure(FailureCode::kInvalid,
                    "--smtp-user and --smtp-password-file go together", "smtp-user");
    }
    mail.smtp = smtp;
  } else if (smtp_only) {
    throw Failure(FailureCode::kInvalid,
                  "--mail-from, --smtp-user, --smtp-password-file and --smtp-ca-file need --smtp", "smtp");
  }
  return mail;
}

}  // namespace

int ServeCommand(const Args& args) {
  std::vector<std::string> allowed(OidcServeFlagNames());
  allowed.insert(allowed.end(), {"db", "port", "bind", "assets", "threads", "achievement-tolerance",
                  "session-idle-minutes", "trust-proxy", "smtp", "smtp-user",
                  "smtp-password-file", "smtp-ca-file", "mail-from", "public-url", "mail-retry-seconds",
                  "mail-retry-max-seconds", "mail-schedule-seconds", "io-threads", "max-body-mib", "max-import-mib",
                  "max-anonymous-kib", "header-timeout", "body-grace", "min-body-rate",
                  "request-timeout", "shutdown-timeout", "access-log"});
  args.AllowOnly(allowed);
  ServerConfig config;
  config.access_log = &std::cout;  // one JSON line per request
  config.bind = args.Flag("bind").value_or("127.0.0.1");
  std::string port = args.Flag("port").value_or("8080");
  if (port.empty() || port.size() > 5 || port.find_first_not_of("0123456789") != std::string::npos ||
      std::stoi(port) > 65535) {
    throw Failure(FailureCode::kInvalid, "--port must be a number from 0 to 65535", "port");
  }
  config.port = std::stoi(port);
  config.assets_dir = args.Flag("assets").value_or("");
  config.threads = static_cast<int>(BoundedFlag(args, "threads", 1, 9999, config.threads));
  ApplyServerLimits(args, config);
  if (auto log = args.Flag("access-log")) {
    if (*log != "yes" && *log != "no") {
      throw Failure(FailureCode::kInvalid, "--access-log must be yes or no", "access-log");
    }
    if (*log == "no") config.access_log = nullptr;
  }
  if (auto t = args.Flag("achievement-tolerance")) {
    char* end = nullptr;
    double v = std::strtod(t->c_str(), &end);
    if (t->empty() || *end != '\0' || !(v >= 0 && v <= 1)) {
      throw Failure(FailureCode::kInvalid, "--achievement-tolerance must be a share from 0 to 1, e.g. 0.1",
                    "achievement-tolerance");
    }
    config.achievement.tolerance = v;
  }
  if (auto m = args.Flag("session-idle-minutes")) {
    if (m->empty() || m->size() > 5 || m->find_first_not_of("0123456789") != std::string::npos ||
        std::stoi(*m) < 1) {
      throw Failure(FailureCode::kInvalid, "--session-idle-minutes must be a number from 1 to 99999",
                    "session-idle-minutes");
    }
    config.session.idle_seconds = std::stoll(*m) * 60;
  }
  if (auto p = args.Flag("trust-proxy")) {
    if (*p != "yes" && *p != "no") {
      throw Failure(FailureCode::kInvalid, "--trust-proxy must be yes or no", "trust-proxy");
    }
    config.trust_proxy = *p == "yes";
  }

  MailSenderConfig mail = MailConfig(args, config);
  ApplyOidcFlags(args, config);  // docs/sign-in.md

  // Block the stop signals before any thread starts so that only the
  // sigwait below receives them.
  sigset_t stop;
  sigemptyset(&stop);
  sigaddset(&stop, SIGINT);
  sigaddset(&stop, SIGTERM);
  pthread_sigmask(SIG_BLOCK, &stop, nullptr);

  ConnectionPool pool(args.DatabaseUrl());
  WebServer server(pool, config);
  server.Start();
  if (args.Flag("port") == "0" && !args.Has("public-url")) {
    mail.public_url = "http://" + config.bind + ":" + std::to_string(server.port());
  }
  OutboxSender sender(pool, mail, std::cout);
  sender.AddJob(EnqueueDueRoundMail);  // reminders and digests
  sender.Start();
  std::cout << "Fremdrift is running on http://" << config.bind << ":" << server.port()
            << "/ (Ctrl+C stops it)" << std::endl;
  std::cout << (mail.smtp ? "Mail goes to " + mail.smtp->host + ":" + std::to_string(mail.smtp->port)
                          : std::string("Mail is written to this log (no --smtp given)"))
            << "; links point to " << mail.public_url << std::endl;
  int sig = 0;
  sigwait(&stop, &sig);
  std::cout << "Stopping." << std::endl;
  sender.Stop();
  server.Stop();
  return 0;
}

}  // namespace fremdrift
