#include "storage/minutes_store.h"

#include <nlohmann/json.hpp>

#include "domain/failure.h"

namespace fremdrift {
namespace {

using Json = nlohmann::json;

std::string AttendanceText(const std::vector<Attendance>& list) {
  Json j = Json::array();
  for (const auto& a : list) {
    j.push_back({{"person", a.person},
                 {"organisation", a.organisation},
                 {"role", std::string(AttendanceRoleKey(a.role))},
                 {"present", a.present},
                 {"deputy_for", a.deputy_for}});
  }
  return j.dump();
}

std::string CasesText(const std::vector<MinutesCase>& list) {
  Json j = Json::array();
  for (const auto& c : list) {
    j.push_back({{"case_id", c.case_id},
                 {"discussion", c.discussion},
                 {"decision", c.decision},
                 {"differs_from_proposal", c.differs_from_proposal}});
  }
  return j.dump();
}

std::string CorrectionsText(const std::vector<MinutesCorrection>& list) {
  Json j = Json::array();
  for (const auto& c : list) {
    j.push_back({{"approval_case_id", c.approval_case_id ? Json(*c.approval_case_id) : Json(nullptr)},
                 {"reason", c.reason},
                 {"at", c.at},
                 {"by", c.by}});
  }
  return j.dump();
}

SqlValue ApprovedVersionValue(const std::optional<ApprovedMinutesVersion>& v) {
  if (!v) return SqlValue(nullptr);
  Json j = {{"attendance", Json::parse(AttendanceText(v->attendance))},
            {"cases", Json::parse(CasesText(v->cases))},
            {"approval_case_id", v->approval_case_id ? Json(*v->approval_case_id) : Json(nullptr)},
            {"source", v->source}};
  return SqlValue(j.dump());
}

std::vector<Attendance> AttendanceOf(const Json& list) {
  std::vector<Attendance> out;
  if (!list.is_array()) return out;
  for (const auto& a : list) {
    if (!a.is_object()) continue;
    out.push_back({a.value("person", ""), a.value("organisation", ""),
                   AttendanceRoleFromKey(a.value("role", "")).value_or(AttendanceRole::kMember),
                   a.value("present", true), a.value("deputy_for", "")});
  }
  return out;
}

std::vector<MinutesCase> CasesOf(const Json& list) {
  std::vector<MinutesCase> out;
  if (!list.is_array()) return out;
  for (const auto& c : list) {
    if (!c.is_object()) continue;
    out.push_back({c.value("case_id", int64_t{0}), c.value("discussion", ""), c.value("decision", ""),
                   c.value("differs_from_proposal", false)});
  }
  return out;
}

std::optional<ApprovedMinutesVersion> ApprovedVersionOf(const std::string& text) {
  Json j = Json::parse(text, nullptr, false);
  if (!j.is_object()) return std::nullopt;
  ApprovedMinutesVersion v;
  v.attendance = AttendanceOf(j.value("attendance", Json::array()));
  v.cases = CasesOf(j.value("cases", Json::array()));
  if (j.contains("approval_case_id") && j["approval_case_id"].is_number_integer()) {
    v.approval_case_id = j["approval_case_id"].get<int64_t>();
  }
  v.source = j.value("source", "");
  return v;
}

SqlParams Values(const Minutes& m) {
  return {std::string(MinutesStateKey(m.state)), AttendanceText(m.attendance), CasesText(m.cases),
          m.approval_case_id ? SqlValue(*m.approval_case_id) : SqlValue(nullptr), CorrectionsText(m.corrections),
          m.source, ApprovedVersionValue(m.approved_version)};
}

}  // namespace

std::vector<Minutes> MinutesStore::Select(const std::string& where, const SqlParams& params) {
  std::vector<Minutes> out;
  for (const auto& r : conn_.Query("SELECT meeting_id, state, attendance, cases, approval_case_id, corrections, "
                                   "source, version, approved_version FROM minutes " + where +
                                       " ORDER BY meeting_id",
                                   params)) {
    Minutes m;
    m.meeting_id = r.Int(0);
    m.state = MinutesStateFromKey(r.Text(1)).value_or(MinutesState::kDraft);
    m.attendance = AttendanceOf(Json::parse(r.Text(2), nullptr, false));
    m.cases = CasesOf(Json::parse(r.Text(3), nullptr, false));
    if (!r.IsNull(4)) m.approval_case_id = r.Int(4);
    for (const auto& c : Json::parse(r.Text(5), nullptr, false)) {
      if (!c.is_object()) continue;
      MinutesCorrection k;
      if (c.contains("approval_case_id") && c["approval_case_id"].is_number_integer()) {
        k.approval_case_id = c["approval_case_id"].get<int64_t>();
      }
      k.reason = c.value("reason", "");
      k.at = c.value("at", "");
      k.by = c.value("by", "");
      m.corrections.push_back(std::move(k));
    }
    m.source = r.Text(6);
    m.version = r.Int(7);
    if (!r.IsNull(8)) m.approved_version = ApprovedVersionOf(r.Text(8));
    out.push_back(std::move(m));
  }
  return out;
}

std::optional<Minutes> MinutesStore::Find(int64_t meeting_id) {
  auto found = Select("WHERE meeting_id = ?", {meeting_id});
  if (found.empty()) return std::nullopt;
  return found[0];
}

std::vector<Minutes> MinutesStore::ApprovedBy(int64_t case_id) {
  return Select("WHERE approval_case_id = ?", {case_id});
}

std::vector<Minutes> MinutesStore::List() { return Select("", {}); }

void MinutesStore::Insert(const Minutes& m) {
  if (Find(m.meeting_id)) {
    throw Failure(FailureCode::kConflict, "the meeting already has minutes", "meeting_id");
  }
  SqlParams p{m.meeting_id};
  for (auto& v : Values(m)) p.push_back(std::move(v));
  conn_.Execute(
      "INSERT INTO minutes (meeting_id, state, attendance, cases, approval_case_id, corrections, source, "
      "approved_version) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
      p);
}

void MinutesStore::Update(const Minutes& m) {
  SqlParams p = Values(m);
  p.push_back(m.meeting_id);
  p.push_back(m.version);
  int64_t n = conn_.Execute(
      "UPDATE minutes SET state = ?, attendance = ?, cases = ?, approval_case_id = ?, corrections = ?, "
      "source = ?, approved_version = ?, version = version + 1 WHERE meeting_id = ? AND version = ?",
      p);
  if (n == 0) {
    throw Failure(FailureCode::kConflict,
                  "the minutes were changed by someone else: you sent version " + std::to_string(m.version) +
                      "; reload them",
                  "version");
  }
}

}  // namespace fremdrift
