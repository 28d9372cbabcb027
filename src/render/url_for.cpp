#include "render/url_for.h"

#include <stdexcept>

namespace fremdrift {

std::string UrlEncodeComponent(std::string_view text) {
  static const char* hex = "0123456789ABCDEF";
  std::string out;
  for (char ch : text) {
    auto c = static_cast<unsigned char>(ch);
    if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
        c == '-' || c == '.' || c == '_' || c == '~') {
      out += ch;
    } else {
      out += '%';
      out += hex[c >> 4];
      out += hex[c & 15];
    }
  }
  return out;
}

std::string UrlFor(const routes::RouteSpec& route, std::initializer_list<std::string> values) {
  std::string out;
  const std::string* next = values.begin();
  std::string_view rest = route.pattern;
  while (!rest.empty()) {
    size_t end = rest.find('/', 1);
    std::string_view segment = rest.substr(0, end);  // with its leading '/'
    rest = end == std::string_view::npos ? std::string_view() : rest.substr(end);
    if (segment.size() > 3 && segment[1] == '{' && segment.back() == '}') {
      if (next == values.end()) {
        throw std::invalid_argument("UrlFor: too few values for " + std::string(route.pattern));
      }
      out += '/';
      out += UrlEncodeComponent(*next++);
    } else {
      out += segment;
    }
  }
  if (next != values.end()) {
    throw std::invalid_argument("UrlFor: too many values for " + std::string(route.pattern));
  }
  return out;
}

std::string UrlWithQuery(const std::string& path,
                         const std::vector<std::pair<std::string, std::string>>& params) {
  std::string query;
  for (const auto& [k, v] : params) {
    if (v.empty()) continue;
    query += query.empty() ? '?' : '&';
    query += UrlEncodeComponent(k);
    query += '=';
    query += UrlEncodeComponent(v);
  }
  return path + query;
}

}  // namespace fremdrift
