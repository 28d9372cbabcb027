#include <csignal>
#include <cstdlib>
#include <iostream>

#include "cli/commands.h"
#include "domain/failure.h"
#include "storage/connection_pool.h"
#include "web/server.h"

namespace fremdrift {

int ServeCommand(const Args& args) {
  args.AllowOnly({"db", "port", "bind", "assets", "threads", "achievement-tolerance",
                  "session-idle-minutes", "trust-proxy"});
  ServerConfig config;
  config.bind = args.Flag("bind").value_or("127.0.0.1");
  std::string port = args.Flag("port").value_or("8080");
  if (port.empty() || port.size() > 5 || port.find_first_not_of("0123456789") != std::string::npos ||
      std::stoi(port) > 65535) {
    throw Failure(FailureCode::kInvalid, "--port must be a number from 0 to 65535", "port");
  }
  config.port = std::stoi(port);
  config.assets_dir = args.Flag("assets").value_or("");
  if (auto t = args.Flag("threads")) {
    if (t->empty() || t->size() > 4 || t->find_first_not_of("0123456789") != std::string::npos ||
        std::stoi(*t) < 1) {
      throw Failure(FailureCode::kInvalid, "--threads must be a number from 1 to 9999", "threads");
    }
    config.threads = std::stoi(*t);
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
  std::cout << "Fremdrift is running on http://" << config.bind << ":" << server.port()
            << "/ (Ctrl+C stops it)" << std::endl;
  int sig = 0;
  sigwait(&stop, &sig);
  std::cout << "Stopping." << std::endl;
  server.Stop();
  return 0;
}

}  // namespace fremdrift
