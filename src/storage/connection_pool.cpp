#include "storage/connection_pool.h"

#include "storage/migrations.h"

namespace fremdrift {

// Idle connections kept beyond this are closed.
constexpr size_t kMaxIdle = 16;

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
      return Lease(*this, std::move(conn));
    }
  }
  return Lease(*this, OpenConnection(url_));
}

void ConnectionPool::Return(std::unique_ptr<SqlConnection> conn) {
  if (!conn) return;
  std::lock_guard<std::mutex> lock(mutex_);
  if (idle_.size() < kMaxIdle) idle_.push_back(std::move(conn));
}

}  // namespace fremdrift
