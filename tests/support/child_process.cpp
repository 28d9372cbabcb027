#include "support/child_process.h"

#include <Poco/Net/ServerSocket.h>
#include <Poco/Net/SocketAddress.h>
#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdlib>
#include <cstring>
#include <stdexcept>
#include <thread>

#include "support/file_text.h"
#include "support/test_server.h"

extern char** environ;

namespace fremdrift::testing {
namespace {

std::string TempFile(const char* what) {
  std::string path = "/tmp/fremdrift-" + std::string(what) + "-XXXXXX";
  int fd = mkstemp(path.data());
  if (fd < 0) throw std::runtime_error("cannot create " + path);
  close(fd);
  return path;
}

// Starts FREMDRIFT_BINARY with `args`, stdin from /dev/null and stdout and
// stderr appended to the given files.
pid_t Spawn(const std::vector<std::string>& args, const std::string& out_path,
            const std::string& err_path) {
  std::vector<std::string> argv_text = {FREMDRIFT_BINARY};
  argv_text.insert(argv_text.end(), args.begin(), args.end());
  std::vector<char*> argv;
  for (auto& a : argv_text) argv.push_back(a.data());
  argv.push_back(nullptr);

  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0);
  posix_spawn_file_actions_addopen(&actions, 1, out_path.c_str(), O_WRONLY | O_APPEND, 0);
  posix_spawn_file_actions_addopen(&actions, 2, err_path.c_str(), O_WRONLY | O_APPEND, 0);
  pid_t pid = -1;
  int rc = posix_spawn(&pid, argv[0], &actions, nullptr, argv.data(), environ);
  posix_spawn_file_actions_destroy(&actions);
  if (rc != 0) {
    throw std::runtime_error(std::string("cannot start ") + FREMDRIFT_BINARY + ": " +
                             std::strerror(rc));
  }
  return pid;
}

int ExitCode(int status) { return WIFEXITED(status) ? WEXITSTATUS(status) : -1; }

}  // namespace

CommandResult RunFremdrift(const std::vector<std::string>& args) {
  std::string out_path = TempFile("out"), err_path = TempFile("err");
  pid_t pid = -1;
  try {
    pid = Spawn(args, out_path, err_path);
  } catch (...) {
    std::remove(out_path.c_str());
    std::remove(err_path.c_str());
    throw;
  }
  int status = 0;
  while (waitpid(pid, &status, 0) < 0 && errno == EINTR) {
  }
  CommandResult r{ExitCode(status), ReadAll(out_path), ReadAll(err_path)};
  std::remove(out_path.c_str());
  std::remove(err_path.c_str());
  return r;
}

int FreeLoopbackPort() {
  Poco::Net::ServerSocket socket(Poco::Net::SocketAddress("127.0.0.1", 0));
  int port = socket.address().port();
  socket.close();
  return port;
}

ServerProcess::ServerProcess(const std::string& db_url, std::vector<std::string> extra_args, int port)
    : extra_args_(std::move(extra_args)), wanted_port_(port) {
  log_path_ = TempFile("serve-log");
  // The port can be taken between picking and binding it: try a few.
  try {
    for (int attempt = 0; attempt < 3; ++attempt) {
      if (TryStart(db_url)) return;
    }
  } catch (...) {
    Stop();
    std::remove(log_path_.c_str());
    throw;
  }
  std::string log = Log();
  std::remove(log_path_.c_str());
  throw std::runtime_error("fremdrift serve did not start:\n" + log);
}

bool ServerProcess::TryStart(const std::string& db_url) {
  port_ = wanted_port_ != 0 ? wanted_port_ : FreeLoopbackPort();
  std::vector<std::string> args = {"serve", "--db", db_url, "--port", std::to_string(port_),
                                   "--bind", "127.0.0.1", "--threads", "4", "--assets",
                                   FREMDRIFT_SOURCE_DIR};
  args.insert(args.end(), extra_args_.begin(), extra_args_.end());
  pid_ = Spawn(args, log_path_, log_path_);
  auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(30);
  while (std::chrono::steady_clock::now() < deadline) {
    int status = 0;
    if (waitpid(pid_, &status, WNOHANG) == pid_) {  // it gave up
      pid_ = -1;
      return false;
    }
    try {
      if (HttpRequest(port_, "GET", "/healthz").status == 200) return true;
    } catch (const std::exception&) {
      // Not listening yet.
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
  }
  Stop();
  return false;
}

int ServerProcess::Terminate(int seconds) {
  if (pid_ <= 0) return -1;
  kill(pid_, SIGTERM);
  auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(seconds);
  int status = 0;
  int code = -1;
  for (;;) {
    if (waitpid(pid_, &status, WNOHANG) == pid_) {
      if (WIFEXITED(status)) code = WEXITSTATUS(status);
      break;
    }
    if (std::chrono::steady_clock::now() > deadline) {
      kill(pid_, SIGKILL);
      waitpid(pid_, &status, 0);
      break;
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  }
  pid_ = -1;
  return code;
}

void ServerProcess::Kill() {
  if (pid_ <= 0) return;
  kill(pid_, SIGKILL);
  int status = 0;
  waitpid(pid_, &status, 0);
  pid_ = -1;
}

void ServerProcess::Stop() { Terminate(10); }

ServerProcess::~ServerProcess() {
  Stop();
  std::remove(log_path_.c_str());
}

std::string ServerProcess::Log() const { return ReadAll(log_path_); }

}  // namespace fremdrift::testing
