#include "storage/source_document_store.h"

namespace fremdrift {
namespace {

constexpr const char* kSourceDocumentColumns =
    "SELECT id, key, citation, title, publisher, year, used_for, used_for_en, sort_order"
    " FROM source_documents";

SourceDocument SourceDocumentFromRow(const SqlRow& r) {
  SourceDocument d;
  d.id = r.Int(0);
  d.key = r.Text(1);
  d.citation = r.Text(2);
  d.title = r.Text(3);
  d.publisher = r.Text(4);
  if (!r.IsNull(5)) d.year = static_cast<int>(r.Int(5));
  d.used_for = r.Text(6);
  d.used_for_en = r.Text(7);
  d.sort_order = static_cast<int>(r.Int(8));
  return d;
}

}  // namespace

std::vector<SourceDocument> SourceDocumentStore::List() {
  std::vector<SourceDocument> out;
  for (const auto& r : conn_.Query(std::string(kSourceDocumentColumns) + " ORDER BY sort_order, key")) {
    out.push_back(SourceDocumentFromRow(r));
  }
  return out;
}

std::optional<SourceDocument> SourceDocumentStore::Find(const std::string& key) {
  auto rows = conn_.Query(std::string(kSourceDocumentColumns) + " WHERE key = ?", {key});
  if (rows.empty()) return std::nullopt;
  return SourceDocumentFromRow(rows[0]);
}

SourceDocument SourceDocumentStore::Upsert(const SourceDocument& d) {
  SqlValue year = d.year ? SqlValue(static_cast<int64_t>(*d.year)) : SqlValue(nullptr);
  if (Find(d.key)) {
    conn_.Execute(
        "UPDATE source_documents SET citation = ?, title = ?, publisher = ?, year = ?, used_for = ?,"
        " used_for_en = ?, sort_order = ? WHERE key = ?",
        {d.citation, d.title, d.publisher, year, d.used_for, d.used_for_en,
         static_cast<int64_t>(d.sort_order), d.key});
  } else {
    conn_.Execute(
        "INSERT INTO source_documents (key, citation, title, publisher, year, used_for, used_for_en,"
        " sort_order) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        {d.key, d.citation, d.title, d.publisher, year, d.used_for, d.used_for_en,
         static_cast<int64_t>(d.sort_order)});
  }
  return *Find(d.key);
}

}  // namespace fremdrift
