#include "storage/app_catalogue_store.h"

namespace fremdrift {

std::vector<StoredCatalogue> AppCatalogueStore::Select(const std::string& where, const SqlParams& params) {
  std::vector<StoredCatalogue> out;
  for (const auto& r : conn_.Query("SELECT id, key, number, status, published_on, content, source "
                                   "FROM app_catalogues " + where + " ORDER BY key, number",
                                   params)) {
    out.push_back({r.Int(0), r.Text(1), static_cast<int>(r.Int(2)), r.Text(3), r.Text(4), r.Text(5), r.Text(6)});
  }
  return out;
}

std::vector<StoredCatalogue> AppCatalogueStore::List() { return Select("", {}); }

std::optional<StoredCatalogue> AppCatalogueStore::FindById(int64_t id) {
  auto found = Select("WHERE id = ?", {id});
  if (found.empty()) return std::nullopt;
  return found[0];
}

std::optional<StoredCatalogue> AppCatalogueStore::Find(const std::string& key, int number) {
  auto found = Select("WHERE key = ? AND number = ?", {key, static_cast<int64_t>(number)});
  if (found.empty()) return std::nullopt;
  return found[0];
}

std::optional<StoredCatalogue> AppCatalogueStore::Latest(const std::string& key) {
  auto found = Select("WHERE key = ? AND status = 'published'", {key});
  if (found.empty()) return std::nullopt;
  return found.back();
}

int AppCatalogueStore::LastNumber(const std::string& key) {
  auto rows = conn_.Query("SELECT COALESCE(MAX(number), 0) FROM app_catalogues WHERE key = ?", {key});
  return static_cast<int>(rows.at(0).Int(0));
}

int64_t AppCatalogueStore::Insert(const StoredCatalogue& c) {
  return conn_
      .Query("INSERT INTO app_catalogues (key, number, status, published_on, content, source) "
             "VALUES (?, ?, ?, ?, ?, ?) RETURNING id",
             {c.key, static_cast<int64_t>(c.number), c.status, c.published_on, c.content, c.source})
      .at(0)
      .Int(0);
}

}  // namespace fremdrift
