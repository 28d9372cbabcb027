#include "formats/governance_json.h"

#include "formats/json_members.h"
#include "formats/plan_json.h"

namespace fremdrift {
namespace {

using OJson = nlohmann::ordered_json;

OJson DateOrNull(const std::optional<Date>& d) { return d ? OJson(d->ToIso()) : OJson(nullptr); }

}  // namespace

OJson BodyFieldsToJson(const Body& b) {
  OJson types = OJson::array();
  for (const auto& t : b.case_types) types.push_back({{"key", t.key}, {"name", t.name}});
  OJson members = OJson::array();
  for (const auto& m : b.members) {
    members.push_back({{"person", m.person}, {"title", m.title}, {"organisation", m.organisation},
                       {"role", std::string(MemberRoleKey(m.role))}, {"from", DateOrNull(m.from)},
                       {"to", DateOrNull(m.to)}, {"source", m.source}});
  }
  return {{"key", b.key},
          {"short_name", b.short_name},
          {"name", b.name},
          {"description", b.description},
          {"secretariat", b.secretariat.empty() ? OJson(nullptr) : OJson(b.secretariat)},
          {"case_types", types},
          {"members", members},
          {"source", b.source}};
}

OJson MeetingFieldsToJson(const Meeting& m) {
  OJson breaks = OJson::array();
  for (const auto& b : m.breaks) breaks.push_back({{"title", b.title}, {"start", b.start}});
  return {{"number", m.number ? OJson(*m.number) : OJson(nullptr)},
          {"date", m.date.ToIso()},
          {"place", m.place},
          {"start_time", m.start_time},
          {"end_time", m.end_time},
          {"state", std::string(MeetingStateKey(m.state))},
          {"breaks", breaks},
          {"source", m.source}};
}

std::string MeetingAuditJson(const Meeting& m) {
  OJson j = MeetingFieldsToJson(m);
  j["id"] = m.id;
  j["body_id"] = m.body_id;
  j["version"] = m.version;
  return j.dump();
}

OJson CaseFieldsToJson(const Case& c) {
  OJson presenters = OJson::array();
  for (const auto& p : c.presenters) presenters.push_back({{"name", p.name}, {"organisation", p.organisation}});
  OJson links = OJson::array();
  for (const auto& l : c.links) links.push_back({{"kind", l.kind}, {"reference", l.reference}});
  OJson documents = OJson::array();
  for (const auto& d : c.documents) documents.push_back({{"title", d.title}, {"url", d.url}});
  return {{"title", c.title},
          {"type", c.type.empty() ? OJson(nullptr) : OJson(c.type)},
          {"presenters", presenters},
          {"start_time", c.start_time},
          {"summary", c.summary},
          {"proposed_decision", c.proposed_decision},
          {"decision", c.decision},
          {"status", std::string(CaseStatusKey(c.status))},
          {"links", links},
          {"documents", documents},
          {"source", c.source}};
}

void ApplyBodyFields(const nlohmann::json& in, Body& b, const std::string& path,
                     const std::set<std::string>& extra, std::vector<FieldProblem>& problems) {
  CheckKnown(in, path,
             {"key", "short_name", "name", "description", "secretariat", "case_types", "members", "source"},
             extra, problems);
  Text(in, "key", b.key, path, problems);
  Text(in, "short_name", b.short_name, path, problems);
  Text(in, "name", b.name, path, problems);
  Text(in, "description", b.description, path, problems);
  Text(in, "secretariat", b.secretariat, path, problems);
  Text(in, "source", b.source, path, problems);
  if (in.contains("case_types")) {
    b.case_types.clear();
    Objects(in, "case_types", path, problems, [&](const nlohmann::json& t, const std::string& p) {
      CheckKnown(t, p, {"key", "name"}, {}, problems);
      b.case_types.push_back({StringMember(t, "key", p, true, problems), StringMember(t, "name", p, true, problems)});
    });
  }
  if (in.contains("members")) {
    b.members.clear();
    Objects(in, "members", path, problems, [&](const nlohmann::json& m, const std::string& p) {
      CheckKnown(m, p, {"person", "title", "organisation", "role", "from", "to", "source"}, {}, problems);
      BodyMember member;
      member.person = StringMember(m, "person", p, true, problems);
      member.title = StringMember(m, "title", p, false, problems);
      member.organisation = StringMember(m, "organisation", p, false, problems);
      std::string role = StringMember(m, "role", p, true, problems);
      if (auto r = MemberRoleFromKey(role)) member.role = *r;
      else if (!role.empty()) problems.push_back({p + "role", "must be chair, member or observer"});
      member.from = OptionalDate(m, "from", p, problems);
      member.to = OptionalDate(m, "to", p, problems);
      member.source = StringMember(m, "source", p, false, problems);
      b.members.push_back(std::move(member));
    });
  }
}

void ApplyMeetingFields(const nlohmann::json& in, Meeting& m, const std::string& path,
                        const std::set<std::string>& extra, std::vector<FieldProblem>& problems) {
  CheckKnown(in, path, {"number", "date", "place", "start_time", "end_time", "state", "breaks", "source"},
             extra, problems);
  if (in.contains("number")) {
    if (in["number"].is_null()) m.number.reset();
    else if (in["number"].is_number_integer()) m.number = in["number"].get<int>();
    else problems.push_back({path + "number", "must be an integer or null"});
  }
  if (in.contains("date")) {
    auto d = in["date"].is_string() ? Date::Parse(in["date"].get<std::string>()) : std::nullopt;
    if (d) m.date = *d;
    else problems.push_back({path + "date", "must be a date YYYY-MM-DD", "not_a_date", {}});
  }
  Text(in, "place", m.place, path, problems);
  Text(in, "start_time", m.start_time, path, problems);
  Text(in, "end_time", m.end_time, path, problems);
  Text(in, "source", m.source, path, problems);
  if (in.contains("state")) {
    std::string s = StringMember(in, "state", path, false, problems);
    if (auto st = MeetingStateFromKey(s)) m.state = *st;
    else problems.push_back({path + "state", "must be planned, agenda_published, held or minutes_approved"});
  }
  if (in.contains("breaks")) {
    m.breaks.clear();
    Objects(in, "breaks", path, problems, [&](const nlohmann::json& b, const std::string& p) {
      CheckKnown(b, p, {"title", "start"}, {}, problems);
      m.breaks.push_back({StringMember(b, "title", p, true, problems), StringMember(b, "start", p, true, problems)});
    });
  }
}

void ApplyCaseFields(const nlohmann::json& in, Case& c, const std::string& path,
                     const std::set<std::string>& extra, std::vector<FieldProblem>& problems) {
  CheckKnown(in, path,
             {"title", "type", "presenters", "start_time", "summary", "proposed_decision", "decision", "status",
              "links", "documents", "source"},
             extra, problems);
  Text(in, "title", c.title, path, problems);
  Text(in, "type", c.type, path, problems);
  Text(in, "start_time", c.start_time, path, problems);
  Text(in, "summary", c.summary, path, problems);
  Text(in, "proposed_decision", c.proposed_decision, path, problems);
  Text(in, "decision", c.decision, path, problems);
  Text(in, "source", c.source, path, problems);
  if (in.contains("status")) {
    std::string s = StringMember(in, "status", path, false, problems);
    if (auto st = CaseStatusFromKey(s)) c.status = *st;
    else problems.push_back({path + "status", "must be planned, handled, postponed or withdrawn"});
  }
  if (in.contains("presenters")) {
    c.presenters.clear();
    Objects(in, "presenters", path, problems, [&](const nlohmann::json& p, const std::string& pp) {
      CheckKnown(p, pp, {"name", "organisation"}, {}, problems);
      c.presenters.push_back(
          {StringMember(p, "name", pp, true, problems), StringMember(p, "organisation", pp, false, problems)});
    });
  }
  if (in.contains("links")) {
    c.links.clear();
    Objects(in, "links", path, problems, [&](const nlohmann::json& l, const std::string& lp) {
      CheckKnown(l, lp, {"kind", "reference"}, {}, problems);
      c.links.push_back(
          {StringMember(l, "kind", lp, true, problems), StringMember(l, "reference", lp, true, problems)});
    });
  }
  if (in.contains("documents")) {
    c.documents.clear();
    Objects(in, "documents", path, problems, [&](const nlohmann::json& d, const std::string& dp) {
      CheckKnown(d, dp, {"title", "url"}, {}, problems);
      c.documents.push_back(
          {StringMember(d, "title", dp, true, problems), StringMember(d, "url", dp, true, problems)});
    });
  }
}

}  // namespace fremdrift
