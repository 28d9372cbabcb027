// The current time in seconds since 1970 UTC, for deadlines and lateness.
#pragma once

#include <cstdint>

namespace fremdrift {

int64_t NowUtcSeconds();

}  // namespace fremdrift
