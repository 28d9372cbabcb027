// The CSV reader: separators, quoting, line ends, line numbers, the errors
// it reports with their line, and reading across block boundaries.
#include <gtest/gtest.h>

#include <sstream>
#include <stdexcept>
#include <streambuf>
#include <string>
#include <vector>

#include "domain/failure.h"
#include "formats/csv_reader.h"

namespace fremdrift {
namespace {

using Rows = std::vector<std::vector<std::string>>;

struct Read {
  Rows rows;
  std::vector<int64_t> lines;  // line() of each row
  char separator = 0;
};

Read ReadAll(const std::string& text, char separator = 0,
             size_t block_bytes = CsvReader::kBlockBytes) {
  std::istringstream in(text);
  CsvReader reader(in, separator, block_bytes);
  Read out;
  std::vector<std::string> fields;
  while (reader.Next(fields)) {
    out.rows.push_back(fields);
    out.lines.push_back(reader.line());
  }
  EXPECT_TRUE(fields.empty());
  EXPECT_EQ(reader.bytes_read(), static_cast<int64_t>(text.size()));
  out.separator = reader.separator();
  return out;
}

Rows RowsOf(const std::string& text, char separator = 0) { return ReadAll(text, separator).rows; }

// The Failure that reading all of `text` throws, after `rows_before` records.
Failure FailureOf(const std::string& text, size_t rows_before = 0,
                  size_t block_bytes = CsvReader::kBlockBytes) {
  std::istringstream in(text);
  CsvReader reader(in, 0, block_bytes);
  std::vector<std::string> fields;
  size_t rows = 0;
  try {
    while (reader.Next(fields)) ++rows;
  } catch (const Failure& f) {
    EXPECT_EQ(rows, rows_before) << text.substr(0, 200);
    EXPECT_EQ(f.code(), FailureCode::kInvalid);
    return f;
  }
  ADD_FAILURE() << "no failure for: " << text.substr(0, 200);
  return Failure(FailureCode::kInternal, "");
}

// Expects a failure on `line` whose message mentions `words`.
void ExpectFailure(const std::string& text, int64_t line, const std::string& words,
                   size_t rows_before = 0) {
  Failure f = FailureOf(text, rows_before);
  std::string where = "line " + std::to_string(line);
  EXPECT_EQ(f.field(), where) << text.substr(0, 200);
  EXPECT_EQ(std::string(f.what()).rfind(where + ": ", 0), 0u) << f.what();
  EXPECT_NE(std::string(f.what()).find(words), std::string::npos) << f.what();
}

TEST(CsvReaderTest, DetectsCommaSeparator) {
  Read r = ReadAll("a,b,c\n1,2,3\n");
  EXPECT_EQ(r.separator, ',');
  EXPECT_EQ(r.rows, (Rows{{"a", "b", "c"}, {"1", "2", "3"}}));
}

TEST(CsvReaderTest, DetectsSemicolonSeparator) {
  Read r = ReadAll("a;b;c\n1,5;2,25;3\n");
  EXPECT_EQ(r.separator, ';');
  EXPECT_EQ(r.rows, (Rows{{"a", "b", "c"}, {"1,5", "2,25", "3"}}));
}

TEST(CsvReaderTest, SeparatorThatOccursMoreOftenInHeaderWins) {
  EXPECT_EQ(ReadAll("a,b;c;d\n").separator, ';');
  EXPECT_EQ(ReadAll("a,b,c;d\n").separator, ',');
}

TEST(CsvReaderTest, SeparatorTieGoesToComma) {
  EXPECT_EQ(ReadAll("a,b;c\n").separator, ',');
  EXPECT_EQ(ReadAll("single\n1\n").separator, ',');
}

TEST(CsvReaderTest, SeparatorsInsideQuotesDoNotCountForDetection) {
  Read r = ReadAll("\"a,b,c\";d;e\n");
  EXPECT_EQ(r.separator, ';');
  EXPECT_EQ(r.rows, (Rows{{"a,b,c", "d", "e"}}));
}

TEST(CsvReaderTest, DetectionLooksOnlyAtTheFirstNonBlankLine) {
  EXPECT_EQ(ReadAll("\n\r\na;b\n1,2,3,4\n").separator, ';');
}

TEST(CsvReaderTest, DetectionReadsHeaderLongerThanBlock) {
  std::string header;
  for (int i = 0; i < 100; ++i) header += "column" + std::to_string(i) + ";";
  header += "x,y\n";
  Read r = ReadAll(header + "1;2\n", 0, 64);
  EXPECT_EQ(r.separator, ';');
  EXPECT_EQ(r.rows.at(0).size(), 101u);
  EXPECT_EQ(r.rows.at(1), (std::vector<std::string>{"1", "2"}));
}

TEST(CsvReaderTest, GivenSeparatorIsUsed) {
  Read r = ReadAll("a,b;c\n", ';');
  EXPECT_EQ(r.separator, ';');
  EXPECT_EQ(r.rows, (Rows{{"a,b", "c"}}));
  EXPECT_EQ(RowsOf("a\tb,c\n", '\t'), (Rows{{"a", "b,c"}}));
}

TEST(CsvReaderTest, RefusesQuoteOrLineBreakAsSeparator) {
  std::istringstream in("");
  for (char c : {'"', '\n', '\r', '\xC3'}) {
    try {
      CsvReader reader(in, c);
      ADD_FAILURE() << "accepted separator " << static_cast<int>(c);
    } catch (const Failure& f) {
      EXPECT_EQ(f.field(), "separator");
    }
  }
}

TEST(CsvReaderTest, SkipsByteOrderMark) {
  Read r = ReadAll("\xEF\xBB\xBFindicator;value\nx;1\n");
  EXPECT_EQ(r.separator, ';');
  EXPECT_EQ(r.rows, (Rows{{"indicator", "value"}, {"x", "1"}}));
  EXPECT_EQ(r.lines, (std::vector<int64_t>{1, 2}));
}

TEST(CsvReaderTest, ByteOrderMarkLaterIsText) {
  EXPECT_EQ(RowsOf("a\n\xEF\xBB\xBF" "b\n"), (Rows{{"a"}, {"\xEF\xBB\xBF" "b"}}));
}

TEST(CsvReaderTest, EmptyInputHasNoRecords) {
  EXPECT_TRUE(RowsOf("").empty());
  EXPECT_TRUE(RowsOf("\xEF\xBB\xBF").empty());
  EXPECT_TRUE(RowsOf("\n\n\r\n\n").empty());
  EXPECT_TRUE(RowsOf("\r").empty());
}

TEST(CsvReaderTest, KeepsEmptyFields) {
  EXPECT_EQ(RowsOf("a,,b\n,\n,x,\n"), (Rows{{"a", "", "b"}, {"", ""}, {"", "x", ""}}));
  EXPECT_EQ(RowsOf("\"\"\n"), (Rows{{""}}));
  EXPECT_EQ(RowsOf("a,b,"), (Rows{{"a", "b", ""}}));
}

TEST(CsvReaderTest, KeepsSpacesAndOtherText) {
  EXPECT_EQ(RowsOf(" a , b \n"), (Rows{{" a ", " b "}}));
  EXPECT_EQ(RowsOf("Ålesund,Tromsø\n"), (Rows{{"Ålesund", "Tromsø"}}));
}

TEST(CsvReaderTest, QuotedFieldsHoldSeparatorsLineBreaksAndDoubledQuotes) {
  EXPECT_EQ(RowsOf("\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\"\nnext,row,x\n"),
            (Rows{{"a,b", "say \"hi\"", "two\nlines"}, {"next", "row", "x"}}));
  EXPECT_EQ(RowsOf("\"\"\"\"\n"), (Rows{{"\""}}));
  EXPECT_EQ(RowsOf("\"a\"\"\"\n"), (Rows{{"a\""}}));
  EXPECT_EQ(RowsOf("\"\"\"a\",b\n"), (Rows{{"\"a", "b"}}));
}

TEST(CsvReaderTest, QuotedFieldMayCloseAtEndOfInput) {
  EXPECT_EQ(RowsOf("a,\"b\""), (Rows{{"a", "b"}}));
  EXPECT_EQ(RowsOf("a,\"b\"\r"), (Rows{{"a", "b"}}));
}

TEST(CsvReaderTest, AcceptsCrlfLineEnds) {
  Read r = ReadAll("a;b\r\n1;\"2\"\r\n\r\n3;4\r\n");
  EXPECT_EQ(r.rows, (Rows{{"a", "b"}, {"1", "2"}, {"3", "4"}}));
  EXPECT_EQ(r.lines, (std::vector<int64_t>{1, 2, 4}));
  EXPECT_EQ(RowsOf("a,b\r"), (Rows{{"a", "b"}}));
}

TEST(CsvReaderTest, KeepsLineBreaksInsideQuotesAsWritten) {
  EXPECT_EQ(RowsOf("\"one\r\ntwo\",x\r\n"), (Rows{{"one\r\ntwo", "x"}}));
}

TEST(CsvReaderTest, LoneCarriageReturnInUnquotedFieldIsText) {
  EXPECT_EQ(RowsOf("a\rb,c\n"), (Rows{{"a\rb", "c"}}));
  EXPECT_EQ(RowsOf("\r,c\n"), (Rows{{"\r", "c"}}));
}

TEST(CsvReaderTest, SkipsBlankLinesAndCountsThem) {
  Read r = ReadAll("\n\na,b\n\n\n1,2\n\r\n3,4");
  EXPECT_EQ(r.rows, (Rows{{"a", "b"}, {"1", "2"}, {"3", "4"}}));
  EXPECT_EQ(r.lines, (std::vector<int64_t>{3, 6, 8}));
}

TEST(CsvReaderTest, LineIsWhereRecordStarts) {
  Read r = ReadAll("h1,h2\n\"a\nb\nc\",x\nnext,\"y\r\nz\"\nlast,1\n");
  EXPECT_EQ(r.rows, (Rows{{"h1", "h2"}, {"a\nb\nc", "x"}, {"next", "y\r\nz"}, {"last", "1"}}));
  EXPECT_EQ(r.lines, (std::vector<int64_t>{1, 2, 5, 7}));
}

TEST(CsvReaderTest, ReusesFieldStrings) {
  std::istringstream in("a,b,c\nd\ne,f\n");
  CsvReader reader(in);
  std::vector<std::string> fields{"old", "stale", "values", "more"};
  ASSERT_TRUE(reader.Next(fields));
  EXPECT_EQ(fields, (std::vector<std::string>{"a", "b", "c"}));
  ASSERT_TRUE(reader.Next(fields));
  EXPECT_EQ(fields, (std::vector<std::string>{"d"}));
  ASSERT_TRUE(reader.Next(fields));
  EXPECT_EQ(fields, (std::vector<std::string>{"e", "f"}));
  EXPECT_FALSE(reader.Next(fields));
  EXPECT_FALSE(reader.Next(fields));
}

TEST(CsvReaderTest, RefusesQuoteInsideUnquotedField) {
  ExpectFailure("a,b\nx,y\"z\n", 2, "quote inside an unquoted field", 1);
  ExpectFailure("a,b\"", 1, "quote inside an unquoted field");
}

TEST(CsvReaderTest, RefusesTextAfterClosingQuote) {
  ExpectFailure("a,b\n\"x\"y,z\n", 2, "after the closing quote", 1);
  ExpectFailure("a\n\"multi\nline\" ,z\n", 3, "after the closing quote", 1);
  ExpectFailure("\"x\"\ry\n", 1, "after the closing quote");
}

TEST(CsvReaderTest, RefusesUnterminatedQuoteNamingTheLineItOpens) {
  ExpectFailure("a,b\n1,2\n3,\"open\nand\nnever closed\n", 3, "not closed", 2);
  ExpectFailure("\"", 1, "not closed");
}

TEST(CsvReaderTest, RefusesFieldLongerThanLimit) {
  std::string longest(CsvReader::kMaxFieldBytes, 'x');
  EXPECT_EQ(RowsOf("a\n" + longest + "\n").at(1).at(0).size(), CsvReader::kMaxFieldBytes);
  EXPECT_EQ(RowsOf("a\n\"" + longest + "\"\n").at(1).at(0).size(), CsvReader::kMaxFieldBytes);
  ExpectFailure("a\nb\n" + longest + "x\n", 3, "longer than 1048576 bytes", 2);
  ExpectFailure("a\n\"\n" + longest + "\"\n", 2, "longer than", 1);
  ExpectFailure("a\n\"" + longest + "\"\"\"\n", 2, "longer than", 1);  // with the quote
}

TEST(CsvReaderTest, AcceptsValidMultiByteUtf8) {
  // 2, 3 and 4 byte forms at the edges of their ranges.
  std::string text = "\xC2\x80,\xDF\xBF,\xE0\xA0\x80,\xED\x9F\xBF,\xEE\x80\x80,\xEF\xBF\xBF,"
                     "\xF0\x90\x80\x80,\xF4\x8F\xBF\xBF,😀\n";
  EXPECT_EQ(RowsOf(text).at(0).size(), 9u);
}

TEST(CsvReaderTest, RefusesInvalidUtf8WithItsLine) {
  const char* bad[] = {
      "\x80",              // continuation byte alone
      "\xC0\xAF",          // overlong '/'
      "\xC1\xBF",          // overlong
      "\xE0\x80\xAF",      // overlong 3-byte
      "\xF0\x80\x80\xAF",  // overlong 4-byte
      "\xED\xA0\x80",      // surrogate U+D800
      "\xED\xBF\xBF",      // surrogate U+DFFF
      "\xF4\x90\x80\x80",  // U+110000
      "\xF5\x80\x80\x80",  // beyond any code point
      "\xFF",
      "\xC3(",             // missing continuation
      "\xE2\x82",          // cut short before a separator
  };
  for (const char* b : bad) {
    SCOPED_TRACE(::testing::PrintToString(std::string(b)));
    ExpectFailure("a,b\nx,y\n1,2" + std::string(b) + ",3\n4,5\n", 3, "not valid UTF-8", 2);
    ExpectFailure("a,b\n\"q\n" + std::string(b) + "\",3\n", 3, "not valid UTF-8", 1);
  }
}

TEST(CsvReaderTest, RefusesUtf8CutOffByEndOfInput) {
  ExpectFailure("a\nb\xE2\x82", 2, "not valid UTF-8", 1);
  ExpectFailure("a\n\xC3", 2, "not valid UTF-8", 1);
}

// A record split over the 64 KiB block boundary in every way that matters:
// a quoted field with a line break and a doubled quote, a CRLF, and a
// multi-byte character, each placed across the boundary.
TEST(CsvReaderTest, ReadsRecordsAcrossBlockBoundary) {
  const std::string tricky = "\"x\ny\"\"z\";\"ø😀\"\r\n";  // one record on two lines
  for (size_t shift = 0; shift < tricky.size(); ++shift) {
    SCOPED_TRACE(shift);
    // Filler rows, then a padding row that makes `tricky` start `shift`
    // bytes before the end of the first block.
    std::string text = "id;text\r\n";
    Rows expected{{"id", "text"}};
    for (int i = 0; text.size() < CsvReader::kBlockBytes - 100; ++i) {
      text += std::to_string(i) + ";row\r\n";
      expected.push_back({std::to_string(i), "row"});
    }
    std::string padding(CsvReader::kBlockBytes - shift - text.size() - 6, 'p');
    text += "pad;" + padding + "\r\n";
    expected.push_back({"pad", padding});
    ASSERT_EQ(text.size(), CsvReader::kBlockBytes - shift);
    text += tricky + "after;1\r\n";
    expected.push_back({"x\ny\"z", "ø😀"});
    expected.push_back({"after", "1"});
    int64_t tricky_line = static_cast<int64_t>(expected.size()) - 1;

    Read r = ReadAll(text);
    EXPECT_EQ(r.rows, expected);
    ASSERT_EQ(r.lines.size(), expected.size());
    EXPECT_EQ(r.lines[expected.size() - 2], tricky_line);
    EXPECT_EQ(r.lines.back(), tricky_line + 2);
  }
}

TEST(CsvReaderTest, ReadsBigInputIdenticallyWithAnyBlockSize) {
  std::string text = "\xEF\xBB\xBFindicator;period;value;note\r\n";
  for (int i = 0; i < 20000; ++i) {
    text += "kpi-" + std::to_string(i % 97) + ";2024-Q" + std::to_string(i % 4 + 1) + ";" +
            std::to_string(i) + "," + std::to_string(i % 10) + ";";
    if (i % 7 == 0) text += "\"note with ; and \"\"quotes\"\"\nand a second line, æøå\"";
    if (i % 11 == 0) text += "\r\n";  // a blank line follows
    text += "\r\n";
  }
  ASSERT_GT(text.size(), 4 * CsvReader::kBlockBytes);
  Read whole = ReadAll(text, 0, text.size() + 1);
  ASSERT_EQ(whole.rows.size(), 20001u);
  EXPECT_EQ(whole.rows[8][3], "note with ; and \"quotes\"\nand a second line, æøå");
  for (size_t block : {size_t{1}, size_t{7}, size_t{4093}, CsvReader::kBlockBytes}) {
    SCOPED_TRACE(block);
    Read r = ReadAll(text, 0, block);
    EXPECT_EQ(r.rows, whole.rows);
    EXPECT_EQ(r.lines, whole.lines);
  }
}

TEST(CsvReaderTest, ReportsInvalidUtf8LineAfterBlockBoundary) {
  std::string text;
  int64_t lines = 0;
  while (text.size() < 3 * CsvReader::kBlockBytes) {
    text += "\"multi\nline\",ø\n";
    lines += 2;
  }
  for (size_t block : {size_t{16}, CsvReader::kBlockBytes}) {
    Failure f = FailureOf(text + "ok\nbad\xE0\x9F\x80\n", static_cast<size_t>(lines / 2 + 1), block);
    EXPECT_EQ(f.field(), "line " + std::to_string(lines + 2));
  }
}

TEST(CsvReaderTest, ReportsReadErrorAsInternal) {
  struct FailingBuffer : std::streambuf {
    int_type underflow() override { throw std::runtime_error("disk gone"); }
  } buffer;
  std::istream in(&buffer);
  CsvReader reader(in);
  std::vector<std::string> fields;
  try {
    reader.Next(fields);
    ADD_FAILURE() << "no failure";
  } catch (const Failure& f) {
    EXPECT_EQ(f.code(), FailureCode::kInternal);
  }
}

TEST(CsvReaderTest, CountsBytesRead) {
  std::string text = "a,b\n1,2\n";
  std::istringstream in(text);
  CsvReader reader(in);
  std::vector<std::string> fields;
  ASSERT_TRUE(reader.Next(fields));
  EXPECT_EQ(reader.bytes_read(), 4);
  ASSERT_TRUE(reader.Next(fields));
  EXPECT_EQ(reader.bytes_read(), 8);
}

}  // namespace
}  // namespace fremdrift
