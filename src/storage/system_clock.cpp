#include "storage/system_clock.h"

#include <chrono>

namespace fremdrift {
namespace {

class SystemTimeClock : public Clock {
 public:
  int64_t NowUtcSeconds() const override {
    return std::chrono::duration_cast<std::chrono::seconds>(
               std::chrono::system_clock::now().time_since_epoch())
        .count();
  }
};

}  // namespace

const Clock& SystemClock() {
  static const SystemTimeClock clock;
  return clock;
}

}  // namespace fremdrift
