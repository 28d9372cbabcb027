#include "domain/risk_changes.h"

namespace fremdrift {

std::vector<std::string> RiskChangedFields(const Risk& seen, const Risk& now) {
  std::vector<std::string> out;
  auto check = [&](bool differs, const char* field) {
    if (differs) out.emplace_back(field);
  };
  check(seen.subject_kind != now.subject_kind || seen.subject != now.subject, "subject");
  check(seen.description != now.description, "description");
  check(seen.cause != now.cause, "cause");
  check(seen.effect != now.effect, "effect");
  check(seen.likelihood != now.likelihood, "likelihood");
  check(seen.consequence != now.consequence, "consequence");
  check(seen.mitigation != now.mitigation, "mitigation");
  check(seen.owner != now.owner, "owner");
  check(seen.review_by != now.review_by, "review_by");
  check(seen.state != now.state, "state");
  return out;
}

}  // namespace fremdrift
