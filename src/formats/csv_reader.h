// A streaming reader of CSV text (RFC 4180 with the variants Norwegian
// Excel writes): one record at a time from an std::istream, in constant
// memory whatever the file size.
//
//  - The separator is ',' or ';', detected from the header line, the first
//    that is not blank (the one of the two that occurs more often outside
//    quotes; ',' on a tie), or given.
//  - A UTF-8 byte-order mark at the start is skipped.
//  - Fields may be quoted with '"'; a quote inside is doubled (""). Quoted
//    fields may hold separators and line breaks, which are kept as written
//    (a \r\n inside quotes stays \r\n).
//  - Lines end with \n or \r\n. A blank line is skipped. A \r elsewhere in
//    an unquoted field is part of the field.
//  - Bad input (a quote inside an unquoted field, text after a closing
//    quote, an unterminated quote at end of input, a field longer than
//    kMaxFieldBytes, invalid UTF-8) throws Failure(kInvalid) whose message
//    names the line, and whose field is "line N". Invalid UTF-8 includes
//    overlong forms, surrogates (U+D800..U+DFFF), code points above
//    U+10FFFF and a sequence cut off by the end of input. Records before the
//    bad spot are returned first; after a throw the reader is unusable.
//
// Not thread-safe; the reader borrows `in`, which must outlive it. Memory
// use is one block plus the fields of one record (each at most
// kMaxFieldBytes); to detect the separator, the block may grow to hold the
// first 4 MiB of the header line.
#pragma once

#include <cstddef>
#include <cstdint>
#include <istream>
#include <memory>
#include <string>
#include <vector>

namespace fremdrift {

class CsvReader {
 public:
  static constexpr size_t kMaxFieldBytes = 1 << 20;
  // How much is read from the stream at a time.
  static constexpr size_t kBlockBytes = 64 << 10;

  // `separator` 0 means detect from the first line. A given separator must
  // be an ASCII character other than '"', '\r' and '\n' (',' ';' '\t' '|'
  // are fine), or Failure(kInvalid) with field "separator" is thrown.
  // `block_bytes` is for tests: a small block exercises block boundaries.
  explicit CsvReader(std::istream& in, char separator = 0,
                     size_t block_bytes = kBlockBytes);
  ~CsvReader();
  CsvReader(const CsvReader&) = delete;
  CsvReader& operator=(const CsvReader&) = delete;

  // Reads the next record into `fields`, reusing its strings; false (and
  // `fields` emptied) at end of input. Throws Failure(kInvalid) as above,
  // or Failure(kInternal) if the stream reports a read error.
  bool Next(std::vector<std::string>& fields);

  // The 1-based line number on which the last record returned started.
  int64_t line() const { return record_line_; }
  // The separator in use (after the first record).
  char separator() const { return separator_; }
  // Bytes consumed so far, for progress reporting.
  int64_t bytes_read() const { return bytes_read_ - (end_ - pos_); }

 private:
  // Makes at least `n` checked bytes available at pos_, reading more when
  // needed; false if the input ends first. Throws at invalid UTF-8.
  bool Ensure(size_t n) {
    return static_cast<size_t>(limit_ - pos_) >= n || Fill(n);
  }
  bool Fill(size_t n);
  // Moves the unconsumed bytes to the front (growing the buffer if they
  // fill it) and reads more after them; false if the stream had no more.
  bool ReadChunk();
  void SkipByteOrderMark();
  // Skips blank lines; false at end of input.
  bool SkipBlankLines();
  void DetectSeparator();
  void SetSeparator(char separator);
  // Reads one field into `out`; true if the record goes on after it.
  bool ReadQuotedField(std::string& out);
  bool ReadUnquotedField(std::string& out);
  [[noreturn]] void Fail(int64_t line, const std::string& what) const;

  std::istream& in_;
  char separator_;
  bool started_ = false;
  bool eof_ = false;         // the stream has nothing more
  bool bad_utf8_ = false;    // the byte at limit_ starts invalid UTF-8
  size_t capacity_;
  std::unique_ptr<char[]> buffer_;
  // buffer_ <= pos_ <= limit_ <= end_: [pos_, limit_) is unconsumed text
  // known to be valid UTF-8; [limit_, end_) is an incomplete UTF-8 sequence
  // awaiting more bytes or, with bad_utf8_, starts with an invalid one.
  char* pos_ = nullptr;
  char* limit_ = nullptr;
  char* end_ = nullptr;
  bool stop_[256] = {};      // bytes that end the run of an unquoted field
  int64_t line_ = 1;         // line of pos_
  int64_t record_line_ = 0;
  int64_t bytes_read_ = 0;
};

}  // namespace fremdrift
