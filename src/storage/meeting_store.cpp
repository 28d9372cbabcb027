#include "storage/meeting_store.h"

#include <nlohmann/json.hpp>

#include "domain/failure.h"

namespace fremdrift {
namespace {

std::string BreaksText(const std::vector<AgendaBreak>& breaks) {
  nlohmann::json j = nlohmann::json::array();
  for (const auto& b : breaks) j.push_back({{"title", b.title}, {"start", b.start}});
  return j.dump();
}

std::vector<AgendaBreak> BreaksFromText(const std::string& text) {
  std::vector<AgendaBreak> out;
  for (const auto& b : nlohmann::json::parse(text, nullptr, false)) {
    if (b.is_object()) out.push_back({b.value("title", ""), b.value("start", "")});
  }
  return out;
}

SqlParams Values(const Meeting& m) {
  return {m.body_id,
          static_cast<int64_t>(m.date.year),
          m.number ? SqlValue(static_cast<int64_t>(*m.number)) : SqlValue(nullptr),
          m.date.ToIso(),
          m.place,
          m.start_time,
          m.end_time,
          std::string(MeetingStateKey(m.state)),
          BreaksText(m.breaks),
          m.source};
}

}  // namespace

std::vector<Meeting> MeetingStore::Select(const std::string& where, const SqlParams& params) {
  std::vector<Meeting> out;
  for (const auto& r : conn_.Query(
           "SELECT id, body_id, number, meeting_date, place, start_time, end_time, state, breaks, "
           "source, version FROM meetings " + where + " ORDER BY meeting_date, body_id",
           params)) {
    Meeting m;
    m.id = r.Int(0);
    m.body_id = r.Int(1);
    if (!r.IsNull(2)) m.number = static_cast<int>(r.Int(2));
    m.date = Date::Parse(r.Text(3)).value_or(Date{});
    m.place = r.Text(4);
    m.start_time = r.Text(5);
    m.end_time = r.Text(6);
    m.state = MeetingStateFromKey(r.Text(7)).value_or(MeetingState::kPlanned);
    m.breaks = BreaksFromText(r.Text(8));
    m.source = r.Text(9);
    m.version = r.Int(10);
    out.push_back(std::move(m));
  }
  return out;
}

std::vector<Meeting> MeetingStore::List(std::optional<int64_t> body_id, std::optional<int> year) {
  std::string where;
  SqlParams params;
  if (body_id) {
    where = "WHERE body_id = ?";
    params.push_back(*body_id);
  }
  if (year) {
    where += where.empty() ? "WHERE year = ?" : " AND year = ?";
    params.push_back(static_cast<int64_t>(*year));
  }
  return Select(where, params);
}

std::optional<Meeting> MeetingStore::FindById(int64_t id) {
  auto found = Select("WHERE id = ?", {id});
  if (found.empty()) return std::nullopt;
  return found[0];
}

std::optional<Meeting> MeetingStore::FindByDate(int64_t body_id, const Date& date) {
  auto found = Select("WHERE body_id = ? AND meeting_date = ?", {body_id, date.ToIso()});
  if (found.empty()) return std::nullopt;
  return found[0];
}

int64_t MeetingStore::Insert(const Meeting& m) {
  return conn_.Query(
                  "INSERT INTO meetings (body_id, year, number, meeting_date, place, start_time, end_time, "
                  "state, breaks, source) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
                  Values(m))
      .at(0)
      .Int(0);
}

void MeetingStore::Update(const Meeting& m) {
  SqlParams p = Values(m);
  p.push_back(m.id);
  p.push_back(m.version);
  int64_t n = conn_.Execute(
      "UPDATE meetings SET body_id = ?, year = ?, number = ?, meeting_date = ?, place = ?, "
      "start_time = ?, end_time = ?, state = ?, breaks = ?, source = ?, version = version + 1 "
      "WHERE id = ? AND version = ?",
      p);
  if (n == 0) {
    throw Failure(FailureCode::kConflict,
                  "the meeting was changed by someone else: you sent version " +
                      std::to_string(m.version) + "; reload it",
                  "version");
  }
}

void MeetingStore::Delete(int64_t id, std::optional<int64_t> expected_version) {
  auto current = FindById(id);
  if (!current) throw Failure(FailureCode::kNotFound, "no meeting with id " + std::to_string(id));
  if (expected_version && *expected_version != current->version) {
    throw Failure(FailureCode::kConflict, "the meeting was changed by someone else; reload it", "version");
  }
  auto cases = conn_.Query("SELECT COUNT(*) FROM cases WHERE meeting_id = ? OR postponed_to = ?", {id, id})
                   .at(0)
                   .Int(0);
  if (cases > 0) {
    throw Failure(FailureCode::kConflict,
                  std::to_string(cases) + " case(s) are on this meeting's agenda; delete or move them first");
  }
  conn_.Execute("DELETE FROM meetings WHERE id = ?", {id});
}

}  // namespace fremdrift
