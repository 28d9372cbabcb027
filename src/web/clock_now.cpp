#include "web/clock_now.h"

#include <chrono>

namespace fremdrift {

int64_t NowUtcSeconds() {
  return std::chrono::duration_cast<std::chrono::seconds>(
             std::chrono::system_clock::now().time_since_epoch())
      .count();
}

}  // namespace fremdrift
