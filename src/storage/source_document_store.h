// The source documents (domain/source_document.h) in the database.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "domain/source_document.h"
#include "storage/sql_connection.h"

namespace fremdrift {

class SourceDocumentStore {
 public:
  explicit SourceDocumentStore(SqlConnection& conn) : conn_(conn) {}

  // All documents in display order (sort_order, then key).
  std::vector<SourceDocument> List();
  std::optional<SourceDocument> Find(const std::string& key);

  // Creates the document, or replaces the one with the same key. Returns
  // the stored document.
  SourceDocument Upsert(const SourceDocument& doc);

 private:
  SqlConnection& conn_;
};

}  // namespace fremdrift
