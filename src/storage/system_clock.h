// The system's clock: the one place in the program that reads the time of
// day (tests/architecture checks it). Everything else takes a `Clock`
// (domain/clock.h) or a time passed in by its caller.
#pragma once

#include "domain/clock.h"

namespace fremdrift {

// The process's clock over std::chrono::system_clock. Thread-safe.
const Clock& SystemClock();

}  // namespace fremdrift
