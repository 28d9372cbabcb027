#include "render/indicator_fact_text.h"

namespace fremdrift {

std::string DirectionText(Direction d, const Catalogue& t) {
  switch (d) {
    case Direction::kHigherIsBetter: return t.Text("direction_higher_is_better");
    case Direction::kLowerIsBetter: return t.Text("direction_lower_is_better");
    case Direction::kNone: break;
  }
  return t.Text("direction_none");
}

std::string KindText(IndicatorKind k, const Catalogue& t) {
  switch (k) {
    case IndicatorKind::kComposite: return t.Text("kind_composite");
    case IndicatorKind::kRatio: return t.Text("kind_ratio");
    case IndicatorKind::kDistribution: return t.Text("kind_distribution");
    case IndicatorKind::kSimple: break;
  }
  return t.Text("kind_simple");
}

}  // namespace fremdrift
