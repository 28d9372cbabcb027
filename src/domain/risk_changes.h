// What changed in a risk between the version a user saw and the one stored
// now: the optimistic-concurrency check of the risk register names these
// fields when it refuses a save on a stale version (app/risk_service.h).
// Documented in docs/strategy-model.md, "Risks".
#pragma once

#include <string>
#include <vector>

#include "domain/risk.h"

namespace fremdrift {

// The fields (JSON member names: "description", "likelihood", ...) whose
// values differ between `seen` and `now`, in the order of the form. The
// key, id and version are not compared.
std::vector<std::string> RiskChangedFields(const Risk& seen, const Risk& now);

}  // namespace fremdrift
