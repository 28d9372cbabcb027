// The view models of the portfolio pages: /portefolje (counts by status,
// risk and segment as bar charts with their data tables, delay shares per
// phase, the dependency graph with a text list, and every item) and
// /portefolje/{key} (one item's facts and its status and risk per period).
// Statuses and risks are always written as words.
#pragma once

#include <string>
#include <vector>

#include <mstch/mstch.hpp>

#include "domain/portfolio_choice.h"
#include "domain/portfolio_summary.h"
#include "render/i18n.h"
#include "render/plan_names.h"

namespace fremdrift {

std::string PortfolioPageUrl();                        // /portefolje
std::string PortfolioItemPageUrl(const std::string& key);  // /portefolje/{key}

std::string PortfolioStatusWord(const std::string& status, const Catalogue& t);
std::string RiskWord(const std::string& risk, const Catalogue& t);

// The summaries (counts, charts, delays, dependencies) cover every entry;
// the item table only those matching `choice`, under the filter form.
mstch::map PortfolioView(const std::vector<PortfolioEntry>& entries, const PortfolioChoice& choice,
                         const PlanNames& names, const Catalogue& t);

// `plan_item_urls` maps "strategy/item" to the item's page and title, for
// the items the entry serves that the reader may see.
struct ServedLink {
  std::string ref;  // "strategy/item"
  std::string url;
  std::string title;
};

mstch::map PortfolioItemView(const PortfolioEntry& entry, const std::vector<PortfolioEntry>& all,
                             const std::vector<PeriodAssessment>& history, const std::vector<ServedLink>& served,
                             const PlanNames& names, const Catalogue& t);

}  // namespace fremdrift
