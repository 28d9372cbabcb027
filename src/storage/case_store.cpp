#include "storage/case_store.h"

#include <map>

#include <nlohmann/json.hpp>

#include "domain/failure.h"

namespace fremdrift {
namespace {

std::string PresentersText(const std::vector<Presenter>& list) {
  nlohmann::json j = nlohmann::json::array();
  for (const auto& p : list) j.push_back({{"name", p.name}, {"organisation", p.organisation}});
  return j.dump();
}

std::string DocumentsText(const std::vector<CaseDocument>& list) {
  nlohmann::json j = nlohmann::json::array();
  for (const auto& d : list) j.push_back({{"title", d.title}, {"url", d.url}});
  return j.dump();
}

SqlParams Values(const Case& c) {
  return {c.body_id,
          c.meeting_id,
          static_cast<int64_t>(c.year),
          static_cast<int64_t>(c.number),
          static_cast<int64_t>(c.position),
          c.title,
          c.type,
          PresentersText(c.presenters),
          c.start_time,
          c.summary,
          c.proposed_decision,
          c.decision,
          std::string(CaseStatusKey(c.status)),
          c.postponed_to ? SqlValue(*c.postponed_to) : SqlValue(nullptr),
          DocumentsText(c.documents),
          c.source};
}

constexpr const char* kCaseColumns =
    "SELECT id, body_id, meeting_id, year, number, position, title, case_type, presenters, "
    "start_time, summary, proposed_decision, decision, status, postponed_to, documents, source, "
    "version FROM cases ";

}  // namespace

std::vector<Case> CaseStore::Select(const std::string& where, const SqlParams& params,
                                    const std::string& order) {
  std::vector<Case> out;
  for (const auto& r : conn_.Query(kCaseColumns + where + " ORDER BY " + order, params)) {
    Case c;
    c.id = r.Int(0);
    c.body_id = r.Int(1);
    c.meeting_id = r.Int(2);
    c.year = static_cast<int>(r.Int(3));
    c.number = static_cast<int>(r.Int(4));
    c.position = static_cast<int>(r.Int(5));
    c.title = r.Text(6);
    c.type = r.Text(7);
    for (const auto& p : nlohmann::json::parse(r.Text(8), nullptr, false)) {
      if (p.is_object()) c.presenters.push_back({p.value("name", ""), p.value("organisation", "")});
    }
    c.start_time = r.Text(9);
    c.summary = r.Text(10);
    c.proposed_decision = r.Text(11);
    c.decision = r.Text(12);
    c.status = CaseStatusFromKey(r.Text(13)).value_or(CaseStatus::kPlanned);
    if (!r.IsNull(14)) c.postponed_to = r.Int(14);
    for (const auto& d : nlohmann::json::parse(r.Text(15), nullptr, false)) {
      if (d.is_object()) c.documents.push_back({d.value("title", ""), d.value("url", "")});
    }
    c.source = r.Text(16);
    c.version = r.Int(17);
    out.push_back(std::move(c));
  }
  if (out.empty()) return out;
  // The links of all these cases in one query.
  std::map<int64_t, Case*> by_id;
  std::string ids;
  for (auto& c : out) {
    by_id[c.id] = &c;
    ids += (ids.empty() ? "" : ",") + std::to_string(c.id);
  }
  for (const auto& r : conn_.Query("SELECT case_id, kind, reference FROM case_links WHERE case_id IN (" +
                                   ids + ") ORDER BY case_id, position")) {
    by_id[r.Int(0)]->links.push_back({r.Text(1), r.Text(2)});
  }
  return out;
}

std::vector<Case> CaseStore::OnMeeting(int64_t meeting_id) {
  return Select("WHERE meeting_id = ?", {meeting_id}, "position, number");
}

std::vector<Case> CaseStore::PostponedTo(int64_t meeting_id) {
  return Select("WHERE postponed_to = ?", {meeting_id}, "year, number");
}

std::vector<Case> CaseStore::List(std::optional<int64_t> body_id) {
  if (body_id) return Select("WHERE body_id = ?", {*body_id}, "year, number");
  return Select("", {}, "body_id, year, number");
}

std::vector<Case> CaseStore::LinkedTo(const std::string& kind, const std::string& reference) {
  return Select("WHERE id IN (SELECT case_id FROM case_links WHERE kind = ? AND reference = ?)",
                {kind, reference}, "year, number, body_id");
}

std::optional<Case> CaseStore::FindById(int64_t id) {
  auto found = Select("WHERE id = ?", {id}, "id");
  if (found.empty()) return std::nullopt;
  return found[0];
}

std::optional<Case> CaseStore::FindByNumber(int64_t body_id, int year, int number) {
  auto found = Select("WHERE body_id = ? AND year = ? AND number = ?",
                      {body_id, static_cast<int64_t>(year), static_cast<int64_t>(number)}, "id");
  if (found.empty()) return std::nullopt;
  return found[0];
}

int CaseStore::TakeNumber(int64_t body_id, int year) {
  return static_cast<int>(
      conn_.Query("INSERT INTO case_numbers (body_id, year, last_number) VALUES (?, ?, 1) "
                  "ON CONFLICT (body_id, year) DO UPDATE SET last_number = case_numbers.last_number + 1 "
                  "RETURNING last_number",
                  {body_id, static_cast<int64_t>(year)})
          .at(0)
          .Int(0));
}

void CaseStore::MarkNumberGiven(int64_t body_id, int year, int number) {
  conn_.Execute(
      "INSERT INTO case_numbers (body_id, year, last_number) VALUES (?, ?, ?) "
      "ON CONFLICT (body_id, year) DO UPDATE SET last_number = CASE WHEN excluded.last_number > "
      "case_numbers.last_number THEN excluded.last_number ELSE case_numbers.last_number END",
      {body_id, static_cast<int64_t>(year), static_cast<int64_t>(number)});
}

std::vector<std::pair<int, int>> CaseStore::LastNumbers(int64_t body_id) {
  std::vector<std::pair<int, int>> out;
  for (const auto& r : conn_.Query("SELECT year, last_number FROM case_numbers WHERE body_id = ? ORDER BY year",
                                   {body_id})) {
    out.emplace_back(static_cast<int>(r.Int(0)), static_cast<int>(r.Int(1)));
  }
  return out;
}

int CaseStore::NextPosition(int64_t meeting_id) {
  return static_cast<int>(
      conn_.Query("SELECT COALESCE(MAX(position), 0) + 1 FROM cases WHERE meeting_id = ?", {meeting_id})
          .at(0)
          .Int(0));
}

void CaseStore::WriteLinks(int64_t case_id, const std::vector<CaseLink>& links) {
  conn_.Execute("DELETE FROM case_links WHERE case_id = ?", {case_id});
  int64_t pos = 0;
  for (const auto& l : links) {
    conn_.Execute("INSERT INTO case_links (case_id, position, kind, reference) VALUES (?, ?, ?, ?)",
                  {case_id, pos++, l.kind, l.reference});
  }
}

int64_t CaseStore::Insert(const Case& c) {
  int64_t id = conn_.Query(
                        "INSERT INTO cases (body_id, meeting_id, year, number, position, title, case_type, "
                        "presenters, start_time, summary, proposed_decision, decision, status, postponed_to, "
                        "documents, source) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
                        Values(c))
                   .at(0)
                   .Int(0);
  WriteLinks(id, c.links);
  return id;
}

void CaseStore::Update(const Case& c) {
  SqlParams p = Values(c);
  p.push_back(c.id);
  p.push_back(c.version);
  int64_t n = conn_.Execute(
      "UPDATE cases SET body_id = ?, meeting_id = ?, year = ?, number = ?, position = ?, title = ?, "
      "case_type = ?, presenters = ?, start_time = ?, summary = ?, proposed_decision = ?, decision = ?, "
      "status = ?, postponed_to = ?, documents = ?, source = ?, version = version + 1 "
      "WHERE id = ? AND version = ?",
      p);
  if (n == 0) {
    throw Failure(FailureCode::kConflict,
                  "the case was changed by someone else: you sent version " + std::to_string(c.version) +
                      "; reload it",
                  "version");
  }
  WriteLinks(c.id, c.links);
}

void CaseStore::Delete(int64_t id, std::optional<int64_t> expected_version) {
  auto current = FindById(id);
  if (!current) throw Failure(FailureCode::kNotFound, "no case with id " + std::to_string(id));
  if (expected_version && *expected_version != current->version) {
    throw Failure(FailureCode::kConflict, "the case was changed by someone else; reload it", "version");
  }
  conn_.Execute("DELETE FROM case_links WHERE case_id = ?", {id});
  conn_.Execute("DELETE FROM cases WHERE id = ?", {id});
}

}  // namespace fremdrift
