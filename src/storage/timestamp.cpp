#include "storage/timestamp.h"

#include "storage/system_clock.h"

namespace fremdrift {

std::string UtcNow() { return SystemClock().NowTimestamp(); }

}  // namespace fremdrift
