// The answers given inline, remembered by the exact request
// (web/inline_answer_memo.h): the same request gets the same answer again
// while nothing is committed and the Oslo day lasts; any other request,
// any commit, midnight in Oslo, credentials, a body or a hard reload does
// not; answers that set a cookie or are not 200/304 are never kept; a
// database without a change watch keeps nothing. On a real SQLite file,
// with the clock passed in.
#include <gtest/gtest.h>

#include <chrono>
#include <memory>
#include <thread>

#include "storage/audit_log.h"
#include "storage/change_watch.h"
#include "storage/migrations.h"
#include "support/test_database.h"
#include "web/inline_answer_memo.h"

namespace fremdrift::testing {
namespace {

// 2026-12-06 23:59:59 in Oslo (CET, UTC+1).
constexpr int64_t kLastSecondOfTheDay = 1796597999;

IncomingRequest Get(const std::string& target,
                    std::vector<std::pair<std::string, std::string>> headers = {{"Host", "fremdrift.test"}}) {
  IncomingRequest r;
  r.method = "GET";
  r.target = target;
  r.headers = std::move(headers);
  return r;
}

Response Series(const std::string& body) {
  Response r;
  r.shared_body = std::make_shared<const std::string>(body);
  r.headers = {{"ETag", "\"1\""}, {"Cache-Control", "no-cache"}};
  r.route_pattern = "/api/v1/indicators/{code}/series";
  return r;
}

class InlineAnswerMemoTest : public ::testing::Test {
 protected:
  void SetUp() override {
    conn_ = db_.Connect();
    Migrate(*conn_);
    // The watch's first poll counts as a change (a commit may have come
    // before it): let it happen before the test begins.
    ASSERT_TRUE(memo_.Now());
    std::this_thread::sleep_for(ChangeWatch::kPollInterval + std::chrono::milliseconds(20));
    ASSERT_TRUE(memo_.Now());
  }
  void Keep(const IncomingRequest& head, const Response& answer) {
    std::optional<InlineAnswerMemo::Moment> moment = memo_.Now();
    ASSERT_TRUE(moment);
    memo_.Keep(head, *moment, answer);
  }
  void Commit() {
    AuditEntry e;
    e.actor = "test";
    e.entity = "plan_item";
    e.entity_id = "1";
    e.action = "update";
    e.after = "{}";
    AuditLog(*conn_).Append(e);
  }
  std::string Recalled(const IncomingRequest& head) {
    std::optional<Response> r = memo_.Recall(head);
    return r ? r->Body() : "(nothing)";
  }

  TempDatabase db_{Engine::kSqlite};
  std::unique_ptr<SqlConnection> conn_;
  int64_t now_ = kLastSecondOfTheDay - 60;
  InlineAnswerMemo memo_{db_.url(), [this] { return now_; }};
};

TEST_F(InlineAnswerMemoTest, TheSameRequestGetsTheSameAnswerAgain) {
  const IncomingRequest head = Get("/api/v1/indicators/a/series?by=region");
  Keep(head, Series("[1,2,3]"));
  std::optional<Response> again = memo_.Recall(head);
  ASSERT_TRUE(again);
  EXPECT_EQ(again->status, 200);
  EXPECT_EQ(again->Body(), "[1,2,3]");
  EXPECT_EQ(again->headers, Series("").headers);
  EXPECT_EQ(again->route_pattern, "/api/v1/indicators/{code}/series") << "the access log and metrics need it";
  EXPECT_EQ(Recalled(head), "[1,2,3]") << "and again";
}

TEST_F(InlineAnswerMemoTest, AnyOtherTargetOrHeaderIsAnotherRequest) {
  Keep(Get("/monitor"), Series("nb"));
  EXPECT_EQ(Recalled(Get("/monitor?lang=en")), "(nothing)");
  EXPECT_EQ(Recalled(Get("/Monitor")), "(nothing)");
  EXPECT_EQ(Recalled(Get("/monitor", {{"Host", "other.test"}})), "(nothing)");
  EXPECT_EQ(Recalled(Get("/monitor", {{"Host", "fremdrift.test"}, {"Accept-Language", "en"}})), "(nothing)");
  EXPECT_EQ(Recalled(Get("/monitor", {{"Host", "fremdrift.test"}, {"Cookie", "lang=en"}})), "(nothing)");
  EXPECT_EQ(Recalled(Get("/monitor", {{"Host", "fremdrift.test"}, {"If-None-Match", "W/\"x\""}})), "(nothing)");
  EXPECT_EQ(Recalled(Get("/monitor")), "nb");
}

TEST_F(InlineAnswerMemoTest, ACommitForgetsEveryAnswer) {
  Keep(Get("/a"), Series("a"));
  Keep(Get("/b"), Series("b"));
  ASSERT_EQ(Recalled(Get("/a")), "a");
  Commit();
  EXPECT_EQ(Recalled(Get("/a")), "(nothing)");
  EXPECT_EQ(Recalled(Get("/b")), "(nothing)");
}

TEST_F(InlineAnswerMemoTest, AnAnswerMadeBeforeACommitIsNotKept) {
  std::optional<InlineAnswerMemo::Moment> before = memo_.Now();
  ASSERT_TRUE(before);
  Commit();
  Keep(Get("/b"), Series("b"));  // seen the commit
  memo_.Keep(Get("/a"), *before, Series("a, made from the data before the commit"));
  EXPECT_EQ(Recalled(Get("/a")), "(nothing)");
  EXPECT_EQ(Recalled(Get("/b")), "b");
}

TEST_F(InlineAnswerMemoTest, MidnightInOsloForgetsEveryAnswer) {
  now_ = kLastSecondOfTheDay;
  Keep(Get("/monitor"), Series("today"));
  EXPECT_EQ(Recalled(Get("/monitor")), "today");
  now_ = kLastSecondOfTheDay + 1;  // 2026-12-07 00:00:00 in Oslo
  EXPECT_EQ(Recalled(Get("/monitor")), "(nothing)") << "pages say what is due or overdue today";
  // In summer time (CEST, UTC+2): 2026-07-01 23:59:59 in Oslo, then midnight.
  now_ = 1782943199;
  EXPECT_EQ(Recalled(Get("/monitor")), "(nothing)") << "a clock set back is another day too";
  Keep(Get("/monitor"), Series("1 July"));
  EXPECT_EQ(Recalled(Get("/monitor")), "1 July");
  now_ += 1;
  EXPECT_EQ(Recalled(Get("/monitor")), "(nothing)");
}

TEST_F(InlineAnswerMemoTest, OnlyAnonymousGetsWithoutABodyAreKept) {
  const std::vector<std::pair<std::string, std::string>> kinds[] = {
      {{"Authorization", "Bearer x"}},
      {{"Cookie", "lang=nb; fremdrift_session=abc"}},
      {{"Content-Length", "5"}},
      {{"Transfer-Encoding", "chunked"}},
      {{"Cache-Control", "no-cache"}},
      {{"Cache-Control", "max-age=0, No-Store"}},
      {{"Pragma", "no-cache"}},
  };
  for (const auto& headers : kinds) {
    const IncomingRequest head = Get("/monitor", headers);
    Keep(head, Series("kept"));
    EXPECT_EQ(Recalled(head), "(nothing)") << headers[0].first << ": " << headers[0].second;
  }
  for (const char* method : {"HEAD", "POST", "DELETE"}) {
    IncomingRequest head = Get("/monitor");
    head.method = method;
    Keep(head, Series("kept"));
    EXPECT_EQ(Recalled(head), "(nothing)") << method;
  }
  const IncomingRequest empty_body = Get("/monitor", {{"Content-Length", "0"}});
  Keep(empty_body, Series("kept"));
  EXPECT_EQ(Recalled(empty_body), "kept") << "an empty body is no body";
}

TEST_F(InlineAnswerMemoTest, OnlyPlainAnswersAreKept) {
  Response cookie = Series("with a cookie");
  cookie.headers.emplace_back("Set-Cookie", "lang=en; Path=/");
  Keep(Get("/cookie"), cookie);
  EXPECT_EQ(Recalled(Get("/cookie")), "(nothing)") << "a cookie is for one client";
  for (int status : {201, 303, 404, 500, 503}) {
    Response r = Series("status");
    r.status = status;
    Keep(Get("/status"), r);
    EXPECT_EQ(Recalled(Get("/status")), "(nothing)") << status;
  }
  Response not_modified = Series("");
  not_modified.status = 304;
  Keep(Get("/304", {{"If-None-Match", "\"1\""}}), not_modified);
  ASSERT_TRUE(memo_.Recall(Get("/304", {{"If-None-Match", "\"1\""}})));
  EXPECT_EQ(memo_.Recall(Get("/304", {{"If-None-Match", "\"1\""}}))->status, 304);
}

TEST_F(InlineAnswerMemoTest, ABodyKeptByValueGoesOutAsAPointer) {
  Response r;
  r.body = "made on the spot";
  Keep(Get("/page"), r);
  std::optional<Response> again = memo_.Recall(Get("/page"));
  ASSERT_TRUE(again);
  EXPECT_EQ(again->Body(), "made on the spot");
  EXPECT_TRUE(again->shared_body) << "a recall copies no body";
}

TEST_F(InlineAnswerMemoTest, TheNumberOfAnswersIsBounded) {
  for (size_t i = 0; i <= InlineAnswerMemo::kMaxAnswers; ++i) Keep(Get("/p/" + std::to_string(i)), Series("x"));
  // The one over the bound made room by forgetting the others.
  EXPECT_EQ(Recalled(Get("/p/0")), "(nothing)");
  EXPECT_EQ(Recalled(Get("/p/" + std::to_string(InlineAnswerMemo::kMaxAnswers))), "x");
}

TEST_F(InlineAnswerMemoTest, EachThreadKeepsItsOwn) {
  Keep(Get("/monitor"), Series("this thread's"));
  std::string other;
  std::thread([&] { other = Recalled(Get("/monitor")); }).join();
  EXPECT_EQ(other, "(nothing)");
  EXPECT_EQ(Recalled(Get("/monitor")), "this thread's");
}

TEST(InlineAnswerMemoWithoutAWatchTest, KeepsNothing) {
  for (const char* url : {"sqlite::memory:", "postgresql://127.0.0.1:1/none"}) {
    InlineAnswerMemo memo(url, [] { return kLastSecondOfTheDay; });
    EXPECT_FALSE(memo.Now()) << url;
    memo.Keep(Get("/monitor"), InlineAnswerMemo::Moment{}, Series("kept"));
    EXPECT_FALSE(memo.Recall(Get("/monitor"))) << url;
  }
}

}  // namespace
}  // namespace fremdrift::testing
