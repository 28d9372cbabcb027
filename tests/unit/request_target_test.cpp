// Reading a request's path and query string (web/request_target.h),
// including the inputs the query_string fuzzer starts from.
#include <gtest/gtest.h>

#include <string>
#include <utility>
#include <vector>

#include "domain/failure.h"
#include "web/request_target.h"

namespace fremdrift {
namespace {

using Query = std::vector<std::pair<std::string, std::string>>;

TEST(RequestTarget, DecodesThePathAndTheQueryInOrder) {
  RequestTarget t = ParseRequestTarget("/s%C3%B8k?q=e+resept&from=2022-Q1&q=%E2%82%AC&empty=&novalue", "");
  EXPECT_EQ(t.path, "/søk");
  EXPECT_EQ(t.query_params, (Query{{"q", "e resept"}, {"from", "2022-Q1"}, {"q", "€"}, {"empty", ""},
                            {"novalue", ""}}));
}

TEST(RequestTarget, APathWithoutQueryHasNoParameters) {
  RequestTarget t = ParseRequestTarget("/api/v1/strategies", "");
  EXPECT_EQ(t.path, "/api/v1/strategies");
  EXPECT_TRUE(t.query_params.empty());
}

// Before ParseRequestTarget, a bad escape in the query (unlike one in the
// path) escaped as a Poco exception and became a 500 (found by fuzzing).
TEST(RequestTarget, ABadPercentEscapeInThePathOrQueryIsInvalidNamingTheUri) {
  for (const char* target : {"/%zz", "/api/v1/x?from=%zz", "/x?to=%", "/x?%4=1", "/x?a=%G0"}) {
    SCOPED_TRACE(target);
    try {
      ParseRequestTarget(target, "");
      ADD_FAILURE() << "accepted";
    } catch (const Failure& f) {
      EXPECT_EQ(f.code(), FailureCode::kInvalid);
      EXPECT_EQ(f.field(), "uri");
    }
  }
}

// Found while fuzzing: "%FF" decoded to a byte that is not UTF-8, which
// then made the JSON error answer itself fail (a 500).
TEST(RequestTarget, ADecodedPathOrQueryThatIsNotUtf8IsInvalid) {
  for (const char* target : {"/api/v1/items/%FF", "/x?q=%C3", "/x?%ED%A0%80=1", "/x?a=%C0%AF"}) {
    SCOPED_TRACE(target);
    try {
      ParseRequestTarget(target, "");
      ADD_FAILURE() << "accepted";
    } catch (const Failure& f) {
      EXPECT_EQ(f.code(), FailureCode::kInvalid);
      EXPECT_EQ(f.field(), "uri");
    }
  }
  EXPECT_EQ(ParseRequestTarget("/x?q=%F0%9F%98%80", "").query_params, (Query{{"q", "😀"}}));
}

}  // namespace
}  // namespace fremdrift
