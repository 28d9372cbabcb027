// The status and risk of one portfolio item in one reporting period, each
// with its explanation. Like the other assessments (assessment.h) they are
// made while the period is open and frozen once it is approved, so the
// periods together give the item's history.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace fremdrift {

// The portfolio's status words. "not_assessed" is the answer when no one
// has assessed the item (or the source does not say).
inline constexpr std::array<std::string_view, 7> kPortfolioStatuses = {
    "not_assessed", "not_started", "on_track", "at_risk", "off_track", "finished", "discontinued"};

// Risk levels, "not_assessed" when unknown.
inline constexpr std::array<std::string_view, 4> kRiskLevels = {"not_assessed", "low", "medium", "high"};

bool IsPortfolioStatus(std::string_view s);
bool IsRiskLevel(std::string_view s);

struct PortfolioAssessment {
  int64_t id = 0;
  int64_t item_id = 0;
  int64_t period_id = 0;
  std::string status = "not_assessed";
  std::string status_explanation;
  std::string risk = "not_assessed";
  std::string risk_description;
  std::string assessed_by;
  std::string assessed_at;
  std::string source_ref;
  int64_t version = 1;
};

// An assessment together with the reporting period it belongs to.
struct PeriodAssessment {
  PortfolioAssessment assessment;
  std::string strategy;  // the period's strategy key
  std::string period;    // the period's code, e.g. "2023-Q1"
  std::string period_state;
};

}  // namespace fremdrift
