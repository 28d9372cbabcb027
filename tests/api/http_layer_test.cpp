// The HTTP layer under hostile and faulty clients, over raw sockets on
// loopback against a real server (docs/security.md, "The HTTP layer"):
// ambiguous framing is refused and closes the connection (no request
// smuggling), writes without a length get 411 at once, malformed targets
// get 400, HEAD/OPTIONS/TRACE behave, slow or idle clients are cut off and
// hold no worker, body limits and the sign-in gate apply before a body is
// read, and PDF printing is bounded. HTTP framing does not depend on the
// database engine, so these run on SQLite.
#include <gtest/gtest.h>

#include <poll.h>
#include <sys/socket.h>

#include <atomic>
#include <chrono>
#include <memory>
#include <thread>
#include <vector>

#include "app/pdf_print_queue.h"
#include "app/pdf_printer.h"
#include "support/raw_http.h"
#include "support/test_server.h"
#include "support/wait_until.h"
#include "web/server.h"

namespace fremdrift::testing {
namespace {

class HttpLayerTest : public ::testing::Test {
 protected:
  void SetUp() override { server_ = std::make_unique<TestServer>(Engine::kSqlite, true); }

  int port() const { return server_->port(); }

  // Sends `raw` on a fresh connection and returns everything the server
  // sends until it closes.
  std::string Exchange(const std::string& raw, int timeout_seconds = 10) {
    RawConnection c(port(), timeout_seconds);
    c.Send(raw);
    return c.ReadAll();
  }

  // The status of the one response to `raw` on a fresh connection.
  int StatusOf(const std::string& raw) {
    RawConnection c(port());
    c.Send(raw);
    return c.Read().status;
  }

  std::unique_ptr<TestServer> server_;
};

const std::string kHealthz = "GET /healthz HTTP/1.1\r\nHost: t\r\n\r\n";

TEST_F(HttpLayerTest, ContentLengthWithTransferEncodingIsRefusedAndCloses) {
  std::string out = Exchange(
      "POST /api/v1/items HTTP/1.1\r\nHost: t\r\nContent-Length: 40\r\n"
      "Transfer-Encoding: chunked\r\n\r\n0\r\n\r\n" + kHealthz);
  EXPECT_EQ(out.rfind("HTTP/1.1 400 ", 0), 0u) << out;
  EXPECT_EQ(CountResponses(out), 1) << "the body must never be read as a request: " << out;
  EXPECT_NE(out.find("Connection: close"), std::string::npos) << out;
  // The refusal carries the security headers like any response.
  EXPECT_NE(out.find("X-Content-Type-Options: nosniff"), std::string::npos) << out;
  EXPECT_NE(out.find("Cache-Control: no-store"), std::string::npos) << out;
}

TEST_F(HttpLayerTest, DuplicateOrConflictingContentLengthIsRefused) {
  for (const std::string lengths : {"Content-Length: 5\r\nContent-Length: 5\r\n",
                                    "Content-Length: 5\r\nContent-Length: 6\r\n",
                                    "Content-Length: 5, 6\r\n", "Content-Length: -5\r\n",
                                    "Content-Length: 0x10\r\n"}) {
    std::string out = Exchange("POST /api/v1/items HTTP/1.1\r\nHost: t\r\n" + lengths +
                               "\r\nhello" + kHealthz);
    EXPECT_EQ(out.rfind("HTTP/1.1 400 ", 0), 0u) << lengths << out;
    EXPECT_EQ(CountResponses(out), 1) << lengths << out;
  }
}

TEST_F(HttpLayerTest, UnknownTransferCodingIsRefused) {
  for (const std::string coding : {"gzip", "gzip, chunked", "chunked, gzip", "identity",
                                   "chunked\r\nTransfer-Encoding: chunked"}) {
    std::string out = Exchange("POST /api/v1/items HTTP/1.1\r\nHost: t\r\nTransfer-Encoding: " +
                               coding + "\r\n\r\n0\r\n\r\n" + kHealthz);
    EXPECT_EQ(out.rfind("HTTP/1.1 400 ", 0), 0u) << coding << ": " << out;
    EXPECT_EQ(CountResponses(out), 1) << coding << ": " << out;
  }
}

TEST_F(HttpLayerTest, ABodyIsNeverReadAsTheNextRequest) {
  const std::string token = server_->AddUserWithToken("kari", "Hdir", Role::kEditor);
  // The body, in full, is a request; it must be taken as the (invalid)
  // JSON body of the POST, and only the real next request answered.
  const std::string smuggled = "GET /api/v1/users HTTP/1.1\r\nHost: t\r\n\r\n";
  RawConnection c(port());
  c.Send("POST /api/v1/items HTTP/1.1\r\nHost: t\r\nAuthorization: Bearer " + token +
         "\r\nContent-Type: application/json\r\nContent-Length: " +
         std::to_string(smuggled.size()) + "\r\n\r\n" + smuggled + kHealthz);
  RawResponse first = c.Read();
  EXPECT_EQ(first.status, 400) << first.body;
  RawResponse second = c.Read();
  EXPECT_EQ(second.status, 200);
  EXPECT_NE(second.body.find("ok"), std::string::npos) << second.body;

  // A chunked body likewise.
  RawConnection d(port());
  char size[16];
  std::snprintf(size, sizeof size, "%zx", smuggled.size());
  d.Send("POST /api/v1/items HTTP/1.1\r\nHost: t\r\nAuthorization: Bearer " + token +
         "\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n" + size +
         "\r\n" + smuggled + "\r\n0\r\n\r\n" + kHealthz);
  EXPECT_EQ(d.Read().status, 400);
  RawResponse after = d.Read();
  EXPECT_EQ(after.status, 200);
  EXPECT_NE(after.body.find("ok"), std::string::npos) << after.body;
}

TEST_F(HttpLayerTest, WriteWithoutLengthGets411AtOnce) {
  for (const std::string method : {"POST", "PUT"}) {
    // Answered without waiting for a body that never comes; the client
    // would time out after 3 s.
    RawConnection c(port(), 3);
    c.Send(method + " /api/v1/items HTTP/1.1\r\nHost: t\r\n\r\n");
    EXPECT_EQ(c.Read().status, 411) << method;
  }
}

TEST_F(HttpLayerTest, MalformedTargetsGet400) {
  for (const std::string target :
       {"/api/v1/items%zz", "/api/v1/items%2", "/api%00/v1", "/healthz%0a", "/caf%C3",
        "/caf%C3%28", "/%ED%A0%80", "/%C0%AF", "/api/v1/items?q=%ff", "/api/v1/items?q=%00",
        "/api/v1/items?q=%1b", "/api/v1/items?q=%", "http://evil.example/healthz",
        "https://evil.example/", "ftp://t/healthz", "healthz", "api/v1/items", "*"}) {
    RawConnection c(port());
    c.Send("GET " + target + " HTTP/1.1\r\nHost: t\r\n\r\n");
    RawResponse r = c.Read();
    EXPECT_EQ(r.status, 400) << target << ": " << r.body;
  }
  // Raw control characters, NUL and spaces in the request line.
  for (const std::string& target : {std::string("/heal\x01thz"), std::string("/heal\0thz", 9),
                                   std::string("/heal\x7fthz"), std::string("/a b"),
                                   std::string("/caf\xc3("), std::string("/x?q=\xff")}) {
    EXPECT_EQ(StatusOf("GET " + target + " HTTP/1.1\r\nHost: t\r\n\r\n"), 400) << target;
  }
  // The absolute form naming us is fine, and so is valid UTF-8.
  EXPECT_EQ(StatusOf("GET http://t/healthz HTTP/1.1\r\nHost: t\r\n\r\n"), 200);
  EXPECT_EQ(StatusOf("GET /api/v1/items?q=%C3%A6rlig HTTP/1.1\r\nHost: t\r\n\r\n"), 200);
}

TEST_F(HttpLayerTest, HeadWorksOnEveryGetRoute) {
  int checked = 0;
  const Router router = BuildRouter();
  for (const auto& route : router.routes()) {
    if (route.method != "GET" || route.captures > 0) continue;
    HttpResult get = server_->Get(route.pattern);
    RawConnection c(port());
    c.Send("HEAD " + route.pattern + " HTTP/1.1\r\nHost: t\r\n\r\n" + kHealthz);
    RawResponse head = c.Read(/*head_only=*/true);
    EXPECT_EQ(head.status, get.status) << route.pattern;
    EXPECT_EQ(head.Header("content-type"), get.headers["Content-Type"]) << route.pattern;
    if (get.status == 200) {
      EXPECT_TRUE(head.Has("content-length")) << route.pattern;
    }
    // No body bytes follow: the next response on the connection is intact.
    RawResponse next = c.Read();
    EXPECT_EQ(next.status, 200) << route.pattern;
    ++checked;
  }
  EXPECT_GT(checked, 20);
  // A deterministic route: the same length as its GET.
  RawConnection c(port());
  c.Send("HEAD /api/v1/strategies HTTP/1.1\r\nHost: t\r\n\r\n");
  RawResponse head = c.Read(true);
  EXPECT_EQ(head.Header("content-length"),
            std::to_string(server_->Get("/api/v1/strategies").body.size()));
}

TEST_F(HttpLayerTest, OptionsAnswersAllowAndTraceIs405) {
  RawConnection c(port());
  c.Send("OPTIONS /api/v1/items HTTP/1.1\r\nHost: t\r\n\r\n");
  RawResponse r = c.Read();
  EXPECT_EQ(r.status, 204);
  EXPECT_EQ(r.Header("allow"), "GET, HEAD, OPTIONS, POST");
  c.Send("OPTIONS * HTTP/1.1\r\nHost: t\r\n\r\n");
  r = c.Read();
  EXPECT_EQ(r.status, 204);
  EXPECT_NE(r.Header("allow").find("GET"), std::string::npos);
  c.Send("OPTIONS /no/such/page HTTP/1.1\r\nHost: t\r\n\r\n");
  EXPECT_EQ(c.Read().status, 404);

  for (const std::string path : {"/healthz", "/", "/api/v1/items"}) {
    RawConnection t(port());
    t.Send("TRACE " + path + " HTTP/1.1\r\nHost: t\r\n\r\n");
    RawResponse tr = t.Read();
    EXPECT_EQ(tr.status, 405) << path;
    EXPECT_NE(tr.Header("allow").find("GET"), std::string::npos) << path;
    EXPECT_EQ(tr.body.find("TRACE " + path + " HTTP"), std::string::npos) << "no echo";
  }
}

TEST_F(HttpLayerTest, KeepAliveAndPipelinedRequestsAreAnsweredInOrder) {
  RawConnection c(port());
  c.Send(kHealthz + "GET /api/v1/strategies HTTP/1.1\r\nHost: t\r\n\r\n" + kHealthz);
  EXPECT_EQ(c.Read().status, 200);
  RawResponse strategies = c.Read();
  EXPECT_EQ(strategies.status, 200);
  EXPECT_NE(strategies.body.find("nes-2023-2030"), std::string::npos);
  EXPECT_EQ(c.Read().status, 200);
  EXPECT_TRUE(c.OpenNow());
}

TEST_F(HttpLayerTest, HeaderThatDoesNotArriveInTimeClosesTheConnection) {
  ServerConfig defaults;
  RawConnection c(port(), defaults.header_timeout_seconds + 10);
  c.Send("GET /healthz HTTP/1.1\r\nHost: t\r\n");  // never finished
  EXPECT_TRUE(c.ClosedByServer());
  // An idle keep-alive connection likewise.
  RawConnection idle(port(), defaults.header_timeout_seconds + 10);
  EXPECT_TRUE(idle.ClosedByServer());
}

TEST_F(HttpLayerTest, BodyBelowTheMinimumRateIsCutOff) {
  const std::string token = server_->AddUserWithToken("kari", "Hdir", Role::kEditor);
  ServerConfig defaults;
  RawConnection c(port(), 5);
  c.Send("POST /api/v1/items HTTP/1.1\r\nHost: t\r\nAuthorization: Bearer " + token +
         "\r\nContent-Type: application/json\r\nContent-Length: 1000000\r\n\r\n");
  // A trickle of 100 bytes a second, far below the minimum rate.
  const auto start = std::chrono::steady_clock::now();
  const auto limit = std::chrono::seconds(defaults.body_grace_seconds + 15);
  bool cut = false;
  while (std::chrono::steady_clock::now() - start < limit) {
    if (!c.Send(std::string(100, ' '))) { cut = true; break; }
    pollfd p{c.fd(), POLLIN, 1000};
    if (::poll(&p, 1, 1000) > 0) { cut = true; break; }
  }
  ASSERT_TRUE(cut) << "the slow body was still being read after " << limit.count() << " s";
  RawResponse r = c.Read();
  if (r.status != 0) {
    EXPECT_EQ(r.status, 408);
  }
  EXPECT_TRUE(c.ClosedByServer());
}

TEST_F(HttpLayerTest, ManyUnfinishedHeadersDoNotHoldUpHealthz) {
  std::vector<std::unique_ptr<RawConnection>> idle;
  for (int i = 0; i < 256; ++i) {
    idle.push_back(std::make_unique<RawConnection>(port()));
    idle.back()->Send("GET / HTTP/1.1\r\nHost: t\r\nX-Slow: ");
  }
  // Answered while all 256 are still open and waiting (well before their
  // header deadline); the 4 workers are free.
  RawConnection c(port(), 5);
  c.Send(kHealthz);
  RawResponse r = c.Read();
  EXPECT_EQ(r.status, 200);
  EXPECT_EQ(StatusOf("GET /api/v1/strategies HTTP/1.1\r\nHost: t\r\n\r\n"), 200);
  int open = 0;
  for (auto& conn : idle) open += conn->OpenNow() ? 1 : 0;
  EXPECT_EQ(open, 256);
}

// A page kept in memory for anonymous visitors, answered on the I/O thread
// (RouteDispatcher::AnswerInline), larger than a socket takes at once.
const std::string kKeptPage = "GET /monitor HTTP/1.1\r\nHost: t\r\n\r\n";

// The kept /monitor's body.
std::string KeptLargePage(int port) {
  RawConnection first(port);
  first.Send(kKeptPage);  // made, and kept
  RawResponse made = first.Read();
  EXPECT_EQ(made.status, 200);
  EXPECT_GE(made.body.size(), 16u * 1024) << "the demo's /monitor is tens of kilobytes";
  return made.body;
}

TEST_F(HttpLayerTest, KeptPagesAskedForAtOnceArriveWholeAndTheConnectionGoesOn) {
  const std::string page = KeptLargePage(port());
  // Far more than the sockets' buffers hold, asked for at once and read
  // only after a pause: the server finds the socket full, waits for it and
  // goes on where it stopped.
  constexpr int kRequests = 200;
  RawConnection c(port(), 20);
  std::string asks;
  for (int i = 0; i < kRequests; ++i) asks += kKeptPage;
  ASSERT_TRUE(c.Send(asks));
  std::this_thread::sleep_for(std::chrono::milliseconds(500));
  for (int i = 0; i < kRequests; ++i) {
    RawResponse r = c.Read();
    ASSERT_EQ(r.status, 200) << "response " << i;
    ASSERT_EQ(r.Header("content-length"), std::to_string(page.size()));
    ASSERT_TRUE(r.body == page) << "response " << i << " differs from the page as made";
  }
  // HEAD: the same length, no body; then the connection still serves.
  c.Send("HEAD /monitor HTTP/1.1\r\nHost: t\r\n\r\n" + kHealthz);
  RawResponse head = c.Read(true);
  EXPECT_EQ(head.status, 200);
  EXPECT_EQ(head.Header("content-length"), std::to_string(page.size()));
  RawResponse health = c.Read();
  EXPECT_EQ(health.status, 200);
  EXPECT_NE(health.body.find("\"ok\""), std::string::npos) << health.body;
}

TEST(HttpLayerSlowReaderTest, AClientThatDoesNotTakeAKeptPageIsCutOff) {
  TestServer server(Engine::kSqlite, true, [](ServerConfig& c) { c.request_timeout_seconds = 2; });
  KeptLargePage(server.port());
  // Many asks for the kept page, none of their answers read: the server's
  // socket fills up, and after request_timeout_seconds the connection goes.
  constexpr int kRequests = 400;
  RawConnection c(server.port(), 20);
  int small = 4096;
  ::setsockopt(c.fd(), SOL_SOCKET, SO_RCVBUF, &small, sizeof small);
  std::string asks;
  for (int i = 0; i < kRequests; ++i) asks += kKeptPage;
  ASSERT_TRUE(c.Send(asks));
  std::this_thread::sleep_for(std::chrono::seconds(5));
  // Had the server waited on, reading now would let it answer every ask.
  const std::string got = c.ReadAll();
  EXPECT_LT(CountResponses(got), kRequests) << "the connection was not cut off";
  EXPECT_TRUE(c.ClosedByServer());
  // The server itself goes on.
  RawConnection other(server.port(), 5);
  other.Send(kHealthz);
  EXPECT_EQ(other.Read().status, 200);
}

TEST_F(HttpLayerTest, BodyLimitsApplyBeforeTheBodyIsRead) {
  const std::string token = server_->AddUserWithToken("kari", "Hdir", Role::kEditor);
  ServerConfig defaults;
  // Announced, never sent: the answer cannot have waited for it.
  RawConnection c(port(), 3);
  c.Send("POST /api/v1/items HTTP/1.1\r\nHost: t\r\nAuthorization: Bearer " + token +
         "\r\nContent-Type: application/json\r\nContent-Length: " +
         std::to_string(defaults.max_body_bytes + 1) + "\r\n\r\n");
  RawResponse r = c.Read();
  EXPECT_EQ(r.status, 413) << r.body;
  EXPECT_EQ(r.Header("connection"), "close");
  // A chunked body over the limit is cut off once it passes it.
  RawConnection d(port(), 10);
  d.Send("POST /api/v1/items HTTP/1.1\r\nHost: t\r\nAuthorization: Bearer " + token +
         "\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n");
  std::string chunk = "100000\r\n" + std::string(0x100000, ' ') + "\r\n";
  for (size_t sent = 0; sent <= defaults.max_body_bytes && d.Send(chunk); sent += 0x100000) {
  }
  EXPECT_EQ(d.Read().status, 413);
}

TEST_F(HttpLayerTest, AnonymousWritesAreRefusedWithoutReadingTheBody) {
  // No credentials: 401 at once for a small body, 413 for a large one.
  RawConnection a(port(), 3);
  a.Send("POST /api/v1/items HTTP/1.1\r\nHost: t\r\nContent-Type: application/json\r\n"
         "Content-Length: 1000\r\n\r\n");
  RawResponse r = a.Read();
  EXPECT_EQ(r.status, 401) << r.body;
  EXPECT_EQ(r.Header("connection"), "close");
  RawConnection b(port(), 3);
  b.Send("POST /api/v1/measurements:import HTTP/1.1\r\nHost: t\r\nContent-Type: text/csv\r\n"
         "Content-Length: 10000000\r\n\r\n");
  EXPECT_EQ(b.Read().status, 413);
  // An unknown token and a stale session cookie are no better.
  RawConnection t(port(), 3);
  t.Send("PUT /api/v1/items/1 HTTP/1.1\r\nHost: t\r\nAuthorization: Bearer fr_nope\r\n"
         "Content-Type: application/json\r\nContent-Length: 1000\r\n\r\n");
  EXPECT_EQ(t.Read().status, 401);
  RawConnection s(port(), 3);
  s.Send("POST /element/1/rediger HTTP/1.1\r\nHost: t\r\nCookie: fremdrift_session=stale\r\n"
         "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: 1000\r\n\r\n");
  EXPECT_EQ(s.Read().status, 401);
  // Signing in stays open to anonymous visitors.
  RawConnection in(port(), 3);
  in.Send("POST /logg-inn HTTP/1.1\r\nHost: t\r\n"
          "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: 5\r\n\r\nx=1&y");
  int status = in.Read().status;
  EXPECT_NE(status, 401);
  EXPECT_NE(status, 0);
}

TEST_F(HttpLayerTest, AnonymousUploadOf64MiBDoesNotRaiseMemory) {
  const size_t total = 64u * 1024 * 1024;
  for (const std::string path : {"/api/v1/measurements:import", "/api/v1/items"}) {
    const long before = ResidentKib();
    RawConnection c(port(), 10);
    c.Send("POST " + path + " HTTP/1.1\r\nHost: t\r\nContent-Type: text/csv\r\nContent-Length: " +
           std::to_string(total) + "\r\n\r\n");
    std::thread sender([&] {
      const std::string block(64 * 1024, 'x');
      for (size_t sent = 0; sent < total; sent += block.size()) {
        if (!c.Send(block)) break;
      }
    });
    RawResponse r = c.Read();
    sender.join();
    EXPECT_TRUE(r.status == 413 || r.status == 401) << path << ": " << r.status;
    const long after = ResidentKib();
    EXPECT_LT(after - before, 8 * 1024) << path << ": RSS grew from " << before << " to "
                                        << after << " KiB";
  }
}

TEST_F(HttpLayerTest, ParallelPdfRequestsAreBoundedAndDoNotHoldUpOtherPages) {
  if (!ChromiumAvailable()) GTEST_SKIP() << "Chromium is not installed: apt-get install chromium";
  const std::string pdf = "/rapport/2023-Q1.pdf?strategy=nes-2023-2030";
  const long prints_before = PdfPrintQueue::Shared().prints();
  std::atomic<int> ok{0}, busy{0}, other{0};
  std::vector<std::thread> readers;
  for (int i = 0; i < 24; ++i) {
    readers.emplace_back([&] {
      RawConnection c(port(), 120);
      c.Send("GET " + pdf + " HTTP/1.1\r\nHost: t\r\n\r\n");
      RawResponse r = c.Read();
      if (r.status == 200 && r.body.rfind("%PDF", 0) == 0) ++ok;
      else if (r.status == 503 && r.Header("retry-after") == "5") ++busy;
      else ++other;
    });
  }
  // While they are in flight (the server has begun to answer them: those
  // beyond the queue's places are refused at once), pages and /healthz are
  // answered.
  EXPECT_TRUE(WaitUntil([&] { return ok + busy + other > 0; }, std::chrono::seconds(60)));
  for (const std::string path : {"/healthz", "/", "/api/v1/strategies"}) {
    RawConnection c(port(), 10);
    c.Send("GET " + path + " HTTP/1.1\r\nHost: t\r\n\r\n");
    EXPECT_EQ(c.Read().status, 200) << path;
  }
  for (auto& t : readers) t.join();
  EXPECT_EQ(other.load(), 0);
  EXPECT_GE(ok.load(), 1);
  EXPECT_EQ(ok.load() + busy.load(), 24);
  // The same data is printed once; then it comes from the cache.
  EXPECT_EQ(PdfPrintQueue::Shared().prints() - prints_before, 1);
  RawConnection again(port(), 10);
  again.Send("GET " + pdf + " HTTP/1.1\r\nHost: t\r\n\r\n");
  RawResponse r = again.Read();
  EXPECT_EQ(r.status, 200);
  EXPECT_EQ(PdfPrintQueue::Shared().prints() - prints_before, 1);
}

}  // namespace
}  // namespace fremdrift::testing
