#include "domain/text_field_rules.h"

#include <algorithm>
#include <cstdint>

namespace fremdrift {

size_t Utf8SequenceLength(std::string_view text, size_t i) {
  auto byte = [&](size_t k) { return static_cast<unsigned char>(text[k]); };
  unsigned char b0 = byte(i);
  if (b0 < 0x80) return 1;
  size_t n;
  uint32_t cp;
  if (b0 >= 0xC2 && b0 <= 0xDF) {
    n = 2;
    cp = b0 & 0x1F;
  } else if (b0 >= 0xE0 && b0 <= 0xEF) {
    n = 3;
    cp = b0 & 0x0F;
  } else if (b0 >= 0xF0 && b0 <= 0xF4) {
    n = 4;
    cp = b0 & 0x07;
  } else {
    return 0;
  }
  if (i + n > text.size()) return 0;
  for (size_t k = 1; k < n; ++k) {
    unsigned char b = byte(i + k);
    if ((b & 0xC0) != 0x80) return 0;
    cp = (cp << 6) | (b & 0x3F);
  }
  if (n == 3 && (cp < 0x800 || (cp >= 0xD800 && cp <= 0xDFFF))) return 0;
  if (n == 4 && (cp < 0x10000 || cp > 0x10FFFF)) return 0;
  return n;
}

bool IsValidUtf8(std::string_view text) {
  for (size_t i = 0; i < text.size();) {
    size_t n = Utf8SequenceLength(text, i);
    if (n == 0) return false;
    i += n;
  }
  return true;
}

size_t Utf8Chars(std::string_view text) {
  size_t count = 0;
  for (unsigned char c : text) count += (c & 0xC0) != 0x80;
  return count;
}

std::string ToValidUtf8(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (size_t i = 0; i < text.size();) {
    size_t n = Utf8SequenceLength(text, i);
    if (n == 0) {
      out += "\xEF\xBF\xBD";
      ++i;
    } else {
      out.append(text, i, n);
      i += n;
    }
  }
  return out;
}

std::string TruncatedText(std::string_view text, size_t max_chars) {
  std::string valid = ToValidUtf8(text);
  size_t chars = 0;
  for (size_t i = 0; i < valid.size(); ++i) {
    if ((static_cast<unsigned char>(valid[i]) & 0xC0) != 0x80) {
      if (chars == max_chars) return valid.substr(0, i) + "\xE2\x80\xA6";
      ++chars;
    }
  }
  return valid;
}

std::optional<std::string> TextFieldProblem(std::string_view text, TextShape shape,
                                            size_t max_chars) {
  if (auto p = TextFieldRule("", text, shape, max_chars)) return p->message;
  return std::nullopt;
}

std::optional<FieldProblem> TextFieldRule(const std::string& field, std::string_view text,
                                          TextShape shape, size_t max_chars) {
  // Most text is printable ASCII within its length, which needs none of the
  // checks below (a bulk import checks millions of such fields).
  if (text.size() <= max_chars &&
      std::all_of(text.begin(), text.end(), [](char c) { return c >= 0x20 && c < 0x7F; })) {
    return std::nullopt;
  }
  if (!IsValidUtf8(text)) return FieldProblem{field, "is not valid UTF-8 text", "text_not_utf8", {}};
  size_t position = 0;
  for (size_t i = 0; i < text.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    if ((c & 0xC0) != 0x80) ++position;
    bool control = c < 0x20 || c == 0x7F;
    // C1 controls U+0080..U+009F are encoded as C2 80..C2 9F.
    if (c == 0xC2 && i + 1 < text.size()) {
      unsigned char next = static_cast<unsigned char>(text[i + 1]);
      control = next >= 0x80 && next <= 0x9F;
    }
    if (!control) continue;
    if (shape == TextShape::kMultiLine && (c == '\t' || c == '\n' || c == '\r')) continue;
    return FieldProblem{field,
                        "must not contain control characters" +
                            std::string(shape == TextShape::kLine ? " or line breaks" : "") +
                            " (character " + std::to_string(position) + ")",
                        "text_control_characters",
                        {{"position", std::to_string(position)}}};
  }
  if (Utf8Chars(text) > max_chars) {
    return FieldProblem{field,
                        "must be at most " + std::to_string(max_chars) + " characters (it has " +
                            std::to_string(Utf8Chars(text)) + ")",
                        "text_too_long",
                        {{"max", std::to_string(max_chars)}, {"length", std::to_string(Utf8Chars(text))}}};
  }
  return std::nullopt;
}

void CheckTextField(std::vector<FieldProblem>& problems, const std::string& field,
                    std::string_view text, TextShape shape, size_t max_chars) {
  if (auto p = TextFieldRule(field, text, shape, max_chars)) problems.push_back(std::move(*p));
}

bool IsHttpLinkUrl(std::string_view url) { return !LinkUrlProblem(url); }

std::optional<std::string> LinkUrlProblem(std::string_view url) {
  if (auto p = TextFieldProblem(url, TextShape::kLine, kMaxUrlChars)) return p;
  auto starts_with = [&](std::string_view prefix) {
    if (url.size() < prefix.size()) return false;
    for (size_t i = 0; i < prefix.size(); ++i) {
      char c = url[i];
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
      if (c != prefix[i]) return false;
    }
    return true;
  };
  size_t host_start = starts_with("https://") ? 8 : starts_with("http://") ? 7 : 0;
  if (host_start == 0) return "must be an http:// or https:// address";
  if (url.size() == host_start || url[host_start] == '/') return "must name a host after " + std::string(url.substr(0, host_start));
  for (char c : url) {
    if (c == ' ') return "must not contain spaces (write %20)";
    if (c == '\\') return "must not contain a backslash";
  }
  return std::nullopt;
}

}  // namespace fremdrift
