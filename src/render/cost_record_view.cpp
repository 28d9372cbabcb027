#include "render/cost_record_view.h"

#include "domain/cost_sharing_rules.h"
#include "render/chart_number_text.h"
#include "render/url_for.h"

namespace fremdrift {
namespace {

std::string WithDecimalComma(std::string text, const Catalogue& t) {
  if (t.lang() == "nb") {
    for (char& c : text) c = c == '.' ? ',' : c;
  }
  return text;
}

std::string GroupName(const std::vector<CostGroup>& groups, const std::string& key) {
  for (const auto& g : groups) {
    if (g.key == key) return g.name;
  }
  return key;
}

// Key shares or starting shares per group, in the groups' display order.
std::string SharesText(const SolutionYear& r, const std::vector<CostGroup>& groups, const Catalogue& t) {
  std::string out;
  auto add = [&](const std::string& text) { out += (out.empty() ? "" : ", ") + text; };
  for (const auto& g : groups) {
    if (auto it = r.key.find(g.key); it != r.key.end()) {
      add(g.name + " " + KeyShareText(it->second, t) + PercentSuffix(t.lang()));
    }
    if (auto it = r.opening_shares.find(g.key); it != r.opening_shares.end()) {
      add(g.name + " " + ExactAmountText(it->second, t) + " " + t.Text("costs_unit"));
    }
  }
  // Groups no longer listed still show, by key.
  for (const auto& [k, bp] : r.key) {
    if (GroupName(groups, k) == k) add(k + " " + KeyShareText(bp, t) + PercentSuffix(t.lang()));
  }
  return out.empty() ? "–" : out;
}

}  // namespace

std::string ExactAmountText(Mnok amount, const Catalogue& t) {
  return WithDecimalComma(amount.ExactText(), t);
}

std::string KeyShareText(int basis_points, const Catalogue& t) {
  return WithDecimalComma(KeyPercentText(basis_points), t);
}

mstch::map SolutionYearView(const SolutionYear& r, const std::vector<CostGroup>& groups,
                            const Catalogue& t) {
  const std::string base_year = r.base_year ? std::to_string(*r.base_year) : "";
  std::string method = t.Format("costs_method_" + std::string(SharingMethodKey(r.method)),
                                {{"base_year", base_year.empty() ? "?" : base_year}});
  bool opening = r.method == SharingMethod::kOpening;
  return mstch::map{
      {"year", std::to_string(r.year)},
      {"url", UrlFor(routes::kSolutionYear, r.solution, r.year)},
      {"table_url", UrlFor(routes::kCostYear, r.year)},
      {"method", method},
      {"change", opening ? std::string("–") : ExactAmountText(r.change, t)},
      {"base_year", base_year.empty() ? std::string("–") : base_year},
      {"shares", SharesText(r, groups, t)},
      {"source", r.source},
      {"notes", r.notes},
      {"has_notes", !r.notes.empty()},
  };
}

}  // namespace fremdrift
