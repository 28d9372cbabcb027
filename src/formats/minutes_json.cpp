#include "formats/minutes_json.h"

#include "formats/json_members.h"

namespace fremdrift {
namespace {

using OJson = nlohmann::ordered_json;

}  // namespace

OJson MinutesFieldsToJson(const Minutes& m) {
  OJson attendance = OJson::array();
  for (const auto& a : m.attendance) {
    attendance.push_back({{"person", a.person},
                          {"organisation", a.organisation},
                          {"role", std::string(AttendanceRoleKey(a.role))},
                          {"present", a.present},
                          {"deputy_for", a.deputy_for}});
  }
  OJson cases = OJson::array();
  for (const auto& c : m.cases) {
    cases.push_back({{"case_id", c.case_id},
                     {"discussion", c.discussion},
                     {"decision", c.decision},
                     {"differs_from_proposal", c.differs_from_proposal}});
  }
  return {{"attendance", attendance}, {"cases", cases}, {"source", m.source}};
}

OJson ActionFieldsToJson(const FollowUpAction& a) {
  OJson links = OJson::array();
  for (const auto& l : a.links) links.push_back({{"kind", l.kind}, {"reference", l.reference}});
  return {{"description", a.description},
          {"organisation", a.organisation},
          {"due", a.due ? OJson(a.due->ToIso()) : OJson(nullptr)},
          {"to_meeting", a.to_meeting},
          {"links", links},
          {"state", std::string(ActionStateKey(a.state))},
          {"reason", a.state_reason},
          {"source", a.source}};
}

void ApplyMinutesFields(const nlohmann::json& in, Minutes& m, const std::string& path,
                        const std::set<std::string>& extra, std::vector<FieldProblem>& problems) {
  CheckKnown(in, path, {"attendance", "cases", "source"}, extra, problems);
  Text(in, "source", m.source, path, problems);
  if (in.contains("attendance")) {
    m.attendance.clear();
    Objects(in, "attendance", path, problems, [&](const nlohmann::json& a, const std::string& ap) {
      CheckKnown(a, ap, {"person", "organisation", "role", "present", "deputy_for"}, {}, problems);
      Attendance out;
      out.person = StringMember(a, "person", ap, true, problems);
      Text(a, "organisation", out.organisation, ap, problems);
      if (a.contains("role")) {
        std::string role = StringMember(a, "role", ap, false, problems);
        if (auto r = AttendanceRoleFromKey(role)) out.role = *r;
        else problems.push_back({ap + "role", "must be chair, member, observer or deputy", "attendance_role", {}});
      }
      Flag(a, "present", out.present, ap, problems);
      Text(a, "deputy_for", out.deputy_for, ap, problems);
      m.attendance.push_back(std::move(out));
    });
  }
  if (in.contains("cases")) {
    m.cases.clear();
    Objects(in, "cases", path, problems, [&](const nlohmann::json& c, const std::string& cp) {
      CheckKnown(c, cp, {"case_id", "discussion", "decision", "differs_from_proposal"}, {}, problems);
      MinutesCase out;
      if (c.contains("case_id") && c["case_id"].is_number_integer()) out.case_id = c["case_id"].get<int64_t>();
      else problems.push_back({cp + "case_id", "must be the id of a case on the agenda", "not_an_id", {}});
      Text(c, "discussion", out.discussion, cp, problems);
      Text(c, "decision", out.decision, cp, problems);
      Flag(c, "differs_from_proposal", out.differs_from_proposal, cp, problems);
      m.cases.push_back(std::move(out));
    });
  }
}

void ApplyActionFields(const nlohmann::json& in, FollowUpAction& a, const std::string& path,
                       const std::set<std::string>& extra, std::vector<FieldProblem>& problems) {
  CheckKnown(in, path, {"description", "organisation", "due", "to_meeting", "links", "state", "reason", "source"},
             extra, problems);
  Text(in, "description", a.description, path, problems);
  Text(in, "organisation", a.organisation, path, problems);
  if (in.contains("due")) a.due = OptionalDate(in, "due", path, problems);
  Flag(in, "to_meeting", a.to_meeting, path, problems);
  Text(in, "reason", a.state_reason, path, problems);
  Text(in, "source", a.source, path, problems);
  if (in.contains("state")) {
    std::string s = StringMember(in, "state", path, false, problems);
    if (auto st = ActionStateFromKey(s)) a.state = *st;
    else problems.push_back({path + "state", "must be open, in_progress, done or not_done", "action_state", {}});
  }
  if (in.contains("links")) {
    a.links.clear();
    Objects(in, "links", path, problems, [&](const nlohmann::json& l, const std::string& lp) {
      CheckKnown(l, lp, {"kind", "reference"}, {}, problems);
      a.links.push_back({StringMember(l, "kind", lp, true, problems), StringMember(l, "reference", lp, true, problems)});
    });
  }
}

}  // namespace fremdrift
