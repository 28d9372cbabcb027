// The current time as stored in the database: UTC, ISO 8601, seconds.
#pragma once

#include <string>

namespace fremdrift {

std::string UtcNow();  // e.g. "2026-11-22T08:30:00Z"

}  // namespace fremdrift
