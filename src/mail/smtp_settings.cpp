#include "mail/smtp_settings.h"

#include "domain/failure.h"

namespace fremdrift {

SmtpSettings ParseSmtpUrl(const std::string& url) {
  SmtpSettings s;
  std::string rest;
  if (url.rfind("smtp://", 0) == 0) {
    rest = url.substr(7);
  } else if (url.rfind("smtp+starttls://", 0) == 0) {
    rest = url.substr(16);
    s.starttls = true;
    s.port = 587;
  } else {
    throw Failure(FailureCode::kInvalid,
                  "--smtp must be smtp://HOST:PORT or smtp+starttls://HOST:PORT", "smtp");
  }
  if (!rest.empty() && rest.back() == '/') rest.pop_back();
  auto colon = rest.rfind(':');
  s.host = rest.substr(0, colon);
  if (colon != std::string::npos) {
    std::string port = rest.substr(colon + 1);
    if (port.empty() || port.size() > 5 || port.find_first_not_of("0123456789") != std::string::npos ||
        std::stoi(port) < 1 || std::stoi(port) > 65535) {
      throw Failure(FailureCode::kInvalid, "--smtp: the port must be a number from 1 to 65535",
                    "smtp");
    }
    s.port = std::stoi(port);
  }
  if (s.host.empty() || s.host.find_first_of("/@ ") != std::string::npos) {
    throw Failure(FailureCode::kInvalid, "--smtp: give the mail server as HOST:PORT", "smtp");
  }
  return s;
}

}  // namespace fremdrift
