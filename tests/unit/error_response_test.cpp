// The one mapping of failures to HTTP statuses and the JSON error answer
// of the API (web/error_response.h).
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

TEST(HttpStatus, EachFailureCodeHasItsStatus) {
  EXPECT_EQ(HttpStatus(FailureCode::kInvalid), 400);
  EXPECT_EQ(HttpStatus(FailureCode::kUnauthenticated), 401);
  EXPECT_EQ(HttpStatus(FailureCode::kForbidden), 403);
  EXPECT_EQ(HttpStatus(FailureCode::kNotFound), 404);
  EXPECT_EQ(HttpStatus(FailureCode::kConflict), 409);
  EXPECT_EQ(HttpStatus(FailureCode::kTooLarge), 413);
  EXPECT_EQ(HttpStatus(FailureCode::kTooManyRequests), 429);
  EXPECT_EQ(HttpStatus(FailureCode::kInternal), 500);
}

TEST(HttpStatus, TheRefusalsWithoutAFailureCodeHaveTheirs) {
  EXPECT_EQ(HttpStatus(HttpRefusal::kMethodNotAllowed), 405);
  EXPECT_EQ(HttpStatus(HttpRefusal::kRequestTimeout), 408);
  EXPECT_EQ(HttpStatus(HttpRefusal::kLengthRequired), 411);
  EXPECT_EQ(HttpStatus(HttpRefusal::kHeaderFieldsTooLarge), 431);
  EXPECT_EQ(HttpStatus(HttpRefusal::kBadGateway), 502);
  EXPECT_EQ(HttpStatus(HttpRefusal::kUnavailable), 503);
}

// A form shown again answers 409 when someone else changed the record or
// the name is taken, and 400 for anything else wrong with what was posted.
TEST(FormStatus, ConflictIs409AndEverythingElse400) {
  EXPECT_EQ(FormStatus(Failure(FailureCode::kConflict, "stale", "version")), 409);
  EXPECT_EQ(FormStatus(Failure(FailureCode::kInvalid, "bad", "name")), 400);
  EXPECT_EQ(FormStatus(Failure(FailureCode::kNotFound, "no such evaluator", "name")), 400);
}

// The error page's words: its own for the statuses the catalogue explains,
// else those of 500.
TEST(ErrorTextStatus, OwnTextsOrThoseOf500) {
  for (int status : {400, 401, 403, 404, 405, 409, 413, 429, 503}) EXPECT_EQ(ErrorTextStatus(status), status);
  for (int status : {408, 411, 431, 500, 502}) EXPECT_EQ(ErrorTextStatus(status), 500);
}

}  // namespace
}  // namespace fremdrift
