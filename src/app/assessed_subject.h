// The subject of an assessment read once: the plan item or indicator a
// `Subject` names, so that the rights check, the existence check and the
// roll-up suggestion of one request share a single read of it.
#pragma once

#include <optional>
#include <string>

#include "domain/assessment.h"
#include "domain/indicator.h"
#include "domain/plan_item.h"
#include "domain/strategy.h"
#include "storage/sql_connection.h"

namespace fremdrift {

struct AssessedSubject {
  Subject subject;
  std::optional<PlanItem> item;            // for an item
  std::optional<Indicator> indicator;      // for an indicator

  // Whether the subject exists (the strategy itself always does).
  bool exists() const {
    return subject.kind == SubjectKind::kStrategy || item.has_value() || indicator.has_value();
  }
  // What the subject is called, for people: "code title", the
  // indicator's name or the strategy's name.
  std::string Label(const Strategy& strategy) const;
};

// Reads what `subject` names in `strategy`; an unknown key leaves it
// without item or indicator (exists() is false).
AssessedSubject ReadAssessedSubject(SqlConnection& conn, const Strategy& strategy, const Subject& subject);

}  // namespace fremdrift
