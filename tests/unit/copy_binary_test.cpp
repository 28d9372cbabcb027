// PostgreSQL's binary COPY format as storage/copy_binary.h writes it: the
// signature, and each value in its column type's network byte order.
#include <gtest/gtest.h>

#include "domain/failure.h"
#include "storage/copy_binary.h"

namespace fremdrift {
namespace {

std::string Bytes(std::initializer_list<int> bytes) {
  std::string out;
  for (int b : bytes) out += static_cast<char>(b);
  return out;
}

TEST(CopyBinary, HeaderAndTrailerAreTheFormatsOwn) {
  std::string out;
  AppendCopyBinaryHeader(out);
  AppendCopyBinaryTrailer(out);
  EXPECT_EQ(out, std::string("PGCOPY\n\377\r\n\0", 11) + Bytes({0, 0, 0, 0, 0, 0, 0, 0}) + Bytes({0xff, 0xff}));
}

TEST(CopyBinary, ValuesAreWrittenInTheirColumnsWidthsBigEndian) {
  const std::vector<uint32_t> types = {23, 20, 701, 25, 21, 16, 25};
  const std::vector<std::string> columns = {"a", "b", "c", "d", "e", "f", "g"};
  std::string out;
  AppendCopyBinaryRow(out, {int64_t{42}, int64_t{-2}, 1.0, std::string("æ"), int64_t{258}, int64_t{1}, nullptr},
                      types, columns);
  EXPECT_EQ(out, Bytes({0, 7,                                                  // 7 fields
                        0, 0, 0, 4, 0, 0, 0, 42,                               // int4
                        0, 0, 0, 8, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xfe,  // int8
                        0, 0, 0, 8, 0x3f, 0xf0, 0, 0, 0, 0, 0, 0,              // float8 1.0
                        0, 0, 0, 2, 0xc3, 0xa6,                                // text "æ" (UTF-8)
                        0, 0, 0, 2, 1, 2,                                      // int2 258
                        0, 0, 0, 1, 1,                                         // bool
                        0xff, 0xff, 0xff, 0xff}));                             // NULL
}

TEST(CopyBinary, AValueItsColumnCannotHoldIsABugNamingTheColumn) {
  std::string out;
  try {
    AppendCopyBinaryRow(out, {int64_t{1} << 40}, {23}, {"period"});
    FAIL() << "an int8 value in an int4 column";
  } catch (const Failure& f) {
    EXPECT_EQ(f.code(), FailureCode::kInternal);
    EXPECT_NE(std::string(f.what()).find("period"), std::string::npos);
  }
  EXPECT_THROW(AppendCopyBinaryRow(out, {std::string("1")}, {20}, {"n"}), Failure);
  EXPECT_THROW(AppendCopyBinaryRow(out, {0.5}, {20}, {"n"}), Failure);
  EXPECT_THROW(AppendCopyBinaryRow(out, {int64_t{1}}, {25}, {"t"}), Failure);
  EXPECT_THROW(AppendCopyBinaryRow(out, {std::string("a\0b", 3)}, {25}, {"t"}), Failure);
  EXPECT_TRUE(IsCopyBinaryType(1043));
  EXPECT_FALSE(IsCopyBinaryType(1700)) << "numeric goes in text";
}

}  // namespace
}  // namespace fremdrift
