#include "domain/indicator_rules.h"

#include <algorithm>

#include "domain/dimension_labels.h"
#include "domain/period.h"

namespace fremdrift {

bool MayEditIndicators(const User& user) {
  return user.role == Role::kAdmin || user.role == Role::kEditor;
}

std::string ResponsibleChangeRefusal(const User& actor, const std::string& before, const std::string& after) {
  if (before == after || actor.role == Role::kAdmin) return "";
  return "only an administrator may change which organisation is responsible for an indicator";
}

std::vector<FieldProblem> ValidateIndicator(const Indicator& i) {
  std::vector<FieldProblem> out;
  if (i.kind == IndicatorKind::kRatio) {
    if (!i.numerator.empty() && i.numerator == i.code) {
      out.push_back({"numerator", "must be another indicator than this one", "same_indicator", {}});
    }
    if (!i.denominator.empty() && i.denominator == i.code) {
      out.push_back({"denominator", "must be another indicator than this one", "same_indicator", {}});
    }
    if (i.factor == 0) out.push_back({"factor", "must not be 0", "zero", {}});
  }
  if (!i.parent.empty()) {
    if (i.parent == i.code) out.push_back({"parent", "must be another indicator than this one", "same_indicator", {}});
    if (i.part_number < 1) out.push_back({"part_number", "must be 1 or more for a part of a composite", "at_least_one", {}});
  }
  if (i.part_number < 0) out.push_back({"part_number", "must not be negative", "negative", {}});
  for (size_t k = 0; k < i.targets.size(); ++k) {
    if (static_cast<int>(i.targets[k].dimensions.size()) > kMaxDimensions) {
      out.push_back({"targets[" + std::to_string(k) + "].dimensions",
                     "may name at most " + std::to_string(kMaxDimensions) + " dimensions"});
    }
  }
  for (auto& p : ValidateDimensionLabels(i.dimension_labels)) out.push_back(std::move(p));
  return out;
}

std::vector<FieldProblem> ValidateMeasurement(const Measurement& m, const MeasuredIndicator& indicator,
                                              const std::vector<std::string>& known_dimensions) {
  std::vector<FieldProblem> out;
  auto period = Period::Parse(m.period);
  if (m.period.empty()) {
    out.push_back({"period", "is required", "required", {}});
  } else if (!period) {
    out.push_back({"period",
                   "'" + m.period +
                       "' is not a period (2022, 2022-Q1, 2022-T1, 2022-01, 2022-W05 or "
                       "2022-01-31)",
                   "not_a_period",
                   {{"period", m.period}}});
  } else if (period->ToString() != m.period) {
    out.push_back({"period", "write it as " + period->ToString(), "period_spelling",
                   {{"period", period->ToString()}}});
  }
  if (!m.value && m.note.empty()) {
    out.push_back({"value", "is empty; give a number, or a note saying why data is missing",
                   "value_or_note_required", {}});
  }
  if (indicator.kind == IndicatorKind::kRatio) {
    out.push_back({"indicator", "the values of a ratio indicator are computed from " +
                                    indicator.numerator + " and " + indicator.denominator +
                                    "; enter measurements there"});
  }
  int dims = static_cast<int>(known_dimensions.size());
  for (const auto& [name, value] : m.dimensions) {
    if (name.empty() || value.empty()) {
      out.push_back({"dimensions", "a dimension needs both a name and a value", "dimension_incomplete", {}});
    }
    if (std::find(known_dimensions.begin(), known_dimensions.end(), name) == known_dimensions.end()) {
      ++dims;
    }
  }
  if (dims > kMaxDimensions) {
    out.push_back({"dimensions", "an indicator may have at most " + std::to_string(kMaxDimensions) +
                                     " dimensions; this would make " + std::to_string(dims)});
  }
  return out;
}

}  // namespace fremdrift
