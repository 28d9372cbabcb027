// The JSON form of a source document (docs/bundle-format.md, "sources").
#pragma once

#include <string>
#include <vector>

#include "domain/failure.h"
#include "domain/source_document.h"
#include "formats/plan_json.h"

namespace fremdrift {

Json SourceDocumentToJson(const SourceDocument& d);

// Reads a document at `path` (ending in '.'); adds a problem naming the
// field for anything missing, mistyped or unknown.
SourceDocument SourceDocumentFromJson(const nlohmann::json& in, const std::string& path,
                                      std::vector<FieldProblem>& problems);

}  // namespace fremdrift
