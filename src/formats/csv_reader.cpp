#include "formats/csv_reader.h"

#include <algorithm>
#include <bit>
#include <cstring>

#include "domain/failure.h"

namespace fremdrift {
namespace {

// How much of the header line is looked at to detect the separator.
constexpr size_t kMaxDetectBytes = 4 << 20;

// Returns the end of the valid UTF-8 prefix of [p, end). If the byte there
// starts an invalid sequence, `invalid` is set; otherwise the rest is a
// sequence cut off by `end` (or nothing).
char* SkipValidUtf8(char* p, char* end, bool& invalid) {
  invalid = false;
  auto* s = reinterpret_cast<unsigned char*>(p);
  auto* e = reinterpret_cast<unsigned char*>(end);
  constexpr uint64_t kHighBits = 0x8080808080808080ULL;
  while (s < e) {
    if (e - s >= 16) {
      uint64_t a, b;
      std::memcpy(&a, s, 8);
      std::memcpy(&b, s + 8, 8);
      if (((a | b) & kHighBits) == 0) {
        s += 16;
        continue;
      }
    }
    unsigned c = *s;
    if (c < 0x80) {
      ++s;
      continue;
    }
    // The ranges of Unicode 15, table 3-7: no overlong forms, no
    // surrogates, nothing above U+10FFFF.
    int len;
    unsigned lo = 0x80, hi = 0xBF;  // allowed range of the second byte
    if (c >= 0xC2 && c <= 0xDF) {
      len = 2;
    } else if (c >= 0xE0 && c <= 0xEF) {
      len = 3;
      if (c == 0xE0) lo = 0xA0;
      if (c == 0xED) hi = 0x9F;
    } else if (c >= 0xF0 && c <= 0xF4) {
      len = 4;
      if (c == 0xF0) lo = 0x90;
      if (c == 0xF4) hi = 0x8F;
    } else {
      invalid = true;
      return reinterpret_cast<char*>(s);
    }
    for (int i = 1; i < len; ++i) {
      if (s + i == e) return reinterpret_cast<char*>(s);
      unsigned b = s[i];
      if (b < (i == 1 ? lo : 0x80) || b > (i == 1 ? hi : 0xBF)) {
        invalid = true;
        return reinterpret_cast<char*>(s);
      }
    }
    s += len;
  }
  return reinterpret_cast<char*>(s);
}

// The first separator, '\n' or '"' in [p, end), or `end`. `stop` marks
// those three bytes.
char* FindStop(char* p, char* end, char separator, const bool* stop) {
  // Eight bytes at a time: a byte of w ^ c is zero where w holds c, and
  // (x - 0x01..) & ~x & 0x80.. marks the first zero byte of x exactly.
  constexpr uint64_t kOnes = 0x0101010101010101ULL;
  constexpr uint64_t kHigh = 0x8080808080808080ULL;
  const uint64_t separators = kOnes * static_cast<unsigned char>(separator);
  const uint64_t newlines = kOnes * '\n';
  const uint64_t quotes = kOnes * '"';
  if constexpr (std::endian::native == std::endian::little) {
    while (end - p >= 8) {
      uint64_t w;
      std::memcpy(&w, p, 8);
      uint64_t a = w ^ separators, b = w ^ newlines, c = w ^ quotes;
      uint64_t found = (((a - kOnes) & ~a) | ((b - kOnes) & ~b) | ((c - kOnes) & ~c)) & kHigh;
      if (found) return p + std::countr_zero(found) / 8;
      p += 8;
    }
  }
  while (p < end && !stop[static_cast<unsigned char>(*p)]) ++p;
  return p;
}

}  // namespace

CsvReader::CsvReader(std::istream& in, char separator, size_t block_bytes)
    : in_(in),
      separator_(0),
      capacity_(std::max<size_t>(block_bytes, 1)),
      buffer_(new char[capacity_]) {
  pos_ = limit_ = end_ = buffer_.get();
  if (separator != 0) {
    auto c = static_cast<unsigned char>(separator);
    if (c >= 0x80 || c == '"' || c == '\r' || c == '\n') {
      throw Failure(FailureCode::kInvalid,
                    "a CSV separator must be an ASCII character other than a quote or a line break",
                    "separator");
    }
    SetSeparator(separator);
  }
}

CsvReader::~CsvReader() = default;

void CsvReader::SetSeparator(char separator) {
  separator_ = separator;
  std::fill(std::begin(stop_), std::end(stop_), false);
  stop_[static_cast<unsigned char>(separator)] = true;
  stop_[static_cast<unsigned char>('\n')] = true;
  stop_[static_cast<unsigned char>('"')] = true;
}

void CsvReader::Fail(int64_t line, const std::string& what) const {
  std::string where = "line " + std::to_string(line);
  throw Failure(FailureCode::kInvalid, where + ": " + what, where);
}

bool CsvReader::ReadChunk() {
  if (eof_) return false;
  size_t keep = static_cast<size_t>(end_ - pos_);
  size_t valid = static_cast<size_t>(limit_ - pos_);
  if (keep == capacity_) {
    // Only while detecting the separator on a long header line, or when
    // the block is smaller than what must be looked at together.
    size_t grown = capacity_ * 2;
    std::unique_ptr<char[]> bigger(new char[grown]);
    std::memcpy(bigger.get(), pos_, keep);
    buffer_ = std::move(bigger);
    capacity_ = grown;
  } else if (pos_ != buffer_.get()) {
    std::memmove(buffer_.get(), pos_, keep);
  }
  pos_ = buffer_.get();
  limit_ = pos_ + valid;
  end_ = pos_ + keep;
  in_.read(end_, static_cast<std::streamsize>(capacity_ - keep));
  auto got = static_cast<size_t>(in_.gcount());
  if (in_.bad()) throw Failure(FailureCode::kInternal, "could not read the CSV input");
  if (got == 0) {
    eof_ = true;
    if (limit_ == end_) return false;
    bad_utf8_ = true;  // a sequence cut off by the end of input
    return true;
  }
  bytes_read_ += static_cast<int64_t>(got);
  end_ += got;
  limit_ = SkipValidUtf8(limit_, end_, bad_utf8_);
  return true;
}

bool CsvReader::Fill(size_t n) {
  while (static_cast<size_t>(limit_ - pos_) < n) {
    if (bad_utf8_) Fail(line_, "not valid UTF-8 (save the file as UTF-8)");
    if (!ReadChunk()) return false;
  }
  return true;
}

void CsvReader::SkipByteOrderMark() {
  // Byte by byte, so that a short input fails only where it is invalid.
  if (Ensure(1) && pos_[0] == '\xEF' && Ensure(2) && pos_[1] == '\xBB' && Ensure(3) &&
      pos_[2] == '\xBF') {
    pos_ += 3;
  }
}

bool CsvReader::SkipBlankLines() {
  for (;;) {
    if (!Ensure(1)) return false;
    if (pos_[0] == '\n') {
      ++pos_;
      ++line_;
    } else if (pos_[0] == '\r') {
      if (!Ensure(2)) {
        ++pos_;  // a lone \r at the end: the end of a blank line
        return false;
      }
      if (pos_[1] != '\n') return true;
      pos_ += 2;
      ++line_;
    } else {
      return true;
    }
  }
}

void CsvReader::DetectSeparator() {
  // Scans the raw bytes of the first record without consuming them.
  int64_t commas = 0, semicolons = 0;
  bool quoted = false;
  size_t scanned = 0;
  for (;;) {
    const char* p = pos_ + scanned;
    for (; p < end_; ++p) {
      char c = *p;
      if (c == '"') {
        quoted = !quoted;
      } else if (!quoted) {
        if (c == ',') ++commas;
        else if (c == ';') ++semicolons;
        else if (c == '\n') break;
      }
    }
    if (p < end_) break;
    scanned = static_cast<size_t>(p - pos_);
    if (scanned >= kMaxDetectBytes || !ReadChunk()) break;
  }
  SetSeparator(semicolons > commas ? ';' : ',');
}

bool CsvReader::ReadUnquotedField(std::string& out) {
  for (;;) {
    if (pos_ == limit_ && !Fill(1)) {
      if (!out.empty() && out.back() == '\r') out.pop_back();
      return false;
    }
    char* const limit = limit_;
    char* p = FindStop(pos_, limit, separator_, stop_);
    out.append(pos_, static_cast<size_t>(p - pos_));
    pos_ = p;
    if (out.size() > kMaxFieldBytes) {
      Fail(line_, "a field is longer than " + std::to_string(kMaxFieldBytes) + " bytes");
    }
    if (p == limit) continue;
    char c = *pos_++;
    if (c == '\n') {
      if (!out.empty() && out.back() == '\r') out.pop_back();
      ++line_;
      return false;
    }
    if (c == '"') {
      Fail(line_,
           "a quote inside an unquoted field (quote the whole field and double the quote: "
           "\"a \"\"b\"\"\")");
    }
    return true;  // the separator
  }
}

bool CsvReader::ReadQuotedField(std::string& out) {
  const int64_t start_line = line_;
  for (;;) {
    if (pos_ == limit_ && !Fill(1)) {
      Fail(start_line, "a quoted field is not closed before the end of the input");
    }
    auto* quote = static_cast<char*>(std::memchr(pos_, '"', static_cast<size_t>(limit_ - pos_)));
    char* stop = quote ? quote : limit_;
    line_ += std::count(pos_, stop, '\n');
    out.append(pos_, static_cast<size_t>(stop - pos_));
    pos_ = stop;
    if (out.size() > kMaxFieldBytes) {
      Fail(start_line, "a field is longer than " + std::to_string(kMaxFieldBytes) + " bytes");
    }
    if (!quote) continue;
    ++pos_;
    if (!Ensure(1)) return false;  // closed at the end of input
    if (*pos_ != '"') break;
    out.push_back('"');  // a doubled quote
    ++pos_;
  }
  if (out.size() > kMaxFieldBytes) {
    Fail(start_line, "a field is longer than " + std::to_string(kMaxFieldBytes) + " bytes");
  }
  char c = *pos_;
  if (c == separator_) {
    ++pos_;
    return true;
  }
  if (c == '\n') {
    ++pos_;
    ++line_;
    return false;
  }
  if (c == '\r') {
    if (!Ensure(2)) {
      ++pos_;
      return false;
    }
    if (pos_[1] == '\n') {
      pos_ += 2;
      ++line_;
      return false;
    }
  }
  Fail(line_, "text after the closing quote of a field");
}

bool CsvReader::Next(std::vector<std::string>& fields) {
  if (!started_) {
    started_ = true;
    SkipByteOrderMark();
  }
  if (!SkipBlankLines()) {
    fields.clear();
    return false;
  }
  if (separator_ == 0) DetectSeparator();
  record_line_ = line_;
  size_t n = 0;
  bool more = true;
  while (more) {
    if (n == fields.size()) {
      fields.emplace_back();
    } else {
      fields[n].clear();
    }
    std::string& field = fields[n++];
    if (Ensure(1) && *pos_ == '"') {
      ++pos_;
      more = ReadQuotedField(field);
    } else {
      more = ReadUnquotedField(field);
    }
  }
  fields.resize(n);
  return true;
}

}  // namespace fremdrift
