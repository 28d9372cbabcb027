// Waiting for a condition in a test instead of sleeping a fixed time: the
// condition is checked at once and then every few milliseconds until it
// holds or the deadline passes, so a fast machine does not wait and a slow
// one is given time.
#pragma once

#include <algorithm>
#include <chrono>
#include <thread>

namespace fremdrift::testing {

// True as soon as `condition()` holds; false when `deadline` passes first.
template <class Condition>
bool WaitUntil(Condition condition, std::chrono::milliseconds deadline) {
  const auto end = std::chrono::steady_clock::now() + deadline;
  auto pause = std::chrono::milliseconds(5);
  while (true) {
    if (condition()) return true;
    if (std::chrono::steady_clock::now() >= end) return false;
    std::this_thread::sleep_for(pause);
    pause = std::min(pause * 2, std::chrono::milliseconds(100));
  }
}

}  // namespace fremdrift::testing
