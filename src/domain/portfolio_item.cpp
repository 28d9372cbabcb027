#include "domain/portfolio_item.h"

namespace fremdrift {

std::string_view PortfolioKindKey(PortfolioKind k) {
  return k == PortfolioKind::kProgramme ? "programme" : "project";
}

std::optional<PortfolioKind> PortfolioKindFromKey(std::string_view key) {
  if (key == "project") return PortfolioKind::kProject;
  if (key == "programme") return PortfolioKind::kProgramme;
  return std::nullopt;
}

}  // namespace fremdrift
