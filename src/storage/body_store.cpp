#include "storage/body_store.h"

#include <nlohmann/json.hpp>

#include "domain/failure.h"
#include "storage/column_values.h"

namespace fremdrift {

namespace {

std::string CaseTypesText(const std::vector<CaseType>& types) {
  nlohmann::json j = nlohmann::json::array();
  for (const auto& t : types) j.push_back({{"key", t.key}, {"name", t.name}});
  return j.dump();
}

std::vector<CaseType> CaseTypesFromText(const std::string& text) {
  std::vector<CaseType> out;
  for (const auto& t : nlohmann::json::parse(text, nullptr, false)) {
    if (t.is_object()) out.push_back({t.value("key", ""), t.value("name", "")});
  }
  return out;
}

}  // namespace

std::vector<Body> BodyStore::Select(const std::string& where, const SqlParams& params) {
  std::vector<Body> out;
  for (const auto& r : conn_.Query(
           "SELECT b.id, b.key, b.short_name, b.name, b.description, COALESCE(o.short_name, ''), "
           "b.case_types, b.source, b.version FROM bodies b "
           "LEFT JOIN organisations o ON o.id = b.secretariat_id " + where + " ORDER BY b.key",
           params)) {
    Body b;
    b.id = r.Int(0);
    b.key = r.Text(1);
    b.short_name = r.Text(2);
    b.name = r.Text(3);
    b.description = r.Text(4);
    b.secretariat = r.Text(5);
    b.case_types = CaseTypesFromText(r.Text(6));
    b.source = r.Text(7);
    b.version = r.Int(8);
    out.push_back(std::move(b));
  }
  for (auto& b : out) {
    for (const auto& r : conn_.Query(
             "SELECT person, title, organisation, role, from_date, to_date, source FROM body_members "
             "WHERE body_id = ? ORDER BY position",
             {b.id})) {
      BodyMember m;
      m.person = r.Text(0);
      m.title = r.Text(1);
      m.organisation = r.Text(2);
      m.role = MemberRoleFromKey(r.Text(3)).value_or(MemberRole::kMember);
      if (!r.IsNull(4)) m.from = Date::Parse(r.Text(4));
      if (!r.IsNull(5)) m.to = Date::Parse(r.Text(5));
      m.source = r.Text(6);
      b.members.push_back(std::move(m));
    }
  }
  return out;
}

std::vector<Body> BodyStore::List() { return Select("", {}); }

std::optional<Body> BodyStore::FindById(int64_t id) {
  auto found = Select("WHERE b.id = ?", {id});
  if (found.empty()) return std::nullopt;
  return found[0];
}

std::optional<Body> BodyStore::FindByKey(const std::string& key) {
  auto found = Select("WHERE b.key = ?", {key});
  if (found.empty()) return std::nullopt;
  return found[0];
}

std::optional<int64_t> BodyStore::SecretariatId(const std::string& short_name) {
  if (short_name.empty()) return std::nullopt;
  auto rows = conn_.Query("SELECT id FROM organisations WHERE short_name = ?", {short_name});
  if (rows.empty()) {
    throw Failure(FailureCode::kInvalid, "no organisation with short name '" + short_name + "'",
                  "secretariat");
  }
  return rows[0].Int(0);
}

void BodyStore::WriteMembers(int64_t body_id, const std::vector<BodyMember>& members) {
  conn_.Execute("DELETE FROM body_members WHERE body_id = ?", {body_id});
  int64_t pos = 0;
  for (const auto& m : members) {
    conn_.Execute(
        "INSERT INTO body_members (body_id, position, person, title, organisation, role, from_date, "
        "to_date, source) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        {body_id, pos++, m.person, m.title, m.organisation, std::string(MemberRoleKey(m.role)),
         NullableDate(m.from), NullableDate(m.to), m.source});
  }
}

int64_t BodyStore::Insert(const Body& b) {
  auto sid = SecretariatId(b.secretariat);
  int64_t id = conn_.Query(
                        "INSERT INTO bodies (key, short_name, name, description, secretariat_id, case_types, "
                        "source) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id",
                        {b.key, b.short_name, b.name, b.description, sid ? SqlValue(*sid) : SqlValue(nullptr),
                         CaseTypesText(b.case_types), b.source})
                   .at(0)
                   .Int(0);
  WriteMembers(id, b.members);
  return id;
}

void BodyStore::Update(const Body& b) {
  auto sid = SecretariatId(b.secretariat);
  int64_t n = conn_.Execute(
      "UPDATE bodies SET key = ?, short_name = ?, name = ?, description = ?, secretariat_id = ?, "
      "case_types = ?, source = ?, version = version + 1 WHERE id = ? AND version = ?",
      {b.key, b.short_name, b.name, b.description, sid ? SqlValue(*sid) : SqlValue(nullptr),
       CaseTypesText(b.case_types), b.source, b.id, b.version});
  if (n == 0) {
    throw Failure(FailureCode::kConflict,
                  "the body was changed by someone else: you sent version " + std::to_string(b.version) +
                      "; reload it",
                  "version");
  }
  WriteMembers(b.id, b.members);
}

void BodyStore::Delete(int64_t id, std::optional<int64_t> expected_version) {
  auto current = FindById(id);
  if (!current) throw Failure(FailureCode::kNotFound, "no body with id " + std::to_string(id));
  if (expected_version && *expected_version != current->version) {
    throw Failure(FailureCode::kConflict, "the body was changed by someone else; reload it", "version");
  }
  auto meetings = conn_.Query("SELECT COUNT(*) FROM meetings WHERE body_id = ?", {id}).at(0).Int(0);
  if (meetings > 0) {
    throw Failure(FailureCode::kConflict,
                  "the body has " + std::to_string(meetings) + " meeting(s); delete them first");
  }
  conn_.Execute("DELETE FROM body_members WHERE body_id = ?", {id});
  conn_.Execute("DELETE FROM case_numbers WHERE body_id = ?", {id});
  conn_.Execute("DELETE FROM bodies WHERE id = ?", {id});
}

}  // namespace fremdrift
