#include "storage/roadmap_version_store.h"

#include <algorithm>
#include <map>

#include "domain/failure.h"
#include "storage/column_values.h"

namespace fremdrift {

std::vector<RoadmapVersion> RoadmapVersionStore::Load(const std::string& where, const SqlParams& params) {
  std::vector<RoadmapVersion> out;
  std::map<int64_t, size_t> index;
  for (const auto& r : conn_.Query(
           "SELECT id, code, title, version_date, status, based_on, note, source, version "
           "FROM roadmap_versions " + where, params)) {
    RoadmapVersion v;
    v.id = r.Int(0);
    v.code = r.Text(1);
    v.title = r.Text(2);
    if (!r.IsNull(3)) v.date = Date::Parse(r.Text(3));
    v.status = RoadmapStatusFromKey(r.Text(4)).value_or(RoadmapStatus::kDraft);
    v.based_on = r.Text(5);
    v.note = r.Text(6);
    v.source = r.Text(7);
    v.version = r.Int(8);
    index[v.id] = out.size();
    out.push_back(std::move(v));
  }
  if (out.empty()) return out;
  std::string ids = "SELECT id FROM roadmap_versions " + where;
  // service id -> (version index, service index)
  std::map<int64_t, std::pair<size_t, size_t>> services;
  for (const auto& r : conn_.Query(
           "SELECT id, roadmap_version_id, key, title, target, note, source FROM roadmap_services "
           "WHERE roadmap_version_id IN (" + ids + ") ORDER BY roadmap_version_id, position", params)) {
    size_t vi = index.at(r.Int(1));
    services[r.Int(0)] = {vi, out[vi].services.size()};
    RoadmapService s;
    s.key = r.Text(2);
    s.title = r.Text(3);
    s.target = r.Text(4);
    s.note = r.Text(5);
    s.source = r.Text(6);
    out[vi].services.push_back(std::move(s));
  }
  std::string service_ids = "SELECT id FROM roadmap_services WHERE roadmap_version_id IN (" + ids + ")";
  for (const auto& r : conn_.Query(
           "SELECT a.service_id, a.key, a.actor_group, a.actor, o.short_name, a.what, a.start_time, "
           "a.end_time, a.source FROM roadmap_actions a LEFT JOIN organisations o ON o.id = a.organisation_id "
           "WHERE a.service_id IN (" + service_ids + ") ORDER BY a.service_id, a.position", params)) {
    auto [vi, si] = services.at(r.Int(0));
    RoadmapAction a;
    a.key = r.Text(1);
    a.actor_group = r.Text(2);
    a.actor = r.Text(3);
    a.organisation = r.Text(4);
    a.what = r.Text(5);
    a.start = RoadmapTime::Parse(r.Text(6)).value_or(RoadmapTime());
    a.end = RoadmapTime::Parse(r.Text(7)).value_or(RoadmapTime());
    a.source = r.Text(8);
    out[vi].services[si].actions.push_back(std::move(a));
  }
  for (const auto& r : conn_.Query(
           "SELECT service_id, year, text, source FROM roadmap_measures "
           "WHERE service_id IN (" + service_ids + ") ORDER BY service_id, position", params)) {
    auto [vi, si] = services.at(r.Int(0));
    out[vi].services[si].measures.push_back({static_cast<int>(r.Int(1)), r.Text(2), r.Text(3)});
  }
  return out;
}

std::vector<RoadmapVersion> RoadmapVersionStore::List() {
  auto all = Load("", {});
  std::sort(all.begin(), all.end(), [](const RoadmapVersion& a, const RoadmapVersion& b) {
    return CompareVersionCodes(a.code, b.code) < 0;
  });
  return all;
}

std::optional<RoadmapVersion> RoadmapVersionStore::FindByCode(const std::string& code) {
  auto found = Load("WHERE code = ?", {code});
  if (found.empty()) return std::nullopt;
  return found[0];
}

void RoadmapVersionStore::WriteContent(int64_t version_id, const RoadmapVersion& v) {
  conn_.Execute("DELETE FROM roadmap_services WHERE roadmap_version_id = ?", {version_id});
  int64_t spos = 0;
  for (const auto& s : v.services) {
    auto rows = conn_.Query(
        "INSERT INTO roadmap_services (roadmap_version_id, key, position, title, target, note, source) "
        "VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id",
        {version_id, s.key, spos++, s.title, s.target, s.note, s.source});
    int64_t service_id = rows.at(0).Int(0);
    int64_t apos = 0;
    for (const auto& a : s.actions) {
      SqlValue org = nullptr;
      if (!a.organisation.empty()) {
        auto o = conn_.Query("SELECT id FROM organisations WHERE short_name = ?", {a.organisation});
        if (o.empty()) {
          throw Failure(FailureCode::kInvalid, "unknown organisation '" + a.organisation + "'", "organisation");
        }
        org = o[0].Int(0);
      }
      conn_.Execute(
          "INSERT INTO roadmap_actions (service_id, key, position, actor_group, actor, organisation_id, "
          "what, start_time, end_time, source) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
          {service_id, a.key, apos++, a.actor_group, a.actor, org, a.what, a.start.ToText(), a.end.ToText(),
           a.source});
    }
    int64_t mpos = 0;
    for (const auto& m : s.measures) {
      conn_.Execute("INSERT INTO roadmap_measures (service_id, position, year, text, source) VALUES (?, ?, ?, ?, ?)",
                    {service_id, mpos++, static_cast<int64_t>(m.year), m.text, m.source});
    }
  }
}

int64_t RoadmapVersionStore::Insert(const RoadmapVersion& v) {
  if (!conn_.Query("SELECT id FROM roadmap_versions WHERE code = ?", {v.code}).empty()) {
    throw Failure(FailureCode::kConflict, "there is already a roadmap version '" + v.code + "'", "code");
  }
  auto rows = conn_.Query(
      "INSERT INTO roadmap_versions (code, title, version_date, status, based_on, note, source, version) "
      "VALUES (?, ?, ?, ?, ?, ?, ?, 1) RETURNING id",
      {v.code, v.title, NullableDate(v.date), std::string(RoadmapStatusKey(v.status)), v.based_on, v.note,
       v.source});
  int64_t id = rows.at(0).Int(0);
  WriteContent(id, v);
  return id;
}

void RoadmapVersionStore::Replace(const RoadmapVersion& v) {
  auto current = conn_.Query("SELECT id, version FROM roadmap_versions WHERE code = ?", {v.code});
  if (current.empty()) throw Failure(FailureCode::kNotFound, "no roadmap version '" + v.code + "'");
  int64_t id = current[0].Int(0);
  int64_t changed = conn_.Execute(
      "UPDATE roadmap_versions SET title = ?, version_date = ?, status = ?, based_on = ?, note = ?, "
      "source = ?, version = version + 1 WHERE id = ? AND version = ?",
      {v.title, NullableDate(v.date), std::string(RoadmapStatusKey(v.status)), v.based_on, v.note, v.source,
       id, v.version});
  if (changed == 0) {
    throw Failure(FailureCode::kConflict,
                  "roadmap version '" + v.code + "' was changed by someone else: you sent version " +
                      std::to_string(v.version) + ", the current version is " +
                      std::to_string(current[0].Int(1)),
                  "version");
  }
  WriteContent(id, v);
}

}  // namespace fremdrift
