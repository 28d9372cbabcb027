#include "domain/typed_input.h"

#include <charconv>
#include <cmath>
#include <cstdio>

#include "domain/number_spacing.h"

namespace fremdrift {
namespace {

constexpr std::string_view kMinusSign = "\xE2\x88\x92";            // U+2212

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

// `text` as a typed number in plain notation ("-1234.5"), digits kept
// exactly, or nullopt. With `percent`, a trailing "%" is allowed.
std::optional<std::string> PlainNumber(std::string_view text, bool percent) {
  text = TrimNumberSpaces(text);
  if (percent && !text.empty() && text.back() == '%') {
    text.remove_suffix(1);
    // At most one space between the number and the sign.
    for (std::string_view sp : {std::string_view(" "), kNoBreakSpace, kNarrowNoBreakSpace}) {
      if (text.size() >= sp.size() && text.substr(text.size() - sp.size()) == sp) {
        text.remove_suffix(sp.size());
        break;
      }
    }
    if (text.empty() || text.back() == ' ' || text.back() == '\t' || TrimNumberSpaces(text).size() != text.size()) {
      return std::nullopt;
    }
  }
  std::string plain;
  if (text.substr(0, kMinusSign.size()) == kMinusSign) {
    plain += '-';
    text.remove_prefix(kMinusSign.size());
  } else if (!text.empty() && (text[0] == '-' || text[0] == '+')) {
    if (text[0] == '-') plain += '-';
    text.remove_prefix(1);
  }
  size_t i = 0;
  auto digits = ReadWholeDigits(text, &i, true, [&](char c) { plain += c; });
  if (!digits) return std::nullopt;
  const size_t whole = *digits;
  if (i < text.size() && (text[i] == ',' || text[i] == '.')) {
    if (whole == 0) plain += '0';
    plain += '.';
    ++i;
    size_t fraction = 0;
    while (i < text.size() && IsDigit(text[i])) {
      plain += text[i++];
      ++fraction;
    }
    if (fraction == 0) return std::nullopt;
  } else if (whole == 0) {
    return std::nullopt;
  }
  if (i != text.size()) return std::nullopt;
  return plain;
}

std::optional<double> ValueOf(const std::optional<std::string>& plain) {
  if (!plain) return std::nullopt;
  double value = 0;
  const char* first = plain->data();
  const char* last = first + plain->size();
  // from_chars takes no '+', and '-' only as the sign of the number.
  auto [end, ec] = std::from_chars(first, last, value);
  if (ec != std::errc() || end != last || !std::isfinite(value)) return std::nullopt;
  return value;
}

}  // namespace

std::optional<double> ParseTypedNumber(std::string_view text) {
  return ValueOf(PlainNumber(text, false));
}

std::optional<double> ParseTypedPercent(std::string_view text) {
  return ValueOf(PlainNumber(text, true));
}

std::string TypedNumberToPlain(std::string_view text) {
  if (auto plain = PlainNumber(text, true)) return *plain;
  return std::string(TrimNumberSpaces(text));
}

std::optional<Date> ParseTypedDate(std::string_view text) {
  text = TrimNumberSpaces(text);
  if (auto iso = Date::Parse(text)) return iso;
  // d.m.yyyy with one or two digits for day and month.
  int parts[3] = {0, 0, 0};
  size_t digits[3] = {0, 0, 0};
  int part = 0;
  for (char c : text) {
    if (IsDigit(c)) {
      if (++digits[part] > 4) return std::nullopt;
      parts[part] = parts[part] * 10 + (c - '0');
    } else if (c == '.' && part < 2) {
      ++part;
    } else {
      return std::nullopt;
    }
  }
  if (part != 2 || digits[0] == 0 || digits[0] > 2 || digits[1] == 0 || digits[1] > 2 ||
      digits[2] != 4) {
    return std::nullopt;
  }
  char iso[11];
  std::snprintf(iso, sizeof iso, "%04d-%02d-%02d", parts[2], parts[1], parts[0]);
  return Date::Parse(iso);
}

std::string TypedDateTimeToIso(std::string_view text) {
  std::string_view t = TrimNumberSpaces(text);
  size_t space = t.find(' ');
  if (space == std::string_view::npos) return std::string(t);
  auto date = ParseTypedDate(t.substr(0, space));
  std::string_view time = TrimNumberSpaces(t.substr(space + 1));
  if (time.substr(0, 3) == "kl.") time = TrimNumberSpaces(time.substr(3));
  size_t sep = time.find_first_of(":.");
  if (!date || sep == std::string_view::npos || sep == 0 || sep > 2 || time.size() != sep + 3) {
    return std::string(t);
  }
  int hour = 0, minute = 0;
  for (size_t i = 0; i < time.size(); ++i) {
    if (i == sep) continue;
    if (!IsDigit(time[i])) return std::string(t);
    (i < sep ? hour : minute) = (i < sep ? hour : minute) * 10 + (time[i] - '0');
  }
  if (hour > 23 || minute > 59) return std::string(t);
  char buf[8];
  std::snprintf(buf, sizeof buf, "%02d:%02d", hour, minute);
  return date->ToIso() + "T" + buf;
}

std::string TypedDateToIso(std::string_view text) {
  if (auto d = ParseTypedDate(text)) return d->ToIso();
  return std::string(TrimNumberSpaces(text));
}

}  // namespace fremdrift
