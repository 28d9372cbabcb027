#include "web/shared_answers.h"

#include "web/exact_request.h"

namespace fremdrift {

SharedAnswers::Making::Making(SharedAnswers* owner, std::string key, std::shared_ptr<Pending> pending)
    : owner_(owner), key_(std::move(key)), pending_(std::move(pending)) {}

SharedAnswers::Making::Making(Making&& other) noexcept
    : owner_(other.owner_), key_(std::move(other.key_)), pending_(std::move(other.pending_)) {
  other.owner_ = nullptr;
}

SharedAnswers::Making::~Making() {
  if (owner_) owner_->Finish(key_, pending_, nullptr);
}

void SharedAnswers::Making::Share(Response& answer) {
  if (!owner_) return;
  if (AnswerMayBeShared(answer)) answer = WithSharedBody(std::move(answer));
  owner_->Finish(key_, pending_, &answer);
  owner_ = nullptr;
}

SharedAnswers::Taken SharedAnswers::Take(std::string key, Clock::time_point arrived) {
  std::unique_lock<std::mutex> lock(mutex_);
  if (auto kept = kept_.find(key); kept != kept_.end() && kept->second.begun >= arrived) {
    return Taken{kept->second.answer, std::nullopt};
  }
  if (auto being_made = pending_.find(key);
      being_made != pending_.end() && being_made->second->begun >= arrived && waiting_ < max_waiting_) {
    std::shared_ptr<Pending> pending = being_made->second;
    ++waiting_;
    const bool done = finished_.wait_for(lock, kLongestWait, [&] { return pending->done; });
    --waiting_;
    if (done && pending->answer) return Taken{*pending->answer, std::nullopt};
    // Not shared, or not made in time: this request makes its own.
  }
  auto pending = std::make_shared<Pending>();
  pending->begun = Clock::now();
  // The latest-begun serves the most requests that come.
  pending_[key] = pending;
  return Taken{std::nullopt, Making(this, std::move(key), std::move(pending))};
}

void SharedAnswers::Finish(const std::string& key, const std::shared_ptr<Pending>& pending,
                           const Response* answer) {
  {
    std::lock_guard<std::mutex> lock(mutex_);
    pending->done = true;
    if (answer && AnswerMayBeShared(*answer) && answer->Body().size() <= kMaxBodyBytes) {
      pending->answer = *answer;  // its body shared (Making::Share)
      KeepLocked(key, pending->begun, *pending->answer);
    }
    if (auto it = pending_.find(key); it != pending_.end() && it->second == pending) pending_.erase(it);
  }
  finished_.notify_all();
}

void SharedAnswers::KeepLocked(const std::string& key, Clock::time_point begun, const Response& answer) {
  const size_t size = answer.Body().size();
  if (++kept_since_sweep_ >= kSweepEvery) {
    kept_since_sweep_ = 0;
    ForgetBegunBefore(Clock::now() - kKeptFor);
  }
  if (auto it = kept_.find(key); it != kept_.end()) {
    if (it->second.begun >= begun) return;
    bytes_ -= it->second.answer.Body().size();
    kept_.erase(it);
  }
  if (kept_.size() >= kMaxRequests || bytes_ + size > kMaxBytes) {
    ForgetBegunBefore(Clock::now() - kKeptFor);
    if (kept_.size() >= kMaxRequests || bytes_ + size > kMaxBytes) {
      kept_.clear();
      bytes_ = 0;
    }
  }
  kept_.emplace(key, Kept{begun, answer});
  bytes_ += size;
}

size_t SharedAnswers::requests() const {
  std::lock_guard<std::mutex> lock(mutex_);
  return kept_.size();
}

size_t SharedAnswers::bytes() const {
  std::lock_guard<std::mutex> lock(mutex_);
  return bytes_;
}

void SharedAnswers::ForgetBegunBefore(Clock::time_point before) {
  for (auto it = kept_.begin(); it != kept_.end();) {
    if (it->second.begun < before) {
      bytes_ -= it->second.answer.Body().size();
      it = kept_.erase(it);
    } else {
      ++it;
    }
  }
}

}  // namespace fremdrift
