#include "render/benefit_view.h"

#include "render/url_for.h"
#include "render/date_text.h"

namespace fremdrift {
namespace {

// The tag of a state: realised reads as done, not realised as a warning.
mstch::map StateChip(BenefitState s, const std::string& text) {
  std::string colour = "neutral", mark = "○";
  if (s == BenefitState::kRealising) mark = "◐";
  if (s == BenefitState::kRealised) colour = "success", mark = "●";
  if (s == BenefitState::kNotRealised) colour = "danger", mark = "✕";
  return mstch::map{{"colour", colour}, {"mark", mark}, {"text", text}};
}

}  // namespace

mstch::map BenefitRowView(const Benefit& b, const Catalogue& t) {
  const std::string state = t.Text("benefit_state_" + std::string(BenefitStateKey(b.state)));
  return mstch::map{
      {"key", b.key},
      {"url", UrlFor(routes::kBenefit, b.key)},
      {"description", b.description},
      {"kind_text", t.Text("benefit_kind_" + std::string(BenefitKindKey(b.kind)))},
      {"state_text", state},
      {"state_chip", StateChip(b.state, state)},
      {"owner_text", b.owner.empty() ? std::string("–") : b.owner},
      {"has_baseline", !b.baseline.empty()},
      {"baseline", b.baseline},
      {"has_target", !b.target.empty()},
      {"target", b.target},
      {"has_by", b.by.has_value()},
      {"by_text", b.by ? DateText(*b.by, t.lang()) : std::string()},
      {"has_indicator", !b.indicator.empty()},
      {"indicator", b.indicator},
      {"has_comment", !b.comment.empty()},
      {"comment", b.comment},
      {"state", std::string(BenefitStateKey(b.state))},
      {"version", std::to_string(b.version)},
  };
}

}  // namespace fremdrift
