#include "app/source_bundle.h"

#include "formats/source_json.h"
#include "storage/source_document_store.h"

namespace fremdrift {

std::optional<ImportedSource> ImportSourceRecord(SqlConnection& conn, const nlohmann::json& rec,
                                                 const std::string& path,
                                                 std::vector<FieldProblem>& problems) {
  size_t before = problems.size();
  std::string p = path + ".";
  SourceDocument d = SourceDocumentFromJson(rec, p, problems);
  if (problems.size() == before) {
    for (const auto& problem : SourceDocumentProblems(d)) problems.push_back({p + problem.field, problem.message});
  }
  if (problems.size() != before) return std::nullopt;
  SourceDocumentStore store(conn);
  bool created = !store.Find(d.key);
  SourceDocument stored = store.Upsert(d);
  return ImportedSource{created, d.key, SourceDocumentToJson(stored).dump()};
}

std::optional<Json> ExportSources(SqlConnection& conn) {
  auto docs = SourceDocumentStore(conn).List();
  if (docs.empty()) return std::nullopt;
  Json out = Json::array();
  for (const auto& d : docs) out.push_back(SourceDocumentToJson(d));
  return out;
}

}  // namespace fremdrift
