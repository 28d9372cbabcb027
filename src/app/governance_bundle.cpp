#include "app/governance_bundle.h"

#include <map>

#include "app/case_links.h"
#include "domain/governance_rules.h"
#include "formats/governance_json.h"
#include "formats/plan_json.h"
#include "storage/audit_log.h"
#include "storage/body_store.h"
#include "storage/case_store.h"
#include "domain/follow_up_rules.h"
#include "domain/minutes_rules.h"
#include "formats/json_members.h"
#include "formats/minutes_json.h"
#include "storage/follow_up_store.h"
#include "storage/meeting_store.h"
#include "storage/minutes_store.h"
#include "storage/organisation_store.h"

namespace fremdrift {
namespace {

class GovernanceImporter {
 public:
  GovernanceImporter(SqlConnection& conn, const std::string& actor, std::vector<FieldProblem>& problems,
                     ImportSummary& summary)
      : conn_(conn), actor_(actor), problems_(problems), summary_(summary) {}

  void Bodies(const nlohmann::json& list, const std::string& path) {
    ForEach(list, path, [&](const nlohmann::json& rec, const std::string& p) { Body_(rec, p); });
  }

  void Meetings(const nlohmann::json& list, const std::string& path) {
    // First every meeting, so that a case may be postponed to a meeting
    // later in the list; then the cases.
    std::vector<std::pair<const nlohmann::json*, std::string>> ok;
    ForEach(list, path, [&](const nlohmann::json& rec, const std::string& p) {
      if (auto id = Meeting_(rec, p)) ok.emplace_back(&rec, p);
    });
    for (const auto& [rec, p] : ok) Cases(*rec, p);
    // Then the minutes and the follow-up, which name cases of any meeting.
    for (const auto& [rec, p] : ok) {
      if (rec->contains("minutes")) Minutes_((*rec)["minutes"], p + ".minutes", *rec);
      if (!rec->contains("cases") || !(*rec)["cases"].is_array()) continue;
      const auto& list = (*rec)["cases"];
      for (size_t i = 0; i < list.size(); ++i) {
        if (list[i].is_object() && list[i].contains("actions")) {
          Actions_(list[i], p + ".cases[" + std::to_string(i) + "].actions", *rec);
        }
      }
    }
  }

 private:
  template <typename Fn>
  void ForEach(const nlohmann::json& list, const std::string& path, Fn fn) {
    if (!list.is_array()) return Problem(path, "must be an array");
    for (size_t i = 0; i < list.size(); ++i) {
      std::string p = path + "[" + std::to_string(i) + "]";
      if (!list[i].is_object()) {
        Problem(p, "must be an object");
        continue;
      }
      fn(list[i], p);
    }
  }

  void Problem(const std::string& path, const std::string& message) { problems_.push_back({path, message}); }

  void Prefixed(const std::string& prefix, const std::vector<FieldProblem>& found) {
    for (const auto& f : found) Problem(prefix + f.field, f.message);
  }

  void Count(const char* section, bool created) {
    auto& c = summary_.sections[section];
    (created ? c.created : c.updated)++;
  }

  void Audit(const char* entity, int64_t id, const std::string& after) {
    AuditLog(conn_).Append({.actor = actor_,
                            .entity = entity,
                            .entity_id = std::to_string(id),
                            .action = "import",
                            .after = after});
  }

  void Body_(const nlohmann::json& rec, const std::string& path) {
    size_t before = problems_.size();
    std::string p = path + ".";
    Body b;
    b.case_types = DefaultCaseTypes();
    ApplyBodyFields(rec, b, p, {"case_numbers"}, problems_);
    if (!rec.contains("key")) Problem(p + "key", "is required");
    Prefixed(p, ValidateBody(b));
    if (!b.secretariat.empty() && !OrganisationStore(conn_).FindByShortName(b.secretariat)) {
      Problem(p + "secretariat", "no organisation with short name '" + b.secretariat + "'");
    }
    std::vector<std::pair<int, int>> numbers;
    if (rec.contains("case_numbers")) {
      const auto& list = rec["case_numbers"];
      for (size_t i = 0; list.is_array() && i < list.size(); ++i) {
        const auto& n = list[i];
        if (!n.is_object() || !n.value("year", nlohmann::json()).is_number_integer() ||
            !n.value("last", nlohmann::json()).is_number_integer()) {
          Problem(p + "case_numbers[" + std::to_string(i) + "]", "must be {\"year\": YYYY, \"last\": N}");
          continue;
        }
        numbers.emplace_back(n["year"].get<int>(), n["last"].get<int>());
      }
      if (!list.is_array()) Problem(p + "case_numbers", "must be an array");
    }
    if (problems_.size() != before) return;
    BodyStore store(conn_);
    auto existing = store.FindByKey(b.key);
    if (existing) {
      b.id = existing->id;
      b.version = existing->version;
      store.Update(b);
    } else {
      b.id = store.Insert(b);
    }
    for (const auto& [year, last] : numbers) CaseStore(conn_).MarkNumberGiven(b.id, year, last);
    Count("bodies", !existing);
    Audit("body", b.id, rec.dump());
  }

  std::optional<int64_t> Meeting_(const nlohmann::json& rec, const std::string& path) {
    size_t before = problems_.size();
    std::string p = path + ".";
    Meeting m;
    ApplyMeetingFields(rec, m, p, {"body", "cases", "minutes"}, problems_);
    if (!rec.contains("date")) Problem(p + "date", "is required");
    std::string key = StringMember(rec, "body", p, true, problems_);
    auto body = BodyStore(conn_).FindByKey(key);
    if (!body && !key.empty()) Problem(p + "body", "no body '" + key + "'");
    Prefixed(p, ValidateMeeting(m));
    if (problems_.size() != before) return std::nullopt;
    m.body_id = body->id;
    MeetingStore store(conn_);
    auto existing = store.FindByDate(body->id, m.date);
    for (const auto& other : store.List(body->id, m.date.year)) {
      if (m.number && other.number == m.number && other.date != m.date) {
        Problem(p + "number", "the body already has meeting " + MeetingNumberLabel(m) + " (on " +
                                  other.date.ToIso() + ")");
        return std::nullopt;
      }
    }
    if (existing) {
      m.id = existing->id;
      m.version = existing->version;
      store.Update(m);
    } else {
      m.id = store.Insert(m);
    }
    Count("meetings", !existing);
    Audit("meeting", m.id, MeetingFieldsToJson(m).dump());
    return m.id;
  }

  Meeting MeetingOf(const nlohmann::json& rec, Body& body) {
    body = *BodyStore(conn_).FindByKey(rec["body"].get<std::string>());
    return *MeetingStore(conn_).FindByDate(body.id, *Date::Parse(rec["date"].get<std::string>()));
  }

  // A case of `body` named by its label "17/22".
  std::optional<Case> CaseByLabel(const Body& body, const nlohmann::json& label) {
    if (!label.is_string()) return std::nullopt;
    const std::string s = label.get<std::string>();
    auto slash = s.find('/');
    if (slash == std::string::npos) return std::nullopt;
    try {
      int number = std::stoi(s.substr(0, slash));
      int yy = std::stoi(s.substr(slash + 1));
      for (const auto& c : CaseStore(conn_).List(body.id)) {
        if (c.number == number && c.year % 100 == yy) return c;
      }
    } catch (const std::exception&) {
    }
    return std::nullopt;
  }

  void Minutes_(const nlohmann::json& rec, const std::string& path, const nlohmann::json& meeting_rec) {
    if (!rec.is_object()) return Problem(path, "must be an object");
    size_t before = problems_.size();
    std::string p = path + ".";
    Body body;
    Meeting meeting = MeetingOf(meeting_rec, body);
    Minutes m;
    m.meeting_id = meeting.id;
    // Cases are named by number here ("number": 17), not by id.
    nlohmann::json fields = rec;
    fields.erase("cases");
    ApplyMinutesFields(fields, m, p, {"state", "approval_case", "corrections"}, problems_);
    if (rec.contains("state")) {
      std::string s = StringMember(rec, "state", p, false, problems_);
      if (auto st = MinutesStateFromKey(s)) m.state = *st;
      else Problem(p + "state", "must be draft, circulated or approved");
    }
    std::vector<Case> agenda = CaseStore(conn_).PostponedTo(meeting.id);
    for (auto& c : CaseStore(conn_).OnMeeting(meeting.id)) agenda.push_back(c);
    if (rec.contains("cases")) {
      ForEach(rec["cases"], p + "cases", [&](const nlohmann::json& c, const std::string& cp) {
        std::string q = cp + ".";
        CheckKnown(c, q, {"number", "discussion", "decision", "differs_from_proposal"}, {}, problems_);
        MinutesCase mc;
        Text(c, "discussion", mc.discussion, q, problems_);
        Text(c, "decision", mc.decision, q, problems_);
        Flag(c, "differs_from_proposal", mc.differs_from_proposal, q, problems_);
        for (const auto& a : agenda) {
          if (c.value("number", nlohmann::json()).is_number_integer() && a.number == c["number"].get<int>()) mc.case_id = a.id;
        }
        if (mc.case_id == 0) return Problem(q + "number", "must be the number of a case on this meeting's agenda");
        m.cases.push_back(mc);
      });
    }
    if (rec.contains("approval_case") && !rec["approval_case"].is_null()) {
      auto c = CaseByLabel(body, rec["approval_case"]);
      if (!c) {
        Problem(p + "approval_case", "must be the label (\"17/22\") of a case of " + body.key + " in the bundle");
      } else {
        Meeting approving = *MeetingStore(conn_).FindById(c->postponed_to.value_or(c->meeting_id));
        if (auto why = ApprovalCaseProblem(*c, approving, meeting)) Problem(p + "approval_case", why->message);
        m.approval_case_id = c->id;
      }
    }
    if (m.state == MinutesState::kApproved && !m.approval_case_id) {
      Problem(p + "approval_case", "approved minutes name the case that approved them");
    }
    Prefixed(p, ValidateMinutes(m, agenda));
    if (problems_.size() != before) return;
    MinutesStore store(conn_);
    auto existing = store.Find(meeting.id);
    if (existing) {
      m.version = existing->version;
      m.corrections = existing->corrections;
      // Minutes under correction keep the version the public reads until approved.
      if (m.state != MinutesState::kApproved) m.approved_version = existing->approved_version;
      store.Update(m);
    } else {
      store.Insert(m);
    }
    Count("minutes", !existing);
    Audit("minutes", meeting.id, rec.dump());
  }

  void Actions_(const nlohmann::json& case_rec, const std::string& path, const nlohmann::json& meeting_rec) {
    Body body;
    Meeting meeting = MeetingOf(meeting_rec, body);
    std::optional<Case> c;
    if (case_rec.value("number", nlohmann::json()).is_number_integer()) {
      c = CaseStore(conn_).FindByNumber(body.id, meeting.date.year, case_rec["number"].get<int>());
    }
    if (!c) return Problem(path, "the case needs its number to carry actions");
    // The actions replace the case's: the i-th updates the i-th stored one,
    // more are added, fewer delete the rest.
    FollowUpStore store(conn_);
    std::vector<FollowUpAction> stored = store.OfCase(c->id);
    size_t next = 0;
    ForEach(case_rec["actions"], path, [&](const nlohmann::json& rec, const std::string& ap) {
      size_t before = problems_.size();
      std::string p = ap + ".";
      FollowUpAction a;
      a.case_id = c->id;
      ApplyActionFields(rec, a, p, {"to_body", "brought_back_by"}, problems_);
      if (rec.contains("to_body") && !rec["to_body"].is_null()) {
        std::string key = StringMember(rec, "to_body", p, false, problems_);
        auto to = BodyStore(conn_).FindByKey(key);
        if (!to) Problem(p + "to_body", "no body '" + key + "'");
        else a.to_body_id = to->id;
      }
      if (rec.contains("brought_back_by") && !rec["brought_back_by"].is_null()) {
        Body target = a.to_body_id ? *BodyStore(conn_).FindById(*a.to_body_id) : body;
        auto later = CaseByLabel(target, rec["brought_back_by"]);
        if (!later) Problem(p + "brought_back_by", "must be the label of a case of " + target.key + " in the bundle");
        else a.brought_back_case_id = later->id;
      }
      Prefixed(p, ValidateFollowUpAction(a));
      Prefixed(p, MissingLinkTargets(conn_, a.links, ""));
      if (!a.organisation.empty() && !OrganisationStore(conn_).FindByShortName(a.organisation)) {
        Problem(p + "organisation", "no organisation with short name '" + a.organisation + "'");
      }
      if (problems_.size() != before) return;
      bool created = next >= stored.size();
      if (created) {
        a.id = store.Insert(a);
      } else {
        a.id = stored[next].id;
        a.version = stored[next].version;
        store.Update(a);
      }
      ++next;
      Count("actions", created);
      Audit("action", a.id, rec.dump());
    });
    for (size_t i = next; i < stored.size(); ++i) store.Delete(stored[i].id, std::nullopt);
  }

  void Cases(const nlohmann::json& rec, const std::string& path) {
    if (!rec.contains("cases")) return;
    const auto& list = rec["cases"];
    std::string p = path + ".cases";
    Body body = *BodyStore(conn_).FindByKey(rec["body"].get<std::string>());
    Meeting meeting = *MeetingStore(conn_).FindByDate(body.id, *Date::Parse(rec["date"].get<std::string>()));
    int position = 0;
    ForEach(list, p, [&](const nlohmann::json& crec, const std::string& cp) {
      Case_(crec, cp + ".", body, meeting, ++position);
    });
  }

  void Case_(const nlohmann::json& rec, const std::string& p, const Body& body, const Meeting& meeting,
             int position) {
    size_t before = problems_.size();
    Case c;
    ApplyCaseFields(rec, c, p, {"number", "postponed_to", "actions"}, problems_);
    if (!rec.contains("title")) Problem(p + "title", "is required");
    std::optional<int> number;
    if (rec.contains("number")) {
      if (rec["number"].is_number_integer() && rec["number"].get<int>() >= 1) number = rec["number"].get<int>();
      else Problem(p + "number", "must be an integer from 1");
    }
    std::optional<Meeting> later;
    if (rec.contains("postponed_to") && !rec["postponed_to"].is_null()) {
      auto d = rec["postponed_to"].is_string() ? Date::Parse(rec["postponed_to"].get<std::string>()) : std::nullopt;
      if (d) later = MeetingStore(conn_).FindByDate(body.id, *d);
      if (!later) Problem(p + "postponed_to", "must be the date of a meeting of " + body.key + " in the bundle");
      else c.postponed_to = later->id;
    }
    for (const auto& f : ValidateCase(c, body, meeting, later ? &*later : nullptr)) {
      if (!(f.field == "postponed_to" && rec.contains("postponed_to") && !later)) Problem(p + f.field, f.message);
    }
    Prefixed(p, MissingLinkTargets(conn_, c.links, ""));
    if (problems_.size() != before) return;
    CaseStore store(conn_);
    c.body_id = body.id;
    c.meeting_id = meeting.id;
    c.year = meeting.date.year;
    c.position = position;
    std::optional<Case> existing;
    if (number) {
      existing = store.FindByNumber(body.id, c.year, *number);
      if (existing && existing->meeting_id != meeting.id) {
        return Problem(p + "number", "case " + CaseNumberLabel(*number, c.year) + " is on another meeting");
      }
      c.number = *number;
      store.MarkNumberGiven(body.id, c.year, *number);
    } else {
      c.number = store.TakeNumber(body.id, c.year);
    }
    if (existing) {
      c.id = existing->id;
      c.version = existing->version;
      store.Update(c);
    } else {
      c.id = store.Insert(c);
    }
    Count("cases", !existing);
    Audit("case", c.id, rec.dump());
  }

  SqlConnection& conn_;
  const std::string& actor_;
  std::vector<FieldProblem>& problems_;
  ImportSummary& summary_;
};

}  // namespace

void ImportGovernanceSections(SqlConnection& conn, const nlohmann::json& doc, const std::string& root,
                              const std::string& actor, std::vector<FieldProblem>& problems,
                              ImportSummary& summary) {
  if (!doc.is_object()) return;
  GovernanceImporter importer(conn, actor, problems, summary);
  if (doc.contains("bodies")) importer.Bodies(doc["bodies"], root + ".bodies");
  if (doc.contains("meetings")) importer.Meetings(doc["meetings"], root + ".meetings");
}

void ExportGovernanceSections(SqlConnection& conn, nlohmann::ordered_json& doc) {
  using OJson = nlohmann::ordered_json;
  doc["bodies"] = OJson::array();
  doc["meetings"] = OJson::array();
  CaseStore cases(conn);
  MeetingStore meetings(conn);
  std::map<int64_t, std::string> dates;
  for (const auto& m : meetings.List()) dates[m.id] = m.date.ToIso();
  std::map<int64_t, std::string> keys;
  for (const auto& b : BodyStore(conn).List()) keys[b.id] = b.key;
  for (const auto& b : BodyStore(conn).List()) {
    OJson bj = BodyFieldsToJson(b);
    bj["case_numbers"] = OJson::array();
    for (const auto& [year, last] : cases.LastNumbers(b.id)) bj["case_numbers"].push_back({{"year", year}, {"last", last}});
    doc["bodies"].push_back(bj);
    for (const auto& m : meetings.List(b.id)) {
      OJson mj{{"body", b.key}};
      mj.update(MeetingFieldsToJson(m));
      mj["cases"] = OJson::array();
      for (const auto& c : cases.OnMeeting(m.id)) {
        OJson cj{{"number", c.number}};
        cj.update(CaseFieldsToJson(c));
        cj["postponed_to"] = c.postponed_to ? OJson(dates[*c.postponed_to]) : OJson(nullptr);
        auto actions = FollowUpStore(conn).OfCase(c.id);
        if (!actions.empty()) cj["actions"] = OJson::array();
        for (const auto& a : actions) {
          OJson aj = ActionFieldsToJson(a);
          aj["to_body"] = a.to_body_id ? OJson(keys[*a.to_body_id]) : OJson(nullptr);
          aj["brought_back_by"] = nullptr;
          if (a.brought_back_case_id) {
            if (auto later = cases.FindById(*a.brought_back_case_id)) aj["brought_back_by"] = CaseNumberLabel(later->number, later->year);
          }
          cj["actions"].push_back(aj);
        }
        mj["cases"].push_back(cj);
      }
      if (auto minutes = MinutesStore(conn).Find(m.id)) {
        OJson fields = MinutesFieldsToJson(*minutes);
        OJson mm{{"state", std::string(MinutesStateKey(minutes->state))}, {"attendance", fields["attendance"]}};
        mm["cases"] = OJson::array();
        for (const auto& mc : minutes->cases) {
          auto c = cases.FindById(mc.case_id);
          if (!c) continue;
          mm["cases"].push_back({{"number", c->number}, {"discussion", mc.discussion}, {"decision", mc.decision},
                                 {"differs_from_proposal", mc.differs_from_proposal}});
        }
        mm["approval_case"] = nullptr;
        if (minutes->approval_case_id) {
          if (auto c = cases.FindById(*minutes->approval_case_id)) mm["approval_case"] = CaseNumberLabel(c->number, c->year);
        }
        mm["source"] = minutes->source;
        mj["minutes"] = mm;
      }
      doc["meetings"].push_back(mj);
    }
  }
}

}  // namespace fremdrift
