#include "app/governance_bundle.h"

#include <map>

#include "app/case_links.h"
#include "domain/governance_rules.h"
#include "formats/governance_json.h"
#include "formats/plan_json.h"
#include "storage/audit_log.h"
#include "storage/body_store.h"
#include "storage/case_store.h"
#include "storage/meeting_store.h"
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
    ApplyMeetingFields(rec, m, p, {"body", "cases"}, problems_);
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
    ApplyCaseFields(rec, c, p, {"number", "postponed_to"}, problems_);
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
        mj["cases"].push_back(cj);
      }
      doc["meetings"].push_back(mj);
    }
  }
}

}  // namespace fremdrift
