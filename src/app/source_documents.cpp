#include "app/source_documents.h"

#include "storage/source_document_store.h"

namespace fremdrift {

std::vector<SourceDocument> SourceDocuments(SqlConnection& conn) { return SourceDocumentStore(conn).List(); }

}  // namespace fremdrift
