#include "domain/follow_up_rules.h"

#include <algorithm>

#include "domain/governance_rules.h"

namespace fremdrift {
namespace {

bool Blank(std::string_view s) { return s.find_first_not_of(" \t\r\n") == std::string_view::npos; }

}  // namespace

std::vector<FieldProblem> ValidateFollowUpAction(const FollowUpAction& a) {
  std::vector<FieldProblem> p;
  if (Blank(a.description)) p.push_back({"description", "is required", "required", {}});
  if (a.organisation.empty()) p.push_back({"organisation", "is required", "required", {}});
  if (a.due && a.to_meeting) {
    p.push_back({"due", "a case brought back to a later meeting has no due date", "action_due_or_meeting", {}});
  }
  if (!a.to_meeting && a.to_body_id) {
    p.push_back({"to_body", "only a case brought back to a meeting names a body", "action_body_only_to_meeting", {}});
  }
  std::vector<CaseLink> seen;
  for (size_t i = 0; i < a.links.size(); ++i) {
    std::string field = "links[" + std::to_string(i) + "].";
    std::string why = CaseLinkProblem(a.links[i]);
    if (!why.empty()) {
      p.push_back({field + (why.rfind("kind", 0) == 0 ? "kind" : "reference"), why});
    } else if (std::find(seen.begin(), seen.end(), a.links[i]) != seen.end()) {
      p.push_back({field + "reference", "is linked twice", "listed_twice", {}});
    }
    seen.push_back(a.links[i]);
  }
  if (a.state == ActionState::kNotDone && Blank(a.state_reason)) {
    p.push_back({"reason", "say why the action was not done", "action_reason_required", {}});
  }
  return p;
}

std::optional<FieldProblem> ActionTransitionProblem(ActionState from, ActionState to, std::string_view reason) {
  using S = ActionState;
  bool allowed = from == to;
  switch (from) {
    case S::kOpen: allowed = allowed || to != S::kOpen; break;
    case S::kInProgress: allowed = allowed || to != S::kInProgress; break;
    case S::kDone:
    case S::kNotDone: allowed = allowed || to == S::kInProgress; break;
  }
  if (!allowed) {
    return FieldProblem{"state",
                        "an action cannot go from " + std::string(ActionStateKey(from)) + " to " +
                            std::string(ActionStateKey(to)),
                        "action_transition",
                        {{"from", std::string(ActionStateKey(from))}, {"to", std::string(ActionStateKey(to))}}};
  }
  if (to == S::kNotDone && Blank(reason)) {
    return FieldProblem{"reason", "say why the action was not done", "action_reason_required", {}};
  }
  return std::nullopt;
}

bool MayUpdateActionState(const User& user, const FollowUpAction& action, const Body& body) {
  if (MayEditGovernance(user, body)) return true;
  return user.role == Role::kEditor && !action.organisation.empty() && user.organisation == action.organisation;
}

}  // namespace fremdrift
