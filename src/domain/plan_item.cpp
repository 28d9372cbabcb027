#include "domain/plan_item.h"

#include <algorithm>

namespace fremdrift {

bool PlanItem::IsOwnedBy(const std::string& short_name) const {
  return std::find(owners.begin(), owners.end(), short_name) != owners.end();
}

}  // namespace fremdrift
