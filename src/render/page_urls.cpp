#include "render/page_urls.h"

namespace fremdrift {

std::string UrlEncodeComponent(const std::string& text) {
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

std::string StrategyPageUrl(const std::string& strategy_key) {
  return "/strategi/" + UrlEncodeComponent(strategy_key);
}

std::string ItemPageUrl(const std::string& strategy_key, const std::string& item_key) {
  return StrategyPageUrl(strategy_key) + "/" + UrlEncodeComponent(item_key);
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
