#include "storage/recent_reads.h"

#include <algorithm>

namespace fremdrift {

std::optional<RecentReads::Answer> RecentReads::Find(const std::string& key, Clock::time_point not_before) const {
  std::lock_guard lock(mutex_);
  auto it = answers_.find(key);
  if (it == answers_.end()) return std::nullopt;
  const Answers& answers = it->second;
  auto found = std::lower_bound(answers.begin(), answers.end(), not_before,
                                [](const Answer& a, Clock::time_point t) { return a.asked < t; });
  if (found == answers.end()) return std::nullopt;
  return *found;
}

void RecentReads::Keep(const std::string& key, Answer answer) {
  std::lock_guard lock(mutex_);
  if (++kept_since_sweep_ >= kSweepEvery ||
      (answers_.size() >= kMaxStatements && answers_.find(key) == answers_.end())) {
    kept_since_sweep_ = 0;
    ForgetAskedBefore(answer.asked);
    if (answers_.size() >= kMaxStatements) answers_.clear();
  }
  Answers& answers = answers_[key];
  // Answers come back in about the order they were asked; keep them
  // sorted by the asking.
  auto at = std::upper_bound(answers.begin(), answers.end(), answer.asked,
                             [](Clock::time_point t, const Answer& a) { return t < a.asked; });
  answers.insert(at, std::move(answer));
  // Only the newest may serve a request that arrives from now on; older
  // ones serve those already waiting, for a while.
  const Clock::time_point newest = answers.back().asked;
  size_t stale = 0;
  while (stale < answers.size() &&
         (answers.size() - stale > kAnswersPerStatement || answers[stale].asked + kKeptFor < newest)) {
    ++stale;
  }
  answers.erase(answers.begin(), answers.begin() + static_cast<std::ptrdiff_t>(stale));
}

void RecentReads::ForgetAskedBefore(Clock::time_point now) {
  for (auto it = answers_.begin(); it != answers_.end();) {
    Answers& answers = it->second;
    auto keep_from = std::find_if(answers.begin(), answers.end(),
                                  [&](const Answer& a) { return !(a.asked + kKeptFor < now); });
    answers.erase(answers.begin(), keep_from);
    it = answers.empty() ? answers_.erase(it) : std::next(it);
  }
}

size_t RecentReads::statements() const {
  std::lock_guard lock(mutex_);
  return answers_.size();
}

}  // namespace fremdrift
