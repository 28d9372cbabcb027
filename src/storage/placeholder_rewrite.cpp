#include "storage/placeholder_rewrite.h"

namespace fremdrift {
namespace {

// Index just past the stretch of text that starts at `start` and ends with
// `close` (a quote or "*/"), or sql.size() if it never ends. A doubled quote
// inside a literal closes it and opens it again at once, so it needs no
// special case.
size_t SkipTo(std::string_view sql, size_t start, std::string_view close) {
  size_t end = sql.find(close, start);
  return end == std::string_view::npos ? sql.size() : end + close.size();
}

}  // namespace

std::string RewritePlaceholders(std::string_view sql) {
  std::string out;
  out.reserve(sql.size() + 16);
  int number = 0;
  size_t i = 0;
  while (i < sql.size()) {
    char c = sql[i];
    size_t end = i + 1;  // one past the piece copied unchanged
    if (c == '\'' || c == '"') {
      end = SkipTo(sql, i + 1, std::string_view(&c, 1));
    } else if (c == '-' && sql.substr(i, 2) == "--") {
      end = SkipTo(sql, i + 2, "\n");
    } else if (c == '/' && sql.substr(i, 2) == "/*") {
      end = SkipTo(sql, i + 2, "*/");
    } else if (c == '?') {
      out += '$';
      out += std::to_string(++number);
      ++i;
      continue;
    }
    out.append(sql.substr(i, end - i));
    i = end;
  }
  return out;
}

}  // namespace fremdrift
