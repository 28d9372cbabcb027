// Running the real `fremdrift` binary (FREMDRIFT_BINARY) from tests: one
// command to completion with its output, or a `fremdrift serve` process
// on a free loopback port that is always stopped again.
#pragma once

#include <sys/types.h>

#include <string>
#include <vector>

namespace fremdrift::testing {

struct CommandResult {
  int exit_code = -1;  // -1 when killed by a signal
  std::string out;
  std::string err;
};

// Runs `fremdrift ARGS...` and waits for it. Throws std::runtime_error if
// it cannot be started.
CommandResult RunFremdrift(const std::vector<std::string>& args);

// A port on 127.0.0.1 that was free a moment ago.
int FreeLoopbackPort();

// `fremdrift serve --db URL --port N` as a child process. The constructor
// returns once /healthz answers 200 (or throws, with the server's log);
// the destructor stops it with SIGTERM, then SIGKILL if it lingers.
class ServerProcess {
 public:
  // `extra_args` are added to the serve command, e.g. {"--smtp", URL}.
  // `port` (when not 0) is the port to serve on, for a test that must
  // know it before the server starts (e.g. to register a redirect URI).
  explicit ServerProcess(const std::string& db_url, std::vector<std::string> extra_args = {},
                         int port = 0);
  ~ServerProcess();
  ServerProcess(const ServerProcess&) = delete;
  ServerProcess& operator=(const ServerProcess&) = delete;

  int port() const { return port_; }
  pid_t pid() const { return pid_; }
  // Sends SIGTERM and waits up to `seconds` for the server to exit; its
  // exit code, or -1 when it had to be killed (or died of a signal).
  int Terminate(int seconds = 10);
  // Kills the server with SIGKILL, as a crash or the machine stopping
  // would, and waits for it to be gone.
  void Kill();
  std::string Log() const;  // what it wrote to stdout and stderr so far

 private:
  bool TryStart(const std::string& db_url);
  std::vector<std::string> extra_args_;
  int wanted_port_ = 0;
  void Stop();

  pid_t pid_ = -1;
  int port_ = 0;
  std::string log_path_;
};

}  // namespace fremdrift::testing
