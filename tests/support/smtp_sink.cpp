#include "support/smtp_sink.h"

#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <Poco/Net/ServerSocket.h>
#include <Poco/Net/SocketAddress.h>
#include <Poco/Net/StreamSocket.h>

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <stdexcept>
#include <thread>

#include <nlohmann/json.hpp>

#include "support/file_text.h"

extern char** environ;

namespace fremdrift::testing {
namespace {

namespace fs = std::filesystem;

bool Accepts(int port) {
  try {
    Poco::Net::StreamSocket s;
    s.connect(Poco::Net::SocketAddress("127.0.0.1", static_cast<Poco::UInt16>(port)),
              Poco::Timespan(1, 0));
    s.close();
    return true;
  } catch (const std::exception&) {
    return false;
  }
}

}  // namespace

SmtpSink::SmtpSink(SmtpSinkSecurity security) : security_(std::move(security)) {
  char folder[] = "/tmp/fremdrift-smtp-XXXXXX";
  if (!mkdtemp(folder)) throw std::runtime_error("cannot create a folder for the SMTP sink");
  folder_ = folder;
  log_path_ = folder_ + ".log";
  Poco::Net::ServerSocket socket(Poco::Net::SocketAddress("127.0.0.1", 0));
  port_ = socket.address().port();
  socket.close();
  Start();
}

SmtpSink::~SmtpSink() {
  Stop();
  std::error_code ec;
  fs::remove_all(folder_, ec);
  fs::remove(log_path_, ec);
}

void SmtpSink::Start() {
  if (pid_ > 0) return;
  std::string script = std::string(FREMDRIFT_SOURCE_DIR) + "/tests/support/smtp_sink.py";
  // Debian's interpreter, which python3-aiosmtpd is installed for (a
  // python3 earlier on PATH, e.g. from pyenv, would not have it).
  std::vector<std::string> args = {"/usr/bin/python3", script, folder_, std::to_string(port_)};
  if (!security_.cert_file.empty()) {
    args.insert(args.end(), {"--starttls", security_.cert_file, security_.key_file});
  }
  if (!security_.user.empty()) args.insert(args.end(), {"--auth", security_.user, security_.password});
  std::vector<char*> argv;
  for (auto& a : args) argv.push_back(a.data());
  argv.push_back(nullptr);
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0);
  posix_spawn_file_actions_addopen(&actions, 1, log_path_.c_str(), O_WRONLY | O_CREAT | O_APPEND,
                                   0600);
  posix_spawn_file_actions_addopen(&actions, 2, log_path_.c_str(), O_WRONLY | O_CREAT | O_APPEND,
                                   0600);
  int rc = posix_spawn(&pid_, args[0].c_str(), &actions, nullptr, argv.data(), environ);
  posix_spawn_file_actions_destroy(&actions);
  if (rc != 0) {
    pid_ = -1;
    throw std::runtime_error("cannot start /usr/bin/python3 for the SMTP sink (apt-get install python3-aiosmtpd)");
  }
  auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(30);
  while (std::chrono::steady_clock::now() < deadline) {
    int status = 0;
    if (waitpid(pid_, &status, WNOHANG) == pid_) {
      pid_ = -1;
      throw std::runtime_error("the SMTP sink (python3-aiosmtpd) exited:\n" +
                               ReadAll(log_path_));
    }
    if (Accepts(port_)) return;
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
  }
  Stop();
  throw std::runtime_error("the SMTP sink did not start:\n" + ReadAll(log_path_));
}

void SmtpSink::Stop() {
  if (pid_ <= 0) return;
  kill(pid_, SIGTERM);
  auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(10);
  int status = 0;
  while (waitpid(pid_, &status, WNOHANG) == 0) {
    if (std::chrono::steady_clock::now() > deadline) {
      kill(pid_, SIGKILL);
      waitpid(pid_, &status, 0);
      break;
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  }
  pid_ = -1;
}

std::vector<ReceivedMail> SmtpSink::Mails() const {
  std::vector<fs::path> files;
  for (const auto& e : fs::directory_iterator(folder_)) {
    if (e.path().extension() == ".json") files.push_back(e.path());
  }
  std::sort(files.begin(), files.end());
  std::vector<ReceivedMail> out;
  for (const auto& f : files) {
    auto j = nlohmann::json::parse(ReadAll(f));
    ReceivedMail m;
    m.rcpt_tos = j.at("rcpt_tos").get<std::vector<std::string>>();
    m.mail_from = j.at("mail_from").get<std::string>();
    m.subject = j.at("subject").get<std::string>();
    m.body = j.at("body").get<std::string>();
    m.message_id = j.at("message_id").get<std::string>();
    m.content_type = j.at("content_type").get<std::string>();
    if (j.contains("login") && j.at("login").is_string()) m.login = j.at("login").get<std::string>();
    out.push_back(std::move(m));
  }
  return out;
}

std::vector<ReceivedMail> SmtpSink::WaitForMails(size_t count, int seconds) const {
  auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(seconds);
  auto mails = Mails();
  while (mails.size() < count && std::chrono::steady_clock::now() < deadline) {
    std::this_thread::sleep_for(std::chrono::milliseconds(100));
    mails = Mails();
  }
  return mails;
}

}  // namespace fremdrift::testing
