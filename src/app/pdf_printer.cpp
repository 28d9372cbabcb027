#include "app/pdf_printer.h"

#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cctype>
#include <cerrno>
#include <chrono>
#include <cstring>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <mutex>
#include <sstream>
#include <thread>
#include <vector>

#include "domain/failure.h"

extern char** environ;

namespace fremdrift {
namespace {

namespace fs = std::filesystem;

std::mutex& PrintMutex() {
  static std::mutex m;
  return m;
}

// A private temporary folder, removed with everything in it on scope exit.
class TempFolder {
 public:
  TempFolder() {
    std::string pattern = (fs::temp_directory_path() / "fremdrift-pdf-XXXXXX").string();
    std::vector<char> buf(pattern.begin(), pattern.end());
    buf.push_back('\0');
    if (!mkdtemp(buf.data())) {
      throw Failure(FailureCode::kInternal, "cannot create a temporary folder for printing");
    }
    path_ = buf.data();
  }
  ~TempFolder() {
    std::error_code ec;
    fs::remove_all(path_, ec);
  }
  TempFolder(const TempFolder&) = delete;
  TempFolder& operator=(const TempFolder&) = delete;
  const fs::path& path() const { return path_; }

 private:
  fs::path path_;
};

std::string ReadAll(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

// The last lines of Chromium's log that say something, without the noise
// of a headless machine (no D-Bus).
std::string LastWords(const fs::path& log) {
  std::istringstream in(ReadAll(log));
  std::vector<std::string> kept;
  for (std::string line; std::getline(in, line);) {
    if (line.empty() || line.find("dbus") != std::string::npos) continue;
    kept.push_back(line);
  }
  std::string out;
  for (size_t i = kept.size() > 3 ? kept.size() - 3 : 0; i < kept.size(); ++i) {
    out += (out.empty() ? "" : " | ") + kept[i];
  }
  return out.substr(0, 600);
}

std::string FileUrl(const fs::path& p) {
  std::string abs = fs::absolute(p).string();
  std::string out = "file://";
  for (unsigned char c : abs) {
    if (isalnum(c) || c == '/' || c == '-' || c == '_' || c == '.' || c == '~') {
      out += static_cast<char>(c);
    } else {
      static const char* hex = "0123456789ABCDEF";
      out += '%';
      out += hex[c >> 4];
      out += hex[c & 15];
    }
  }
  return out;
}

// Runs `argv` in its own process group with stdout and stderr to `log`;
// kills the whole group after `timeout_seconds`. Returns the exit status
// (as waitpid gives it), or throws on timeout.
int RunWithTimeout(const std::vector<std::string>& argv, const fs::path& log, int timeout_seconds) {
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addopen(&actions, STDIN_FILENO, "/dev/null", O_RDONLY, 0);
  posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, log.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
  posix_spawn_file_actions_adddup2(&actions, STDOUT_FILENO, STDERR_FILENO);
  posix_spawnattr_t attr;
  posix_spawnattr_init(&attr);
  posix_spawnattr_setflags(&attr, POSIX_SPAWN_SETPGROUP);
  posix_spawnattr_setpgroup(&attr, 0);

  std::vector<char*> args;
  for (const auto& a : argv) args.push_back(const_cast<char*>(a.c_str()));
  args.push_back(nullptr);
  pid_t pid = 0;
  int rc = posix_spawn(&pid, args[0], &actions, &attr, args.data(), environ);
  posix_spawn_file_actions_destroy(&actions);
  posix_spawnattr_destroy(&attr);
  if (rc != 0) {
    throw Failure(FailureCode::kInternal, "cannot start " + argv[0] + ": " + std::strerror(rc));
  }

  auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(timeout_seconds);
  int status = 0;
  while (true) {
    pid_t done = waitpid(pid, &status, WNOHANG);
    if (done == pid) break;
    if (done < 0 && errno != EINTR) {
      throw Failure(FailureCode::kInternal, std::string("waiting for Chromium failed: ") + std::strerror(errno));
    }
    if (std::chrono::steady_clock::now() > deadline) {
      kill(-pid, SIGKILL);
      waitpid(pid, &status, 0);
      throw Failure(FailureCode::kInternal, "Chromium did not finish printing within " +
                                                std::to_string(timeout_seconds) + " seconds");
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
  }
  // Helpers Chromium started in the group may outlive it; they are ours.
  kill(-pid, SIGKILL);
  return status;
}

}  // namespace

std::string ChromiumPath() {
  if (const char* env = std::getenv("FREMDRIFT_CHROMIUM"); env && *env) return env;
  return "/usr/bin/chromium";
}

bool ChromiumAvailable() {
  std::string path = ChromiumPath();
  return access(path.c_str(), X_OK) == 0 && !fs::is_directory(path);
}

void PrintHtmlFileToPdf(const std::string& html_path, const std::string& pdf_path, int timeout_seconds) {
  if (!ChromiumAvailable()) {
    throw Failure(FailureCode::kInternal, "Chromium is not installed: apt-get install chromium");
  }
  std::lock_guard<std::mutex> lock(PrintMutex());
  TempFolder work;
  fs::path profile = work.path() / "profile";
  fs::path log = work.path() / "chromium.log";
  std::error_code ec;
  fs::remove(pdf_path, ec);
  std::vector<std::string> argv{ChromiumPath(),
                                "--headless",
                                "--no-sandbox",
                                "--disable-gpu",
                                "--no-first-run",
                                "--disable-background-networking",
                                "--disable-component-update",
                                "--disable-sync",
                                "--user-data-dir=" + profile.string(),
                                "--no-pdf-header-footer",
                                "--print-to-pdf=" + fs::absolute(pdf_path).string(),
                                FileUrl(html_path)};
  int status = RunWithTimeout(argv, log, timeout_seconds);
  bool ok = WIFEXITED(status) && WEXITSTATUS(status) == 0;
  if (!ok || !fs::exists(pdf_path) || fs::file_size(pdf_path, ec) == 0) {
    std::string words = LastWords(log);
    throw Failure(FailureCode::kInternal,
                  "Chromium could not print " + html_path + " to PDF" +
                      (WIFEXITED(status) ? " (exit code " + std::to_string(WEXITSTATUS(status)) + ")"
                                         : std::string(" (killed by a signal)")) +
                      (words.empty() ? "" : ": " + words));
  }
}

std::string PrintHtmlToPdf(const std::string& html, int timeout_seconds) {
  if (!ChromiumAvailable()) {
    throw Failure(FailureCode::kInternal, "Chromium is not installed: apt-get install chromium");
  }
  TempFolder work;
  fs::path in = work.path() / "report.html";
  fs::path out = work.path() / "report.pdf";
  {
    std::ofstream f(in, std::ios::binary);
    f << html;
    if (!f) throw Failure(FailureCode::kInternal, "cannot write " + in.string());
  }
  PrintHtmlFileToPdf(in.string(), out.string(), timeout_seconds);
  return ReadAll(out);
}

}  // namespace fremdrift
