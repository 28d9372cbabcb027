// The JSON error answer of the API (web/error_response.h).
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "domain/failure.h"
#include "web/error_response.h"

namespace fremdrift {
namespace {

TEST(JsonError, NamesTheCodeMessageAndField) {
  Response r = JsonError(Failure(FailureCode::kInvalid, "from must be a period", "from"));
  EXPECT_EQ(r.status, 400);
  auto e = nlohmann::json::parse(r.body)["error"];
  EXPECT_EQ(e["code"], "invalid");
  EXPECT_EQ(e["field"], "from");
}

// A message that quotes bytes that are not UTF-8 used to make the answer
// itself throw, which the server turned into a 500.
TEST(JsonError, AMessageThatIsNotUtf8IsStillAnswered) {
  Response r = JsonError(Failure(FailureCode::kNotFound, "'\xff' is not an id", "id"));
  EXPECT_EQ(r.status, 404);
  auto e = nlohmann::json::parse(r.body)["error"];
  EXPECT_EQ(e["message"], "'\xef\xbf\xbd' is not an id");
}

}  // namespace
}  // namespace fremdrift
