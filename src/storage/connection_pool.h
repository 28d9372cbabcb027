// A pool of connections to one database, shared by the server's threads.
// A thread leases a connection for one request and gives it back when the
// lease ends. Besides connections it holds only the answers its requests
// share (storage/recent_reads.h), each asked after the requests that take
// it arrived: several server processes on one PostgreSQL always agree.
#pragma once

#include <atomic>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

#include "storage/recent_reads.h"
#include "storage/sql_connection.h"

namespace fremdrift {

class ConnectionPool {
 public:
  // Opens one connection at once (so a bad URL fails at start) and applies
  // any pending migrations through it.
  explicit ConnectionPool(std::string url);

  class Lease {
   public:
    Lease(ConnectionPool& pool, std::unique_ptr<SqlConnection> conn)
        : pool_(pool), conn_(std::move(conn)) {}
    ~Lease() { pool_.Return(std::move(conn_)); }
    Lease(Lease&& other) noexcept : pool_(other.pool_), conn_(std::move(other.conn_)) {}
    Lease(const Lease&) = delete;
    Lease& operator=(const Lease&) = delete;
    SqlConnection& operator*() { return *conn_; }
    SqlConnection* operator->() { return conn_.get(); }

   private:
    ConnectionPool& pool_;
    std::unique_ptr<SqlConnection> conn_;
  };

  Lease Acquire();
  // A connection kept idle, or nullopt: never opens one, never waits (for
  // work on an I/O thread, which must not block).
  std::optional<Lease> TryAcquireIdle();
  const std::string& url() const { return url_; }
  // The answers the requests on this database share.
  RecentReads& recent_reads() { return recent_reads_; }

  // Keeps up to `n` idle connections for reuse (16 unless raised): as many
  // as may be leased at once, so that a busy server does not close and open
  // connections all the time (a new one prepares all its statements again;
  // on PostgreSQL it is a new server process).
  void KeepIdle(size_t n);

  // For /metrics: connections leased now, and kept idle for reuse.
  size_t InUse() const { return in_use_; }
  size_t Idle() const;

 private:
  void Return(std::unique_ptr<SqlConnection> conn);

  std::string url_;
  mutable std::mutex mutex_;
  std::atomic<size_t> in_use_{0};
  size_t max_idle_ = 16;  // under mutex_
  std::vector<std::unique_ptr<SqlConnection>> idle_;
  RecentReads recent_reads_;
};

}  // namespace fremdrift
