#include "app/app_catalogues.h"

#include "formats/health_app_json.h"
#include "storage/app_catalogue_store.h"
#include "storage/audit_log.h"

namespace fremdrift {
namespace {

AppCatalogue FromStored(const StoredCatalogue& s) {
  std::vector<FieldProblem> ignored;  // a stored version was checked when written
  AppCatalogue c = CatalogueFromJson(nlohmann::json::parse(s.content), "", ignored);
  c.id = s.id;
  c.key = s.key;
  c.number = s.number;
  c.status = s.status == "published" ? CatalogueStatus::kPublished : CatalogueStatus::kDraft;
  c.published_on = s.published_on;
  c.source = s.source;
  return c;
}

StoredCatalogue ToStored(const AppCatalogue& c) {
  return {0, c.key, c.number, c.status == CatalogueStatus::kPublished ? "published" : "draft", c.published_on,
          CatalogueToJson(c).dump(), c.source};
}

void AuditCatalogue(SqlConnection& conn, const std::string& actor, int64_t id, const std::string& action,
           const AppCatalogue& c) {
  OJson j = {{"key", c.key}, {"number", c.number}, {"published_on", c.published_on},
             {"requirements", c.requirements.size()}};
  AuditLog(conn).Append({.actor = actor, .entity = "app_catalogue", .entity_id = std::to_string(id),
                         .action = action, .after = j.dump()});
}

}  // namespace

AppCatalogue LoadCatalogue(SqlConnection& conn, int64_t id) {
  auto s = AppCatalogueStore(conn).FindById(id);
  if (!s) throw Failure(FailureCode::kNotFound, "no app catalogue with id " + std::to_string(id));
  return FromStored(*s);
}

AppCatalogue LoadCatalogue(SqlConnection& conn, const std::string& key, int number) {
  AppCatalogueStore store(conn);
  auto s = number == 0 ? store.Latest(key) : store.Find(key, number);
  if (!s) throw Failure(FailureCode::kNotFound, "no app catalogue " + key + (number ? " v" + std::to_string(number) : ""));
  return FromStored(*s);
}

std::vector<AppCatalogue> ListCatalogues(SqlConnection& conn) {
  std::vector<AppCatalogue> out;
  for (const auto& s : AppCatalogueStore(conn).List()) out.push_back(FromStored(s));
  return out;
}

std::optional<AppCatalogue> NewestCatalogue(SqlConnection& conn) {
  std::optional<AppCatalogue> newest;
  for (auto& c : ListCatalogues(conn)) {
    if (c.status != CatalogueStatus::kPublished) continue;
    if (!newest || c.published_on > newest->published_on ||
        (c.published_on == newest->published_on && c.id > newest->id)) {
      newest = std::move(c);
    }
  }
  return newest;
}

AppCatalogue PublishCatalogue(SqlConnection& conn, const User& actor, const nlohmann::json& in,
                              const std::string& today) {
  if (actor.role != Role::kAdmin) throw Failure(FailureCode::kForbidden, "only an admin may publish a catalogue");
  std::vector<FieldProblem> problems;
  AppCatalogue c = CatalogueFromJson(in, "", problems);
  if (!problems.empty()) throw Failure::Invalid(problems);
  WriteTransaction tx(conn);
  AppCatalogueStore store(conn);
  c.number = store.LastNumber(c.key) + 1;
  c.status = CatalogueStatus::kPublished;
  c.published_on = today;
  c.id = store.Insert(ToStored(c));
  AuditCatalogue(conn, actor.name, c.id, "publish", c);
  tx.Commit();
  return c;
}

bool ImportCatalogueRecord(SqlConnection& conn, const nlohmann::json& in, const std::string& path,
                           const std::string& actor, std::vector<FieldProblem>& problems) {
  size_t before = problems.size();
  AppCatalogue c = CatalogueFromJson(in, path, problems);
  if (problems.size() > before) return false;
  AppCatalogueStore store(conn);
  if (auto stored = store.Find(c.key, c.number)) {
    AppCatalogue old = FromStored(*stored);
    old.id = 0;
    if (CatalogueToJson(old) != CatalogueToJson(c)) {
      problems.push_back({path + "number", "version " + std::to_string(c.number) + " of " + c.key +
                                               " is published with other content: give a new number",
                          "ha_catalogue_published", {{"version", CatalogueLabel(c)}}});
    }
    return false;
  }
  if (c.status == CatalogueStatus::kPublished && c.published_on.empty()) {
    problems.push_back({path + "published_on", "is required for a published version", "required", {}});
    return false;
  }
  int64_t id = store.Insert(ToStored(c));
  AuditCatalogue(conn, actor, id, "import", c);
  return true;
}

}  // namespace fremdrift
