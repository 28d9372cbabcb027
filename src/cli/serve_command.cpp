#include <csignal>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <optional>

#include "cli/commands.h"
#include "cli/serve_settings.h"
#include "cli/oidc_flags.h"
#include "app/round_mail_hook.h"
#include "domain/failure.h"
#include "mail/outbox_sender.h"
#include "app/import_jobs.h"
#include "storage/connection_pool.h"
#include "web/server.h"

namespace fremdrift {
namespace {

// The HTTP server's limits against slow, large or many requests
// (docs/security.md, "The HTTP layer"); defaults from ServerConfig.
void ApplyServerLimits(const ServeSettings& args, ServerConfig& config) {
  constexpr int64_t kMiB = 1024 * 1024;
  config.io_threads = static_cast<int>(args.WholeNumber("io-threads", 1, 64, config.io_threads));
  config.max_body_bytes =
      args.WholeNumber("max-body-mib", 1, 1024, static_cast<int64_t>(config.max_body_bytes / kMiB)) * kMiB;
  config.max_import_bytes =
      args.WholeNumber("max-import-mib", 1, 16384, static_cast<int64_t>(config.max_import_bytes / kMiB)) *
      kMiB;
  config.max_anonymous_body_bytes =
      args.WholeNumber("max-anonymous-kib", 1, 1024, static_cast<int64_t>(config.max_anonymous_body_bytes / 1024)) *
      1024;
  config.header_timeout_seconds =
      static_cast<int>(args.WholeNumber("header-timeout", 1, 600, config.header_timeout_seconds));
  config.body_grace_seconds =
      static_cast<int>(args.WholeNumber("body-grace", 1, 600, config.body_grace_seconds));
  config.min_body_bytes_per_second = static_cast<size_t>(
      args.WholeNumber("min-body-rate", 1, 1 << 30, static_cast<int64_t>(config.min_body_bytes_per_second)));
  config.request_timeout_seconds =
      static_cast<int>(args.WholeNumber("request-timeout", 1, 3600, config.request_timeout_seconds));
  config.shutdown_seconds =
      static_cast<int>(args.WholeNumber("shutdown-timeout", 1, 3600, config.shutdown_seconds));
}

// The mail settings of `serve` (docs/reporting.md, "Mail"): without
// --smtp, mails are written to the log.
MailSenderConfig MailConfig(const ServeSettings& args, const ServerConfig& server) {
  MailSenderConfig mail;
  mail.assets_dir = server.assets_dir.empty() ? DefaultAssetsDir() : server.assets_dir;
  mail.public_url = args.Flag("public-url").value_or(
      "http://" + server.bind + ":" + std::to_string(server.port));
  if (mail.public_url.rfind("http://", 0) != 0 && mail.public_url.rfind("https://", 0) != 0) {
    args.Invalid("public-url", "settings_public_url");
  }
  mail.retry_base_seconds = args.Seconds("mail-retry-seconds", 30);
  mail.retry_max_seconds =
      std::max(mail.retry_base_seconds, args.Seconds("mail-retry-max-seconds", 3600));
  // How often due reminders and digests are looked for.
  mail.schedule_seconds = args.Seconds("mail-schedule-seconds", mail.schedule_seconds);
  bool smtp_only = args.Has("mail-from") || args.Has("smtp-user") || args.Has("smtp-password-file") ||
                   args.Has("smtp-ca-file");
  if (auto url = args.Flag("smtp")) {
    SmtpSettings smtp = ParseSmtpUrl(*url);
    smtp.from = args.Required("mail-from");
    if (smtp.from.find('@') == std::string::npos ||
        smtp.from.find_first_of("\r\n<>,; ") != std::string::npos) {
      args.Invalid("mail-from", "settings_mail_from");
    }
    smtp.user = args.Flag("smtp-user").value_or("");
    if (auto file = args.Flag("smtp-password-file")) {
      smtp.password = ReadSecretFile(*file, args.NameOf("smtp-password-file"), args.text());
    }
    if (auto ca = args.Flag("smtp-ca-file")) {
      if (!smtp.starttls) {
        args.Invalid("smtp-ca-file", "settings_ca_needs_starttls");
      }
      if (!std::ifstream(*ca)) {
        args.Invalid("smtp-ca-file", "settings_file_unreadable_named", {{"file", *ca}});
      }
      smtp.ca_file = *ca;
    }
    if (smtp.user.empty() != smtp.password.empty()) {
      args.Invalid("smtp-user", "settings_smtp_user_password");
    }
    mail.smtp = smtp;
  } else if (smtp_only) {
    args.Invalid("smtp", "settings_smtp_needed");
  }
  return mail;
}

}  // namespace

// The flags of `serve`; each is also a key of its configuration file
// (with `_` for `-`) and an environment variable (serve_settings.h).
const std::vector<std::string> kServeFlags = {
    "db", "port", "bind", "assets", "threads", "achievement-tolerance", "session-idle-minutes",
    "trust-proxy", "smtp", "smtp-user", "smtp-password-file", "smtp-ca-file", "mail-from",
    "public-url", "mail-retry-seconds", "mail-retry-max-seconds", "mail-schedule-seconds",
    "io-threads", "max-body-mib", "max-import-mib", "max-anonymous-kib", "header-timeout",
    "body-grace", "min-body-rate", "request-timeout", "shutdown-timeout", "access-log",
    "metrics-token-file"};

int ServeCommand(const Args& command_line) {
  std::vector<std::string> known(kServeFlags);
  const std::vector<std::string> oidc_flags = OidcServeFlagNames(command_line);  // docs/sign-in.md
  known.insert(known.end(), oidc_flags.begin(), oidc_flags.end());
  ServeSettings args(command_line, known);
  ServerConfig config;
  config.access_log = &std::cout;  // one JSON line per request
  config.bind = args.Flag("bind").value_or("127.0.0.1");
  config.port = static_cast<int>(args.WholeNumber("port", 0, 65535, 8080));
  config.assets_dir = args.Flag("assets").value_or("");
  config.threads = static_cast<int>(args.WholeNumber("threads", 1, 9999, config.threads));
  ApplyServerLimits(args, config);
  if (!args.YesNo("access-log", true)) config.access_log = nullptr;
  config.achievement.tolerance = args.Share("achievement-tolerance", config.achievement.tolerance);
  if (args.Has("session-idle-minutes")) {
    config.session.idle_seconds = args.WholeNumber("session-idle-minutes", 1, 99999, 60) * 60;
  }
  config.trust_proxy = args.YesNo("trust-proxy", config.trust_proxy);
  // Operations (docs/operations.md): who may read /metrics; /readyz says
  // "not ready" from the moment a stop signal comes.
  if (auto file = args.Flag("metrics-token-file")) {
    config.metrics_token = ReadSecretFile(*file, args.NameOf("metrics-token-file"), args.text());
  }
  ServerMetrics metrics;
  config.metrics = &metrics;

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
  {
    // Jobs left running by a server that died (docs/operations.md, "Stopping").
    auto conn = pool.Acquire();
    if (int n = FailInterruptedJobs(*conn, true)) {
      std::cout << n << " import job(s) were interrupted when the server last stopped; marked failed." << std::endl;
    }
  }
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
  metrics.SetDraining();
  std::cout << "Stopping." << std::endl;
  sender.Stop();
  server.Stop();
  return 0;
}

}  // namespace fremdrift
