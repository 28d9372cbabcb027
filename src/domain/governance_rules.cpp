#include "domain/governance_rules.h"

#include <algorithm>
#include <set>

#include "domain/list_item_field.h"
#include "domain/text_field_rules.h"

namespace fremdrift {
namespace {

bool IsBodyKey(const std::string& s) {
  if (s.empty() || s.size() > 60) return false;
  for (char c : s) {
    if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-')) return false;
  }
  return true;
}

}  // namespace

std::vector<FieldProblem> ValidateBody(const Body& b) {
  std::vector<FieldProblem> p;
  if (!IsBodyKey(b.key)) p.push_back({"key", "must be a lower-case slug (a-z, 0-9, -), e.g. nuit", "not_a_slug", {}});
  if (b.short_name.empty()) p.push_back({"short_name", "is required", "required", {}});
  if (b.name.empty()) p.push_back({"name", "is required", "required", {}});
  if (b.case_types.empty()) p.push_back({"case_types", "must name at least one case type", "case_types_required", {}});
  std::set<std::string> keys;
  for (size_t i = 0; i < b.case_types.size(); ++i) {
    const auto& t = b.case_types[i];
    if (!IsBodyKey(t.key)) p.push_back({ListItemField("case_types", i, "key"), "must be a lower-case slug", "not_a_slug", {}});
    else if (!keys.insert(t.key).second) p.push_back({ListItemField("case_types", i, "key"), "is listed twice", "listed_twice", {}});
    if (t.name.empty()) p.push_back({ListItemField("case_types", i, "name"), "is required", "required", {}});
  }
  for (size_t i = 0; i < b.members.size(); ++i) {
    const auto& m = b.members[i];
    if (m.person.empty()) p.push_back({ListItemField("members", i, "person"), "is required", "required", {}});
    if (m.from && m.to && *m.to < *m.from) {
      p.push_back({ListItemField("members", i, "to"), "must not be before from (" + m.from->ToIso() + ")",
                   "end_before_start_date", {{"start", m.from->ToIso()}}});
    }
  }
  return p;
}

std::vector<FieldProblem> ValidateMeeting(const Meeting& m) {
  std::vector<FieldProblem> p;
  if (m.number && *m.number < 1) p.push_back({"number", "must be 1 or more", "at_least_one", {}});
  if (!m.start_time.empty() && !IsClockTime(m.start_time)) p.push_back({"start_time", "must be HH:MM", "not_a_clock_time", {}});
  if (!m.end_time.empty() && !IsClockTime(m.end_time)) p.push_back({"end_time", "must be HH:MM", "not_a_clock_time", {}});
  if (IsClockTime(m.start_time) && IsClockTime(m.end_time) && m.end_time < m.start_time) {
    p.push_back({"end_time", "must not be before start_time (" + m.start_time + ")", "end_before_start_time",
                 {{"start", m.start_time}}});
  }
  for (size_t i = 0; i < m.breaks.size(); ++i) {
    const auto& b = m.breaks[i];
    if (b.title.empty()) p.push_back({ListItemField("breaks", i, "title"), "is required", "required", {}});
    if (!IsClockTime(b.start)) p.push_back({ListItemField("breaks", i, "start"), "must be HH:MM", "not_a_clock_time", {}});
    else if (i > 0 && IsClockTime(m.breaks[i - 1].start) && b.start < m.breaks[i - 1].start) {
      p.push_back({ListItemField("breaks", i, "start"), "breaks must be in time order", "breaks_out_of_order", {}});
    }
  }
  return p;
}

std::vector<FieldProblem> ValidateCase(const Case& c, const Body& body, const Meeting& meeting,
                                       const Meeting* postponed_to) {
  std::vector<FieldProblem> p;
  if (c.title.empty()) p.push_back({"title", "is required", "required", {}});
  if (!c.type.empty() && !FindCaseType(body, c.type)) {
    std::string keys;
    for (const auto& t : body.case_types) keys += (keys.empty() ? "" : ", ") + t.key;
    p.push_back({"type", "'" + c.type + "' is not a case type of " + body.short_name + " (" + keys + ")",
                 "unknown_case_type", {{"type", c.type}, {"body", body.short_name}, {"types", keys}}});
  }
  if (!c.start_time.empty() && !IsClockTime(c.start_time)) p.push_back({"start_time", "must be HH:MM", "not_a_clock_time", {}});
  for (size_t i = 0; i < c.presenters.size(); ++i) {
    if (c.presenters[i].name.empty()) p.push_back({ListItemField("presenters", i, "name"), "is required", "required", {}});
  }
  std::vector<CaseLink> seen;
  for (size_t i = 0; i < c.links.size(); ++i) {
    std::string why = CaseLinkProblem(c.links[i]);
    if (!why.empty()) {
      p.push_back({ListItemField("links", i, why.rfind("kind", 0) == 0 ? "kind" : "reference"), why});
    } else if (std::find(seen.begin(), seen.end(), c.links[i]) != seen.end()) {
      p.push_back({ListItemField("links", i, "reference"), "is linked twice", "listed_twice", {}});
    }
    seen.push_back(c.links[i]);
  }
  for (size_t i = 0; i < c.documents.size(); ++i) {
    if (c.documents[i].title.empty()) p.push_back({ListItemField("documents", i, "title"), "is required", "required", {}});
    if (c.documents[i].url.empty()) {
      p.push_back({ListItemField("documents", i, "url"), "is required", "required", {}});
    } else if (auto why = LinkUrlProblem(c.documents[i].url)) {
      p.push_back({ListItemField("documents", i, "url"), *why});
    }
  }
  if (c.status == CaseStatus::kPostponed && !postponed_to) {
    p.push_back({"postponed_to", "a postponed case must name the meeting it moved to", "postponed_needs_meeting", {}});
  }
  if (postponed_to) {
    if (c.status != CaseStatus::kPostponed && c.status != CaseStatus::kHandled) {
      p.push_back({"postponed_to", "only a postponed (or later handled) case moves to another meeting", "postponed_only", {}});
    }
    if (postponed_to->body_id != meeting.body_id) {
      p.push_back({"postponed_to", "must be a meeting of the same body", "postponed_same_body", {}});
    } else if (!(meeting.date < postponed_to->date)) {
      p.push_back({"postponed_to", "must be a meeting after " + meeting.date.ToIso(), "postponed_after",
                   {{"date", meeting.date.ToIso()}}});
    }
  }
  return p;
}

bool MayEditGovernance(const User& user, const Body& body) {
  if (user.role == Role::kAdmin) return true;
  return user.role == Role::kEditor && !body.secretariat.empty() && user.organisation == body.secretariat;
}

std::string CaseChangeRefusal(const Meeting& meeting) {
  if (meeting.state == MeetingState::kMinutesApproved) {
    return "the minutes of this meeting are approved: its cases are fixed";
  }
  return "";
}

}  // namespace fremdrift
