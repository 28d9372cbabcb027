#include "formats/spreadsheet_text.h"

namespace fremdrift {
namespace {

bool IsAsciiDigit(char c) { return c >= '0' && c <= '9'; }

// Skips digits from `i`; returns how many there were.
size_t Digits(std::string_view t, size_t& i) {
  size_t start = i;
  while (i < t.size() && IsAsciiDigit(t[i])) ++i;
  return i - start;
}

}  // namespace

bool IsPlainNumberText(std::string_view t) {
  size_t i = 0;
  if (i < t.size() && (t[i] == '-' || t[i] == '+')) ++i;
  if (Digits(t, i) == 0) return false;
  if (i < t.size() && (t[i] == '.' || t[i] == ',')) {
    ++i;
    if (Digits(t, i) == 0) return false;
  }
  if (i < t.size() && (t[i] == 'e' || t[i] == 'E')) {
    ++i;
    if (i < t.size() && (t[i] == '-' || t[i] == '+')) ++i;
    if (Digits(t, i) == 0) return false;
  }
  return i == t.size();
}

std::string NeutralisedCellText(std::string_view text) {
  if (text.empty()) return std::string();
  char first = text.front();
  bool risky = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' ||
               first == '\r';
  if (!risky || IsPlainNumberText(text)) return std::string(text);
  return "'" + std::string(text);
}

}  // namespace fremdrift
