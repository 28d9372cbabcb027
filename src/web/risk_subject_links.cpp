#include "web/risk_subject_links.h"

#include "render/page_urls.h"
#include "render/portfolio_view.h"
#include "render/risk_urls.h"
#include "storage/plan_item_store.h"
#include "storage/portfolio_store.h"
#include "storage/strategy_store.h"

namespace fremdrift {

RiskSubjectLinks::RiskSubjectLinks(RequestContext& ctx) {
  std::map<int64_t, std::string> strategy_keys;
  for (const auto& s : StrategyStore(ctx.db()).List(ListScope::kAll)) strategy_keys[s.id] = s.key;
  for (const auto& item : PlanItemStore(ctx.db()).List(std::nullopt)) {
    auto s = strategy_keys.find(item.strategy_id);
    if (s == strategy_keys.end()) continue;
    links_[RiskSubjectValue(RiskSubjectKind::kPlanItem, s->second + "/" + item.key)] = {
        (item.code.empty() ? "" : item.code + " ") + item.title, ItemPageUrl(s->second, item.key)};
  }
  for (const auto& item : PortfolioStore(ctx.db()).List()) {
    links_[RiskSubjectValue(RiskSubjectKind::kPortfolioItem, item.key)] = {item.name,
                                                                           PortfolioItemPageUrl(item.key)};
  }
}

RiskSubjectLink RiskSubjectLinks::Of(const Risk& risk) const { return Of(risk.subject_kind, risk.subject); }

RiskSubjectLink RiskSubjectLinks::Of(RiskSubjectKind kind, const std::string& subject) const {
  auto it = links_.find(RiskSubjectValue(kind, subject));
  return it == links_.end() ? RiskSubjectLink{subject, ""} : it->second;
}

}  // namespace fremdrift
