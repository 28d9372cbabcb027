#include "web/content_disposition.h"

namespace fremdrift {
namespace {

constexpr size_t kMaxFileNameChars = 120;

bool IsSafeFileNameChar(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' ||
         c == '-' || c == '_';
}

}  // namespace

std::string SafeFileName(std::string_view name) {
  std::string out;
  for (char c : name) {
    if (out.empty() && c == '.') continue;
    out += IsSafeFileNameChar(c) ? c : '_';
  }
  if (out.size() > kMaxFileNameChars) {
    size_t dot = out.rfind('.');
    std::string ext = dot != std::string::npos && out.size() - dot <= 10 ? out.substr(dot) : "";
    out = out.substr(0, kMaxFileNameChars - ext.size()) + ext;
  }
  return out.empty() ? "download" : out;
}

std::string ContentDisposition(std::string_view name, bool inline_display) {
  return std::string(inline_display ? "inline" : "attachment") + "; filename=\"" + SafeFileName(name) + "\"";
}

}  // namespace fremdrift
