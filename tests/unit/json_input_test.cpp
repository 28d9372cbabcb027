// Outside JSON is refused cleanly when it is too deep or not UTF-8
// (formats/json_input.h), and the bundle reader keeps the same limits.
#include <gtest/gtest.h>

#include "domain/failure.h"
#include "formats/bundle_files.h"
#include "formats/json_input.h"

namespace fremdrift {
namespace {

std::string Nested(size_t depth) { return std::string(depth, '[') + std::string(depth, ']'); }

TEST(JsonInput, NestingDepthIsCountedOutsideStrings) {
  EXPECT_EQ(JsonNestingDepth("1"), 0u);
  EXPECT_EQ(JsonNestingDepth("{\"a\": [1, {\"b\": []}]}"), 4u);
  EXPECT_EQ(JsonNestingDepth("{\"a\": \"[[[[[[\\\"[[[[\"}"), 1u);
  EXPECT_EQ(JsonNestingDepth(Nested(200000)), kMaxJsonDepth + 1);  // stops early
}

TEST(JsonInput, SixtyFourLevelsAreAcceptedAndSixtyFiveRefused) {
  EXPECT_NO_THROW(ParseJsonInput(Nested(kMaxJsonDepth), "the body"));
  try {
    ParseJsonInput(Nested(kMaxJsonDepth + 1), "the body");
    ADD_FAILURE() << "accepted";
  } catch (const Failure& f) {
    EXPECT_EQ(f.code(), FailureCode::kInvalid);
    EXPECT_EQ(f.field(), "$");
    EXPECT_EQ(std::string(f.what()), "the body is nested deeper than 64 levels of arrays and objects");
  }
}

TEST(JsonInput, BrokenUtf8AndSyntaxErrorsAreRefusedWithoutEchoingTheInput) {
  try {
    ParseJsonInput("{\"title\": \"a\xFF\"}", "the body");
    ADD_FAILURE() << "accepted";
  } catch (const Failure& f) {
    EXPECT_EQ(std::string(f.what()), "the body is not valid UTF-8 text");
  }
  try {
    ParseJsonInput("{\"title\": secret-looking-bytes", "the body");
    ADD_FAILURE() << "accepted";
  } catch (const Failure& f) {
    EXPECT_EQ(std::string(f.what()).find("secret"), std::string::npos);
    EXPECT_NE(std::string(f.what()).find("not valid JSON"), std::string::npos);
  }
}

TEST(JsonInput, BundleFilesKeepTheSameLimits) {
  EXPECT_THROW(ParseBundleText("deep.json", Nested(100000)), Failure);
  EXPECT_THROW(ParseBundleText("bad.json", "{\"strategies\": [\"\xC3\"]}"), Failure);
  try {
    ParseBundleText("deep.json", "{\"strategies\": " + Nested(500) + "}");
  } catch (const Failure& f) {
    EXPECT_EQ(f.field(), "deep.json");
    EXPECT_NE(std::string(f.what()).find("nested deeper than 64"), std::string::npos);
  }
}

}  // namespace
}  // namespace fremdrift
