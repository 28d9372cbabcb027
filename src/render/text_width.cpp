#include "render/text_width.h"

namespace fremdrift {
namespace {

bool IsContinuation(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

// The byte offset after the first `n` code points of `text`.
size_t ByteOffset(std::string_view text, size_t n) {
  size_t i = 0;
  while (i < text.size() && n > 0) {
    ++i;
    while (i < text.size() && IsContinuation(text[i])) ++i;
    --n;
  }
  return i;
}

}  // namespace

size_t CodePointCount(std::string_view text) {
  size_t n = 0;
  for (char c : text) {
    if (!IsContinuation(c)) ++n;
  }
  return n;
}

std::string TruncateText(std::string_view text, size_t max) {
  if (CodePointCount(text) <= max) return std::string(text);
  if (max == 0) return "";
  std::string out(text.substr(0, ByteOffset(text, max - 1)));
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out + "…";
}

std::vector<std::string> WrapText(std::string_view text, size_t width, size_t max_lines) {
  if (width == 0) width = 1;
  if (max_lines == 0) max_lines = 1;
  std::vector<std::string> lines;
  std::string line;
  size_t i = 0;
  while (i < text.size()) {
    size_t j = text.find(' ', i);
    if (j == std::string_view::npos) j = text.size();
    std::string word(text.substr(i, j - i));
    i = j + 1;
    if (word.empty()) continue;
    while (CodePointCount(word) > width) {  // a word longer than a line
      if (!line.empty()) lines.push_back(std::move(line));
      line.clear();
      size_t cut = ByteOffset(word, width);
      lines.push_back(word.substr(0, cut));
      word = word.substr(cut);
    }
    std::string candidate = line.empty() ? word : line + " " + word;
    if (CodePointCount(candidate) <= width) {
      line = std::move(candidate);
    } else {
      lines.push_back(std::move(line));
      line = std::move(word);
    }
  }
  if (!line.empty() || lines.empty()) lines.push_back(std::move(line));
  if (lines.size() > max_lines) {
    lines.resize(max_lines);
    lines.back() = TruncateText(lines.back() + "…", width);
  }
  return lines;
}

}  // namespace fremdrift
