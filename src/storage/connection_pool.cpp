#include "storage/connection_pool.h"

#include "storage/migrations.h"

namespace fremdrift {

ConnectionPool::ConnectionPool(std::string url) : url_(std::move(url)) {
  auto conn = OpenConnection(url_);
  Migrate(*conn);
  idle_.push_back(std::move(conn));
}

ConnectionPool::Lease ConnectionPool::Acquire() {
  {
    std::lock_guard<std::mutex> lock(mutex_);
    if (!idle_.empty()) {
      auto conn = std::move(idle_.back());
      idle_.pop_back();
      ++in_use_;
      return Lease(*this, std::move(conn));
    }
  }
  Lease lease(*this, OpenConnection(url_));
  ++in_use_;
  return lease;
}

std::optional<ConnectionPool::Lease> ConnectionPool::TryAcquireIdle() {
  std::lock_guard<std::mutex> lock(mutex_);
  if (idle_.empty()) return std::nullopt;
  auto conn = std::move(idle_.back());
  idle_.pop_back();
  ++in_use_;
  return std::optional<Lease>(std::in_place, *this, std::move(conn));
}

void ConnectionPool::KeepIdle(size_t n) {
  std::lock_guard<std::mutex> lock(mutex_);
  max_idle_ = n;
}

size_t ConnectionPool::Idle() const {
  std::lock_guard<std::mutex> lock(mutex_);
  return idle_.size();
}

void ConnectionPool::Return(std::unique_ptr<SqlConnection> conn) {
  if (!conn) return;
  --in_use_;
  std::lock_guard<std::mutex> lock(mutex_);
  if (idle_.size() < max_idle_) idle_.push_back(std::move(conn));
}

}  // namespace fremdrift
