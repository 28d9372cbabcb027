#include "formats/risk_json.h"

#include <set>

#include "formats/json_text_field.h"

namespace fremdrift {

nlohmann::ordered_json RiskToJson(const Risk& r) {
  nlohmann::ordered_json j;
  j["key"] = r.key;
  j["subject_kind"] = r.subject_kind == RiskSubjectKind::kPlanItem ? "plan_item" : "portfolio_item";
  j["subject"] = r.subject;
  j["description"] = r.description;
  j["cause"] = r.cause;
  j["effect"] = r.effect;
  j["likelihood"] = r.likelihood;
  j["consequence"] = r.consequence;
  j["score"] = r.Score();
  j["level"] = std::string(RiskLevelKey(r.Level()));
  j["mitigation"] = r.mitigation;
  j["owner"] = r.owner;
  j["review_by"] = r.review_by ? nlohmann::ordered_json(r.review_by->ToIso()) : nlohmann::ordered_json(nullptr);
  j["state"] = std::string(RiskStateKey(r.state));
  j["version"] = r.version;
  return j;
}

Risk RiskFromJson(const nlohmann::json& in, const std::string& path, std::vector<FieldProblem>& problems) {
  static const std::set<std::string> kFields = {
      "key",        "subject_kind", "subject", "description", "cause",     "effect", "likelihood",
      "consequence", "mitigation",  "owner",   "review_by",   "state",     "score",  "level", "version"};
  Risk r;
  if (!in.is_object()) {
    problems.push_back({path.empty() ? "$" : path, "must be an object"});
    return r;
  }
  const std::string p = path.empty() ? "" : path + ".";
  for (const auto& [k, v] : in.items()) {
    if (!kFields.count(k)) problems.push_back({p + k, "is not a known field"});
  }
  auto text = [&](const char* name) { return OptionalTextField(in, name, p, problems); };
  auto rating = [&](const char* name) -> int {
    auto it = in.find(name);
    if (it == in.end() || !it->is_number_integer()) {
      problems.push_back({p + name, "must be a whole number from 1 to 5"});
      return 0;
    }
    return static_cast<int>(it->get<int64_t>());
  };
  r.key = text("key");
  std::string kind = text("subject_kind");
  if (kind == "portfolio_item") r.subject_kind = RiskSubjectKind::kPortfolioItem;
  else if (!kind.empty() && kind != "plan_item") problems.push_back({p + "subject_kind", "must be plan_item or portfolio_item"});
  r.subject = text("subject");
  r.description = text("description");
  r.cause = text("cause");
  r.effect = text("effect");
  r.likelihood = rating("likelihood");
  r.consequence = rating("consequence");
  r.mitigation = text("mitigation");
  r.owner = text("owner");
  std::string review = text("review_by");
  if (!review.empty()) {
    r.review_by = Date::Parse(review);
    if (!r.review_by) problems.push_back({p + "review_by", "must be a date, YYYY-MM-DD"});
  }
  std::string state = text("state");
  if (auto s = ParseRiskState(state.empty() ? "open" : state)) r.state = *s;
  else problems.push_back({p + "state", "must be open or closed"});
  for (const auto& [field, reason] : RiskProblems(r)) {
    if (field == "likelihood" || field == "consequence") {
      if (in.contains(field) && in[field].is_number_integer()) problems.push_back({p + field, reason});
      continue;  // a missing or non-integer rating is reported above
    }
    problems.push_back({p + field, reason});
  }
  return r;
}

}  // namespace fremdrift
