#include "domain/source_document.h"

#include "domain/portfolio_rules.h"

namespace fremdrift {

std::vector<FieldProblem> SourceDocumentProblems(const SourceDocument& doc) {
  std::vector<FieldProblem> p;
  if (!IsSlug(doc.key)) p.push_back({"key", "must be a slug of a-z, 0-9 and '-' (at most 80 characters)", "not_a_slug", {}});
  if (doc.title.empty()) p.push_back({"title", "is required", "required", {}});
  if (doc.citation.empty()) {
    p.push_back({"citation", "is required", "required", {}});
  } else if (!doc.title.empty() && doc.citation.rfind(doc.title, 0) != 0) {
    p.push_back({"citation", "must begin with the title, as a reader looks the document up"});
  }
  if (doc.year && (*doc.year < 1900 || *doc.year > 2100)) {
    p.push_back({"year", "must be a year between 1900 and 2100, or null when not given"});
  }
  return p;
}

}  // namespace fremdrift
