// The heat map of one strategy's risks (on its page, /strategi/{key}) or of
// the portfolio's (on /portefolje), with its data table and a link to the
// same risks in the register (docs/strategy-model.md, "Risks"). Only the
// risks the reader may see (app/visibility.h, MaySeeRisksAndBenefits: the
// signed-in), and only when the scope has any risk at all.
#pragma once

#include <string>

#include <mstch/mstch.hpp>

#include "web/request_context.h"

namespace fremdrift {

// {"risk_heat": RiskHeatSectionView} for a reader who may see risks and a
// `scope` with risks, else an empty map. `scope` is a strategy's key or
// kRiskScopePortfolio (domain/risk_filter.h).
mstch::map RiskHeatSection(RequestContext& ctx, const std::string& scope);

}  // namespace fremdrift
