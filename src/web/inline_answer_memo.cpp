#include "web/inline_answer_memo.h"

#include <atomic>
#include <memory>
#include <strings.h>
#include <unordered_map>

#include "domain/oslo_time.h"
#include "storage/change_watch.h"
#include "web/exact_request.h"
#include "web/public_page_cache.h"
#include "web/session_cookie.h"
#include "web/unchanged_reads.h"

namespace fremdrift {
namespace {

uint64_t NextMemoId() {
  static std::atomic<uint64_t> next{1};
  return next.fetch_add(1, std::memory_order_relaxed);
}

// The first second of the next Oslo day. Oslo changes its offset at 01:00
// UTC, hours after its midnight, so the offset now is the offset then.
int64_t OsloDayEnds(int64_t utc_seconds) {
  const int64_t offset = OsloOffsetSeconds(utc_seconds);
  const int64_t local = utc_seconds + offset;
  const int64_t day = local >= 0 ? local / 86400 : (local - 86399) / 86400;
  return (day + 1) * 86400 - offset;
}

bool InlineAnswerMemoSameName(const std::string& a, const char* b) { return strcasecmp(a.c_str(), b) == 0; }

// An anonymous GET without a body that takes what is kept.
bool MayBeRemembered(const IncomingRequest& head) {
  if (head.method != "GET" || !IsBodilessRead(head)) return false;
  for (const auto& [name, value] : head.headers) {
    if (InlineAnswerMemoSameName(name, "Authorization")) return false;
  }
  return head.Cookie(kSessionCookie).empty() && !AsksForAFreshAnswer(head);
}

}  // namespace

struct InlineAnswerMemo::PerThread {
  std::weak_ptr<ChangeWatch> watch;  // the one whose epochs `moment` counts
  // The moment the remembered answers belong to.
  Moment moment;
  size_t bytes = 0;
  std::unordered_map<std::string, Response> answers;
  // The end of the Oslo day, worked out once a second.
  int64_t day_ends_second = -1;
  int64_t day_ends = 0;
  std::string key;  // a request's key, its buffer kept between requests

  void Forget(const Moment& now) {
    answers.clear();
    bytes = 0;
    moment = now;
  }
};

InlineAnswerMemo::InlineAnswerMemo(std::string database_url, std::function<int64_t()> now)
    : id_(NextMemoId()), database_url_(std::move(database_url)), now_(std::move(now)) {}

InlineAnswerMemo::PerThread& InlineAnswerMemo::Mine() {
  // A thread's state outlives a memo (a test's server) only as long as
  // the thread does; the ids are never reused.
  thread_local std::unordered_map<uint64_t, PerThread> states;
  return states[id_];
}

std::optional<InlineAnswerMemo::Moment> InlineAnswerMemo::NowFor(PerThread& t) {
  std::shared_ptr<ChangeWatch> watch = ThisThreadsWatch(database_url_);
  if (!watch) return std::nullopt;
  if (t.watch.owner_before(watch) || watch.owner_before(t.watch)) {
    // A new watch counts its epochs from the start again.
    t.watch = watch;
    t.Forget(Moment{});
  }
  // The epoch first: a commit after it makes the next request miss.
  const uint64_t epoch = watch->Epoch();
  const int64_t second = now_();
  if (second != t.day_ends_second) {
    t.day_ends_second = second;
    t.day_ends = OsloDayEnds(second);
  }
  return Moment{epoch, t.day_ends};
}

std::optional<InlineAnswerMemo::Moment> InlineAnswerMemo::Now() { return NowFor(Mine()); }

std::optional<Response> InlineAnswerMemo::Recall(const IncomingRequest& head) {
  if (!MayBeRemembered(head)) return std::nullopt;
  PerThread& t = Mine();
  const std::optional<Moment> now = NowFor(t);
  if (!now) return std::nullopt;
  if (now->epoch != t.moment.epoch || now->day_ends != t.moment.day_ends) {
    t.Forget(*now);
    return std::nullopt;
  }
  if (t.answers.empty()) return std::nullopt;
  ExactRequestKey(head, t.key);
  auto it = t.answers.find(t.key);
  if (it == t.answers.end()) return std::nullopt;
  return it->second;
}

void InlineAnswerMemo::Keep(const IncomingRequest& head, const Moment& moment, const Response& answer) {
  if (!MayBeRemembered(head) || !AnswerMayBeShared(answer)) return;
  const size_t bytes = answer.Body().size();
  if (bytes > kMaxBytes / 8) return;
  PerThread& t = Mine();
  if (moment.epoch != t.moment.epoch || moment.day_ends != t.moment.day_ends) {
    // Made before something this thread has already seen: stale.
    if (moment.epoch < t.moment.epoch || moment.day_ends < t.moment.day_ends) return;
    t.Forget(moment);
  }
  std::string key;
  ExactRequestKey(head, key);
  if (auto it = t.answers.find(key); it != t.answers.end()) {
    t.bytes -= it->second.Body().size();
    t.answers.erase(it);
  }
  if (t.answers.size() >= kMaxAnswers || t.bytes + bytes > kMaxBytes) t.Forget(moment);
  // A recall copies the answer: its body goes as a pointer.
  t.answers.emplace(std::move(key), WithSharedBody(answer));
  t.bytes += bytes;
}

}  // namespace fremdrift
