#include "web/incoming_request.h"

#include <strings.h>

namespace fremdrift {
namespace {

bool IncomingRequestSameName(std::string_view a, std::string_view b) {
  return a.size() == b.size() && strncasecmp(a.data(), b.data(), a.size()) == 0;
}

std::string_view IncomingRequestTrimmed(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

}  // namespace

std::string IncomingRequest::Header(std::string_view name, std::string_view fallback) const {
  for (const auto& [k, v] : headers) {
    if (IncomingRequestSameName(k, name)) return v;
  }
  return std::string(fallback);
}

bool IncomingRequest::HasHeader(std::string_view name) const { return HeaderCount(name) > 0; }

int IncomingRequest::HeaderCount(std::string_view name) const {
  int n = 0;
  for (const auto& [k, v] : headers) n += IncomingRequestSameName(k, name) ? 1 : 0;
  return n;
}

std::string IncomingRequest::Cookie(std::string_view name) const {
  for (const auto& [k, v] : headers) {
    if (!IncomingRequestSameName(k, "Cookie")) continue;
    std::string_view rest = v;
    while (!rest.empty()) {
      size_t end = rest.find(';');
      std::string_view pair = IncomingRequestTrimmed(rest.substr(0, end));
      rest = end == std::string_view::npos ? std::string_view() : rest.substr(end + 1);
      size_t eq = pair.find('=');
      if (eq == std::string_view::npos) continue;
      if (IncomingRequestTrimmed(pair.substr(0, eq)) != name) continue;
      std::string_view value = IncomingRequestTrimmed(pair.substr(eq + 1));
      if (value.size() >= 2 && value.front() == '"' && value.back() == '"') {
        value = value.substr(1, value.size() - 2);
      }
      return std::string(value);
    }
  }
  return "";
}

}  // namespace fremdrift
