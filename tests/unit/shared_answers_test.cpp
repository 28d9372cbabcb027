// The answers identical requests share (web/shared_answers.h): which
// request may take which answer, waiting for one being made, and what is
// never shared.
#include <gtest/gtest.h>

#include <atomic>
#include <thread>

#include "web/exact_request.h"
#include "web/shared_answers.h"

namespace fremdrift {
namespace {

using Clock = SharedAnswers::Clock;
using std::chrono::milliseconds;

Response Page(const std::string& text) { return Response::Html(text); }

std::string TextOf(const SharedAnswers::Taken& taken) {
  return taken.answer ? taken.answer->Body() : "(to make)";
}

// Makes and shares `answer` to `key`, begun now.
void MakeAndShare(SharedAnswers& shared, const std::string& key, Response answer) {
  SharedAnswers::Taken taken = shared.Take(key, Clock::now());
  ASSERT_TRUE(taken.making) << "nothing was kept for " << key;
  taken.making->Share(answer);
}

TEST(SharedAnswers, ARequestTakesAnAnswerBegunAfterItArrived) {
  SharedAnswers shared(4);
  const Clock::time_point arrived = Clock::now();
  MakeAndShare(shared, "GET /monitor", Page("made after you came"));
  EXPECT_EQ(TextOf(shared.Take("GET /monitor", arrived)), "made after you came");
  EXPECT_EQ(TextOf(shared.Take("GET /monitor", arrived)), "made after you came") << "and so does the next";
  EXPECT_EQ(TextOf(shared.Take("GET /other", arrived)), "(to make)") << "another request";
}

TEST(SharedAnswers, ARequestNeverTakesAnAnswerBegunBeforeItArrived) {
  SharedAnswers shared(4);
  MakeAndShare(shared, "GET /monitor", Page("old"));
  std::this_thread::sleep_for(milliseconds(2));
  const Clock::time_point arrived = Clock::now();
  SharedAnswers::Taken taken = shared.Take("GET /monitor", arrived);
  EXPECT_EQ(TextOf(taken), "(to make)") << "a write may have been acknowledged since";
  ASSERT_TRUE(taken.making);
  Response fresh = Page("new");
  taken.making->Share(fresh);
  EXPECT_EQ(fresh.Body(), "new") << "the maker still sends its own answer whole";
  EXPECT_EQ(TextOf(shared.Take("GET /monitor", arrived)), "new");
}

TEST(SharedAnswers, ARequestWaitsForTheIdenticalAnswerBeingMade) {
  SharedAnswers shared(4);
  const Clock::time_point arrived = Clock::now();
  SharedAnswers::Taken maker = shared.Take("GET /", Clock::now());
  ASSERT_TRUE(maker.making);
  std::atomic<bool> shared_yet{false};
  std::string waited_for;
  std::thread waiter([&] {
    SharedAnswers::Taken taken = shared.Take("GET /", arrived);
    EXPECT_TRUE(shared_yet) << "it returned before the answer was made";
    waited_for = TextOf(taken);
  });
  std::this_thread::sleep_for(milliseconds(50));
  shared_yet = true;
  Response answer = Page("made once");
  maker.making->Share(answer);
  waiter.join();
  EXPECT_EQ(waited_for, "made once");
}

TEST(SharedAnswers, NoMoreThanTheLimitWaitAtOnce) {
  SharedAnswers shared(1);
  const Clock::time_point arrived = Clock::now();
  SharedAnswers::Taken maker = shared.Take("GET /report.pdf", Clock::now());
  ASSERT_TRUE(maker.making);
  std::string waited_for;
  std::thread waiter([&] { waited_for = TextOf(shared.Take("GET /report.pdf", arrived)); });
  std::this_thread::sleep_for(milliseconds(50));
  // The one worker allowed to wait is waiting: this request is not held.
  SharedAnswers::Taken second = shared.Take("GET /report.pdf", arrived);
  EXPECT_TRUE(second.making) << "it was answered while the answer was still being made?";
  Response answer = Page("printed");
  maker.making->Share(answer);
  waiter.join();
  EXPECT_EQ(waited_for, "printed");
}

TEST(SharedAnswers, AnAnswerNeverSharedLetsTheWaitersMakeTheirOwn) {
  SharedAnswers shared(4);
  const Clock::time_point arrived = Clock::now();
  std::optional<SharedAnswers::Taken> maker = shared.Take("GET /", Clock::now());
  ASSERT_TRUE(maker->making);
  std::string waited_for;
  std::thread waiter([&] { waited_for = TextOf(shared.Take("GET /", arrived)); });
  std::this_thread::sleep_for(milliseconds(20));
  maker.reset();  // the handler threw, or wrote: nothing to share
  waiter.join();
  EXPECT_EQ(waited_for, "(to make)");
  EXPECT_EQ(shared.requests(), 0u);
}

TEST(SharedAnswers, OnlyA200Or304ThatSetsNoCookieIsShared) {
  SharedAnswers shared(4);
  const Clock::time_point arrived = Clock::now();
  Response failed = Page("failed");
  failed.status = 500;
  MakeAndShare(shared, "GET /a", failed);
  Response signed_in = Page("signed in");
  signed_in.headers.emplace_back("Set-Cookie", "session=secret");
  MakeAndShare(shared, "GET /b", signed_in);
  Response unchanged = Page("");
  unchanged.status = kHttpNotModified;
  MakeAndShare(shared, "GET /c", unchanged);
  EXPECT_EQ(TextOf(shared.Take("GET /a", arrived)), "(to make)");
  EXPECT_EQ(TextOf(shared.Take("GET /b", arrived)), "(to make)");
  EXPECT_EQ(shared.Take("GET /c", arrived).answer->status, kHttpNotModified);
}

TEST(SharedAnswers, LargeAnswersAreNotKeptAndTheBytesAreBounded) {
  SharedAnswers shared(4);
  const Clock::time_point arrived = Clock::now();
  MakeAndShare(shared, "GET /export", Page(std::string(SharedAnswers::kMaxBodyBytes + 1, 'x')));
  EXPECT_EQ(TextOf(shared.Take("GET /export", arrived)), "(to make)");
  const std::string body(SharedAnswers::kMaxBodyBytes, 'y');
  for (int i = 0; i < 20; ++i) MakeAndShare(shared, "GET /" + std::to_string(i), Page(body));
  EXPECT_LE(shared.bytes(), SharedAnswers::kMaxBytes);
  EXPECT_GE(shared.requests(), 1u) << "the newest is kept";
}

IncomingRequest Get(const std::string& target, std::vector<std::pair<std::string, std::string>> headers) {
  IncomingRequest head;
  head.method = "GET";
  head.target = target;
  head.headers = std::move(headers);
  return head;
}

std::string KeyOf(const IncomingRequest& head) {
  std::string key;
  ExactRequestKey(head, key);
  return key;
}

TEST(ExactRequest, IdenticalRequestsOnlyHaveOneKey) {
  const IncomingRequest a = Get("/monitor", {{"Host", "t"}, {"Authorization", "Bearer one"}});
  EXPECT_EQ(KeyOf(a), KeyOf(Get("/monitor", {{"Host", "t"}, {"Authorization", "Bearer one"}})));
  EXPECT_NE(KeyOf(a), KeyOf(Get("/monitor", {{"Host", "t"}, {"Authorization", "Bearer two"}})))
      << "another user";
  EXPECT_NE(KeyOf(a), KeyOf(Get("/monitor?lang=en", {{"Host", "t"}, {"Authorization", "Bearer one"}})));
  EXPECT_NE(KeyOf(a), KeyOf(Get("/monitor", {{"Authorization", "Bearer one"}, {"Host", "t"}})));
  IncomingRequest head = a;
  head.method = "HEAD";
  EXPECT_NE(KeyOf(a), KeyOf(head));
}

TEST(ExactRequest, TheSameRequestFromAnotherAddressIsAnotherRequest) {
  IncomingRequest local = Get("/metrics", {{"Host", "t"}});
  local.peer_address = "127.0.0.1";
  IncomingRequest remote = local;
  remote.peer_address = "192.0.2.7";
  std::string a, b;
  ExactRequestFromPeerKey(local, a);
  ExactRequestFromPeerKey(remote, b);
  EXPECT_NE(a, b) << "/metrics answers loopback only";
  EXPECT_EQ(KeyOf(local), KeyOf(remote));
}

TEST(ExactRequest, OnlyAGetOrHeadWithoutABodyIsABodilessRead) {
  EXPECT_TRUE(IsBodilessRead(Get("/", {})));
  EXPECT_TRUE(IsBodilessRead(Get("/", {{"Content-Length", "0"}})));
  EXPECT_FALSE(IsBodilessRead(Get("/", {{"Content-Length", "3"}})));
  EXPECT_FALSE(IsBodilessRead(Get("/", {{"transfer-encoding", "chunked"}})));
  IncomingRequest post = Get("/", {});
  post.method = "POST";
  EXPECT_FALSE(IsBodilessRead(post));
}

}  // namespace
}  // namespace fremdrift
