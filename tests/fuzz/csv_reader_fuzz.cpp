// Fuzzes CsvReader against a small reference reader written straight from
// the contract in csv_reader.h, one character at a time over the whole
// input: both must give the same records and line numbers, or fail the
// same way on the same line, whatever the block size. Every field is also
// fed to ParseDecimal.
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <sstream>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "domain/failure.h"
#include "formats/csv_reader.h"
#include "formats/decimal.h"

namespace {

using fremdrift::CsvReader;

struct Outcome {
  std::vector<std::vector<std::string>> rows;
  std::vector<int64_t> lines;
  std::string error;  // "<kind> line N", or "" when the input was read
  char separator = 0;
};

bool operator==(const Outcome& a, const Outcome& b) {
  return a.rows == b.rows && a.lines == b.lines && a.error == b.error &&
         (!a.error.empty() || a.separator == b.separator);
}

// The offset of the first byte that does not start a valid UTF-8
// sequence (of code points, decoded the long way), or text.size() + 1.
size_t FirstInvalidUtf8(std::string_view text) {
  size_t i = 0;
  while (i < text.size()) {
    auto c = static_cast<unsigned char>(text[i]);
    int len = c < 0x80 ? 1 : (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xE ? 3 : (c >> 3) == 0x1E ? 4 : 0;
    if (len == 0 || i + static_cast<size_t>(len) > text.size()) return i;
    uint32_t cp = len == 1 ? c : c & (0xFF >> (len + 1));
    for (int k = 1; k < len; ++k) {
      auto b = static_cast<unsigned char>(text[i + static_cast<size_t>(k)]);
      if ((b & 0xC0) != 0x80) return i;
      cp = (cp << 6) | (b & 0x3F);
    }
    static const uint32_t kMin[] = {0, 0, 0x80, 0x800, 0x10000};
    if (cp < kMin[len] || (cp >= 0xD800 && cp <= 0xDFFF) || cp > 0x10FFFF) return i;
    i += static_cast<size_t>(len);
  }
  return text.size() + 1;
}

struct ReferenceError {
  std::string what;
};

class ReferenceReader {
 public:
  ReferenceReader(std::string_view text, char separator)
      : s_(text), bad_(FirstInvalidUtf8(text)), sep_(separator) {}

  Outcome ReadAll() {
    Outcome out;
    try {
      if (Peek(0) == 0xEF && Peek(1) == 0xBB && Peek(2) == 0xBF) i_ = 3;
      std::vector<std::string> fields;
      while (NextRecord(fields)) {
        out.rows.push_back(fields);
        out.lines.push_back(record_line_);
      }
    } catch (const ReferenceError& e) {
      out.error = e.what;
    }
    out.separator = sep_;
    return out;
  }

 private:
  // The byte at `k`, -1 past the end; throws past an invalid byte.
  int Peek(size_t k) {
    if (k >= bad_) Throw("utf8", line_);
    return k < s_.size() ? static_cast<unsigned char>(s_[k]) : -1;
  }
  [[noreturn]] static void Throw(const char* kind, int64_t line) {
    throw ReferenceError{std::string(kind) + " line " + std::to_string(line)};
  }

  void Detect() {
    int commas = 0, semicolons = 0;
    bool quoted = false;
    for (size_t k = i_; k < s_.size() && (quoted || s_[k] != '\n'); ++k) {
      if (s_[k] == '"') quoted = !quoted;
      else if (!quoted && s_[k] == ',') ++commas;
      else if (!quoted && s_[k] == ';') ++semicolons;
    }
    sep_ = semicolons > commas ? ';' : ',';
  }

  bool NextRecord(std::vector<std::string>& fields) {
    for (;;) {  // blank lines
      int c = Peek(i_);
      if (c == -1) return false;
      if (c == '\n') {
        ++i_;
        ++line_;
        continue;
      }
      if (c == '\r') {
        int d = Peek(i_ + 1);
        if (d == -1) return false;
        if (d == '\n') {
          i_ += 2;
          ++line_;
          continue;
        }
      }
      break;
    }
    if (sep_ == 0) Detect();
    record_line_ = line_;
    fields.clear();
    for (;;) {
      fields.emplace_back();
      std::string& f = fields.back();
      if (Peek(i_) == '"') {
        ++i_;
        int64_t start = line_;
        int c;
        for (;;) {
          c = Peek(i_);
          if (c == -1) Throw("unclosed", start);
          ++i_;
          if (c == '"') {
            c = Peek(i_);
            if (c != '"') break;
            ++i_;
          }
          if (c == '\n') ++line_;
          f.push_back(static_cast<char>(c));
        }
        if (c == -1) return true;
        if (c == sep_) {
          ++i_;
          continue;
        }
        if (c == '\n') {
          ++i_;
          ++line_;
          return true;
        }
        if (c == '\r') {
          int d = Peek(i_ + 1);
          if (d == -1) {
            ++i_;
            return true;
          }
          if (d == '\n') {
            i_ += 2;
            ++line_;
            return true;
          }
        }
        Throw("after-quote", line_);
      }
      for (;;) {
        int c = Peek(i_);
        if (c == sep_) {
          ++i_;
          break;
        }
        if (c == -1 || c == '\n') {
          if (!f.empty() && f.back() == '\r') f.pop_back();
          if (c == '\n') {
            ++i_;
            ++line_;
          }
          return true;
        }
        if (c == '"') Throw("quote", line_);
        f.push_back(static_cast<char>(c));
        ++i_;
      }
    }
  }

  std::string_view s_;
  size_t bad_;
  char sep_;
  size_t i_ = 0;
  int64_t line_ = 1;
  int64_t record_line_ = 0;
};

std::string Kind(const std::string& message) {
  static const std::pair<const char*, const char*> kKinds[] = {
      {"not valid UTF-8", "utf8"},
      {"not closed", "unclosed"},
      {"after the closing quote", "after-quote"},
      {"quote inside an unquoted", "quote"}};
  for (auto [words, kind] : kKinds) {
    if (message.find(words) != std::string::npos) return kind;
  }
  return "unknown: " + message;
}

Outcome ReadWithReader(const std::string& text, char separator, size_t block_bytes) {
  std::istringstream in(text);
  CsvReader reader(in, separator, block_bytes);
  Outcome out;
  std::vector<std::string> fields;
  try {
    while (reader.Next(fields)) {
      out.rows.push_back(fields);
      out.lines.push_back(reader.line());
    }
    if (reader.bytes_read() != static_cast<int64_t>(text.size())) {
      std::fprintf(stderr, "bytes_read %lld of %zu\n", static_cast<long long>(reader.bytes_read()),
                   text.size());
      std::abort();
    }
  } catch (const fremdrift::Failure& f) {
    if (f.code() != fremdrift::FailureCode::kInvalid ||
        std::string(f.what()).rfind(f.field() + ": ", 0) != 0) {
      std::fprintf(stderr, "bad failure: %s (field %s)\n", f.what(), f.field().c_str());
      std::abort();
    }
    out.error = Kind(f.what()) + " " + f.field();
  }
  out.separator = reader.separator();
  return out;
}

void Print(const char* who, const Outcome& o) {
  std::fprintf(stderr, "%s: %zu rows, separator %d, error '%s'\n", who, o.rows.size(), o.separator,
               o.error.c_str());
  for (size_t r = 0; r < o.rows.size(); ++r) {
    std::fprintf(stderr, "  line %lld:", static_cast<long long>(o.lines[r]));
    for (const auto& f : o.rows[r]) std::fprintf(stderr, " [%s]", f.c_str());
    std::fprintf(stderr, "\n");
  }
}

void CheckDecimal(const std::string& field) {
  auto point = fremdrift::ParseDecimal(field, false);
  auto comma = fremdrift::ParseDecimal(field, true);
  if ((point && !std::isfinite(*point)) || (comma && !std::isfinite(*comma))) std::abort();
  // Decimal comma notation only adds forms; it changes none.
  if (point && (!comma || std::memcmp(&*point, &*comma, sizeof(double)) != 0)) std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  // The first byte picks the separator and a small block size.
  static const char kSeparators[] = {0, ',', ';', '\t'};
  char separator = kSeparators[data[0] & 3];
  size_t small_block = 1 + ((data[0] >> 2) & 7);
  std::string text(reinterpret_cast<const char*>(data) + 1, size - 1);

  Outcome expected = ReferenceReader(text, separator).ReadAll();
  for (size_t block : {CsvReader::kBlockBytes, small_block}) {
    Outcome got = ReadWithReader(text, separator, block);
    if (!(got == expected)) {
      std::fprintf(stderr, "block %zu differs from the reference\n", block);
      Print("reader", got);
      Print("reference", expected);
      std::abort();
    }
  }
  for (const auto& row : expected.rows) {
    for (const auto& field : row) CheckDecimal(field);
  }
  return 0;
}
