// A reporting period of one strategy, such as 2023-Q1, and where it is in
// its workflow: open → in review → approved → published. Editors assess
// the items of their own organisation while a period is open; admins move
// it on. Once approved, its assessments are frozen; an admin may reopen it
// with a stated reason.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "domain/user.h"

namespace fremdrift {

enum class PeriodState { kOpen, kInReview, kApproved, kPublished };

std::string_view PeriodStateKey(PeriodState s);  // open, in_review, approved, published
std::optional<PeriodState> PeriodStateFromKey(std::string_view key);

// How often a strategy reports: yearly (2023), tertial (2023-T1) or
// quarterly (2023-Q1).
enum class Cadence { kYearly, kTertial, kQuarterly };
std::string_view CadenceKey(Cadence c);
std::optional<Cadence> CadenceFromKey(std::string_view key);

struct ReportingPeriod {
  int64_t id = 0;
  int64_t strategy_id = 0;
  std::string code;  // e.g. "2023-Q1"; a Period of the cadence's type
  std::string title;  // e.g. "Statusrapport 1. kvartal 2023"
  PeriodState state = PeriodState::kOpen;
  int64_t version = 1;
  // When and by whom it was last published: set by the move to published
  // (the date in Oslo, the acting admin's organisation), or given by a
  // bundle. Kept through a reopen; "" when not known.
  std::string published_on;  // YYYY-MM-DD
  std::string publisher;     // the sender's name, e.g. "Direktoratet for e-helse"
};

// Whether `code` is a period of `cadence` (2023 / 2023-T1 / 2023-Q1).
bool CodeFitsCadence(std::string_view code, Cadence cadence);

// Checks a move of `period` to `to` by `actor`. Returns an empty string
// when allowed, else the reason it is not. Only admins move periods; the
// allowed moves are open→in_review, in_review→open, in_review→approved,
// approved→published, and approved/published→open (reopening), which needs
// a non-empty `reason`.
std::string TransitionRefusal(const ReportingPeriod& period, PeriodState to, const User& actor,
                              std::string_view reason);

// Whether assessments of the period may still be changed: open, or in
// review for an admin. Approved and published periods are frozen.
bool AssessmentsEditable(const ReportingPeriod& period, const User& actor);

// Whether the public may see the period and its assessments.
inline bool IsPublic(const ReportingPeriod& p) { return p.state == PeriodState::kPublished; }

}  // namespace fremdrift
