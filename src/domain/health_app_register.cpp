#include "domain/health_app_register.h"

#include <algorithm>
#include "domain/case_filter.h"

namespace fremdrift {

bool OnPublicRegister(const Evaluation& e) {
  return e.state == EvaluationState::kDecided && e.decision != Decision::kNone;
}

namespace {

bool Contains(const std::vector<std::string>& list, const std::string& x) {
  return std::find(list.begin(), list.end(), x) != list.end();
}

}  // namespace

bool MatchesRegisterFilter(const RegisterEntry& e, const RegisterFilter& f) {
  if (!f.text.empty()) {
    std::string q = FoldCase(f.text);
    bool found = false;
    for (const std::string* s : {&e.app.name, &e.app.manufacturer, &e.app.intended_users, &e.app.intended_use}) {
      if (FoldCase(*s).find(q) != std::string::npos) found = true;
    }
    if (!found) return false;
  }
  if (!f.category_level.empty() && e.app.category_level != f.category_level) return false;
  if (!f.platform.empty() && !Contains(e.app.platforms, f.platform)) return false;
  if (!f.target_group.empty() && !Contains(e.app.target_groups, f.target_group)) return false;
  if (!f.grade.empty()) {
    if (!e.label) return false;
    auto at_least = [&](const std::string& g) { return !g.empty() && g <= f.grade; };  // "A" < "B" ...
    if (f.label_area.empty()) return at_least(e.label->grades.overall);
    for (const auto& a : e.label->grades.areas) {
      if (a.label_area == f.label_area) return at_least(a.grade);
    }
    return false;
  }
  return true;
}

}  // namespace fremdrift
