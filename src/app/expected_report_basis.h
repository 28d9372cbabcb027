// What a strategy's reporting round expects before anyone reports: its
// goals and its expected reports (docs/reporting.md, "The round"), without
// their states. Built from the plan, the reporting levels and the
// indicators, and kept per strategy in a process-wide cache under the
// database's basis stamp (RoundStore::BasisStamp), which every change of
// those rows renews. A national round (7,800 expected reports) is thus
// built once per change of the plan, not once per request, and several
// server processes on one database never serve a stale basis.
#pragma once

#include <map>
#include <memory>
#include <string>
#include <vector>

#include "domain/expected_report.h"
#include "domain/strategy.h"
#include "storage/sql_connection.h"

namespace fremdrift {

// A goal of the strategy, as task lists and coverage group by it.
struct RoundGoal {
  std::string key;
  std::string code;
  std::string title;
};

struct RoundBasis {
  std::vector<RoundGoal> goals;         // in plan order
  std::vector<ExpectedReport> reports;  // in plan order; states not set
  // Organisation short name → positions in `reports` of what it owns.
  std::map<std::string, std::vector<size_t>> by_owner;
  // Subject → its position in `reports`.
  std::map<Subject, size_t> by_subject;
};

// The basis of `strategy`'s rounds as the database holds it now. Shared
// and immutable: callers copy what they change.
std::shared_ptr<const RoundBasis> RoundBasisOf(SqlConnection& conn, const Strategy& strategy);

}  // namespace fremdrift
