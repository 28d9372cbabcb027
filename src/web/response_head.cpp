#include "web/response_head.h"

#include <boost/beast/http/status.hpp>
#include <strings.h>

#include <cctype>
#include <vector>

namespace fremdrift {
namespace {

const char* kContentSecurityPolicy =
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

// Not sent: an origin (https://host[:port]) that forms may lead to besides
// our own, one such header per OpenID Connect provider whose end-session
// endpoint signing out may go on to (docs/sign-in.md); browsers apply
// form-action to the redirects that follow a form's submission.
const char* kFormActionOrigin = "Fremdrift-Form-Action-Origin";

// The policy, with each of `origins` allowed as a form action (only the
// characters an origin has are kept; empty ones are left out).
std::string ContentSecurityPolicy(const std::vector<std::string>& origins) {
  std::string policy = kContentSecurityPolicy;
  std::string allowed;
  for (const auto& origin : origins) {
    std::string clean;
    for (char c : origin) {
      if (std::isalnum(static_cast<unsigned char>(c)) || c == ':' || c == '/' || c == '.' || c == '-') clean += c;
    }
    if (!clean.empty()) allowed += " " + clean;
  }
  if (!allowed.empty()) {
    const std::string self = "form-action 'self'";
    policy.replace(policy.find(self), self.size(), self + allowed);
  }
  return policy;
}

void AppendField(std::string& out, const std::string& name, const std::string& value) {
  out += name;
  out += ": ";
  const size_t start = out.size();
  out += value;
  // A line break in a value would start a header of its own.
  for (size_t i = start; i < out.size(); ++i) {
    if (out[i] == '\r' || out[i] == '\n') out[i] = ' ';
  }
  out += "\r\n";
}

bool ResponseHeadSameName(const std::string& a, const char* b) { return strcasecmp(a.c_str(), b) == 0; }

}  // namespace

bool StatusHasNoBody(int status) {
  return status < kHttpOk || status == kHttpNoContent || status == kHttpNotModified;
}

std::string ResponseHead(const Response& response, size_t content_length, bool keep_alive) {
  std::string out;
  out.reserve(512);
  out += "HTTP/1.1 ";
  out += std::to_string(response.status);
  out += ' ';
  auto reason = boost::beast::http::obsolete_reason(
      static_cast<boost::beast::http::status>(response.status));
  out.append(reason.data(), reason.size());
  out += "\r\n";
  if (!StatusHasNoBody(response.status) || !response.content_type.empty()) {
    if (!response.content_type.empty() && response.status != kHttpNoContent) {
      AppendField(out, "Content-Type", response.content_type);
    }
  }
  std::vector<std::string> form_action_origins;
  for (const auto& [name, value] : response.headers) {
    if (ResponseHeadSameName(name, kFormActionOrigin)) form_action_origins.push_back(value);
  }
  out += "Content-Security-Policy: ";
  if (form_action_origins.empty()) out += kContentSecurityPolicy;
  else out += ContentSecurityPolicy(form_action_origins);
  out += "\r\nX-Content-Type-Options: nosniff\r\nX-Frame-Options: DENY\r\n"
         "Referrer-Policy: same-origin\r\n";
  bool has_cache_control = false;
  for (const auto& [name, value] : response.headers) {
    // These are the server's to set.
    if (ResponseHeadSameName(name, "Content-Length") || ResponseHeadSameName(name, "Connection") ||
        ResponseHeadSameName(name, "Transfer-Encoding") || ResponseHeadSameName(name, kFormActionOrigin)) {
      continue;
    }
    if (ResponseHeadSameName(name, "Cache-Control")) has_cache_control = true;
    AppendField(out, name, value);
  }
  if (!has_cache_control) out += "Cache-Control: no-store\r\n";
  if (response.status != kHttpNoContent && response.status >= kHttpOk) {
    out += "Content-Length: ";
    out += std::to_string(content_length);
    out += "\r\n";
  }
  out += keep_alive ? "Connection: keep-alive\r\n\r\n" : "Connection: close\r\n\r\n";
  return out;
}

}  // namespace fremdrift
