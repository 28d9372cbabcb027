#include "domain/minutes_rules.h"

#include <set>

#include "domain/list_item_field.h"

namespace fremdrift {

std::vector<FieldProblem> ValidateMinutes(const Minutes& m, const std::vector<Case>& agenda) {
  std::vector<FieldProblem> p;
  for (size_t i = 0; i < m.attendance.size(); ++i) {
    const auto& a = m.attendance[i];
    if (a.person.empty()) p.push_back({ListItemField("attendance", i, "person"), "is required", "required", {}});
    if (!a.deputy_for.empty() && a.role != AttendanceRole::kDeputy) {
      p.push_back({ListItemField("attendance", i, "deputy_for"), "only a deputy stands in for a member",
                   "minutes_deputy_only", {}});
    }
  }
  std::set<int64_t> on_agenda;
  for (const auto& c : agenda) on_agenda.insert(c.id);
  std::set<int64_t> seen;
  for (size_t i = 0; i < m.cases.size(); ++i) {
    int64_t id = m.cases[i].case_id;
    if (!on_agenda.count(id)) {
      p.push_back({ListItemField("cases", i, "case_id"), "case " + std::to_string(id) + " is not on this meeting's agenda",
                   "minutes_case_not_on_agenda", {{"id", std::to_string(id)}}});
    } else if (!seen.insert(id).second) {
      p.push_back({ListItemField("cases", i, "case_id"), "is listed twice", "listed_twice", {}});
    }
  }
  return p;
}

std::string MinutesChangeRefusal(const Minutes& m) {
  if (m.state == MinutesState::kApproved) {
    return "the minutes are approved and locked: reopen them with a reason to correct them";
  }
  return "";
}

std::optional<FieldProblem> MinutesTransitionProblem(MinutesState from, MinutesState to, std::string_view reason) {
  using S = MinutesState;
  bool allowed = (from == S::kDraft && to == S::kCirculated) || (from == S::kCirculated && to == S::kDraft) ||
                 (from == S::kCirculated && to == S::kApproved) || (from == S::kApproved && to == S::kDraft);
  if (!allowed) {
    return FieldProblem{"state",
                        "minutes cannot go from " + std::string(MinutesStateKey(from)) + " to " +
                            std::string(MinutesStateKey(to)),
                        "minutes_transition",
                        {{"from", std::string(MinutesStateKey(from))}, {"to", std::string(MinutesStateKey(to))}}};
  }
  if (from == S::kApproved) {
    bool blank = reason.find_first_not_of(" \t\r\n") == std::string_view::npos;
    if (blank) {
      return FieldProblem{"reason", "a correction of approved minutes needs a reason", "minutes_reason_required", {}};
    }
  }
  return std::nullopt;
}

std::optional<FieldProblem> ApprovalCaseProblem(const Case& approving, const Meeting& approving_meeting,
                                                const Meeting& minutes_meeting) {
  if (approving.type != "approval") {
    return FieldProblem{"case_id", "the approving case must be of type approval (Godkjenning)",
                        "minutes_approval_type", {}};
  }
  if (approving_meeting.body_id != minutes_meeting.body_id) {
    return FieldProblem{"case_id", "the approving case must be one of the same body", "minutes_approval_body", {}};
  }
  if (!(minutes_meeting.date < approving_meeting.date)) {
    return FieldProblem{"case_id", "the approving case must be on a later meeting than " + minutes_meeting.date.ToIso(),
                        "minutes_approval_later", {{"date", minutes_meeting.date.ToIso()}}};
  }
  return std::nullopt;
}

bool MinutesArePublic(MinutesState state) { return state == MinutesState::kApproved; }

std::optional<Minutes> PublicMinutes(const Minutes& minutes) {
  if (MinutesArePublic(minutes.state)) return minutes;
  if (!minutes.approved_version) return std::nullopt;
  const ApprovedMinutesVersion& v = *minutes.approved_version;
  Minutes m = minutes;
  m.state = MinutesState::kApproved;
  m.attendance = v.attendance;
  m.cases = v.cases;
  m.approval_case_id = v.approval_case_id;
  m.source = v.source;
  m.approved_version.reset();
  // The last correction is the one under way, which set this version aside.
  if (!m.corrections.empty()) m.corrections.pop_back();
  return m;
}

std::optional<FieldProblem> ApprovalCaseTypeProblem(const std::string& type, bool approves_minutes) {
  if (!approves_minutes || type == "approval") return std::nullopt;
  return FieldProblem{"type", "the case approves minutes: its type stays approval (Godkjenning) while it does",
                      "approval_case_type_fixed", {}};
}

}  // namespace fremdrift
