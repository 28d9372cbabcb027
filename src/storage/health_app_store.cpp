#include "storage/health_app_store.h"

#include "domain/failure.h"

namespace fremdrift {
namespace {

// Lists are kept as one line each: "ios\nandroid".
std::string JoinLines(const std::vector<std::string>& list) {
  std::string out;
  for (const auto& s : list) out += (out.empty() ? "" : "\n") + s;
  return out;
}

std::vector<std::string> SplitLines(const std::string& text) {
  std::vector<std::string> out;
  size_t start = 0;
  while (start < text.size()) {
    size_t end = text.find('\n', start);
    if (end == std::string::npos) end = text.size();
    if (end > start) out.push_back(text.substr(start, end - start));
    start = end + 1;
  }
  return out;
}

}  // namespace

std::vector<HealthApp> HealthAppStore::Select(const std::string& where, const SqlParams& params) {
  std::vector<HealthApp> out;
  for (const auto& r : conn_.Query(
           "SELECT a.id, a.key, a.name, o.short_name, a.platforms, a.app_version, a.category_level, "
           "a.target_groups, a.intended_users, a.intended_use, a.needs_approval, a.description, "
           "a.contact_name, a.contact_email, a.source, a.version, o.name FROM health_apps a "
           "JOIN organisations o ON o.id = a.manufacturer_id " + where + " ORDER BY a.name, a.id",
           params)) {
    HealthApp a;
    a.id = r.Int(0);
    a.key = r.Text(1);
    a.name = r.Text(2);
    a.manufacturer = r.Text(3);
    a.platforms = SplitLines(r.Text(4));
    a.app_version = r.Text(5);
    a.category_level = r.Text(6);
    a.target_groups = SplitLines(r.Text(7));
    a.intended_users = r.Text(8);
    a.intended_use = r.Text(9);
    a.needs_approval = r.Int(10) != 0;
    a.description = r.Text(11);
    a.contact_name = r.Text(12);
    a.contact_email = r.Text(13);
    a.source = r.Text(14);
    a.version = r.Int(15);
    a.manufacturer_name = r.Text(16);
    out.push_back(std::move(a));
  }
  return out;
}

std::vector<HealthApp> HealthAppStore::List() { return Select("", {}); }

std::optional<HealthApp> HealthAppStore::FindById(int64_t id) {
  auto found = Select("WHERE a.id = ?", {id});
  if (found.empty()) return std::nullopt;
  return found[0];
}

std::optional<HealthApp> HealthAppStore::FindByKey(const std::string& key) {
  auto found = Select("WHERE a.key = ?", {key});
  if (found.empty()) return std::nullopt;
  return found[0];
}

int64_t HealthAppStore::ManufacturerId(const std::string& short_name) {
  auto rows = conn_.Query("SELECT id FROM organisations WHERE short_name = ?", {short_name});
  if (rows.empty()) {
    throw Failure(FailureCode::kInvalid, "no organisation with short name '" + short_name + "'", "manufacturer",
                  "ha_unknown_organisation", {{"organisation", short_name}});
  }
  return rows[0].Int(0);
}

int64_t HealthAppStore::Insert(const HealthApp& a) {
  int64_t org = ManufacturerId(a.manufacturer);
  return conn_
      .Query("INSERT INTO health_apps (key, name, manufacturer_id, platforms, app_version, category_level, "
             "target_groups, intended_users, intended_use, needs_approval, description, contact_name, "
             "contact_email, source) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
             {a.key, a.name, org, JoinLines(a.platforms), a.app_version, a.category_level, JoinLines(a.target_groups),
              a.intended_users, a.intended_use, static_cast<int64_t>(a.needs_approval ? 1 : 0), a.description,
              a.contact_name, a.contact_email, a.source})
      .at(0)
      .Int(0);
}

void HealthAppStore::Update(const HealthApp& a) {
  int64_t org = ManufacturerId(a.manufacturer);
  int64_t changed = conn_.Execute(
      "UPDATE health_apps SET name = ?, manufacturer_id = ?, platforms = ?, app_version = ?, category_level = ?, "
      "target_groups = ?, intended_users = ?, intended_use = ?, needs_approval = ?, description = ?, "
      "contact_name = ?, contact_email = ?, source = ?, version = version + 1 WHERE id = ? AND version = ?",
      {a.name, org, JoinLines(a.platforms), a.app_version, a.category_level, JoinLines(a.target_groups),
       a.intended_users, a.intended_use, static_cast<int64_t>(a.needs_approval ? 1 : 0), a.description,
       a.contact_name, a.contact_email, a.source, a.id, a.version});
  if (changed == 0) {
    throw Failure(FailureCode::kConflict, "the app was changed by someone else: read it again", "version",
                  "ha_stale_version", {});
  }
}

}  // namespace fremdrift
