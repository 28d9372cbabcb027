// Runs a whole write transaction again when the database gave it up to
// break a deadlock or a serialization conflict (TransientFailure), so that
// a valid write never fails because of somebody else's at the same moment.
//
// `attempt` must begin and end its own transaction (a WriteTransaction
// inside it rolls back on the throw) and must be safe to run again: it
// reads its input afresh each time. After kTransactionAttempts tries the
// last TransientFailure is passed on (kInternal). Each retry waits a
// little, longer each time and with jitter, so the writers that clashed
// do not clash again in step.
#pragma once

#include <chrono>
#include <random>
#include <thread>

#include "storage/sql_connection.h"
#include "storage/transient_failure.h"

namespace fremdrift {

inline constexpr int kTransactionAttempts = 8;

template <typename Attempt>
auto RetryTransaction(Attempt&& attempt) -> decltype(attempt()) {
  for (int tries = 1;; ++tries) {
    try {
      return attempt();
    } catch (const TransientFailure&) {
      if (tries >= kTransactionAttempts) throw;
    }
    thread_local std::minstd_rand jitter{std::random_device{}()};
    const int max_ms = 2 << tries;  // 4, 8, ... 256 ms
    std::this_thread::sleep_for(
        std::chrono::milliseconds(1 + static_cast<int>(jitter() % static_cast<unsigned>(max_ms))));
  }
}

}  // namespace fremdrift
