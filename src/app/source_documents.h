// The source documents the plan's records cite (the /kilder page): public.
#pragma once

#include <vector>

#include "domain/source_document.h"
#include "storage/sql_connection.h"

namespace fremdrift {

// Every source document, in the store's order.
std::vector<SourceDocument> SourceDocuments(SqlConnection& conn);

}  // namespace fremdrift
