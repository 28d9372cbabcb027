#include "render/rollup_reason_text.h"

#include <string_view>
#include <utility>
#include <vector>

#include "render/chart_number_text.h"

namespace fremdrift {

std::string RollupReasonText(const Suggestion& s, const StatusScale& scale, const Catalogue& t) {
  if (s.rule.empty() || !t.Has(s.rule)) return s.reason;
  std::vector<std::pair<std::string, std::string>> args;
  for (const auto& [name, value] : s.params) {
    if (name == "status" || name == "best") {
      args.emplace_back(name, scale.Name(value, t.lang()));
    } else if (name == "mean") {
      args.emplace_back(name, FormatNumber(std::stod(value), {t.lang(), "", 2}));
    } else {
      args.emplace_back(name, value);
    }
  }
  return t.Format(s.rule, args);
}

}  // namespace fremdrift
