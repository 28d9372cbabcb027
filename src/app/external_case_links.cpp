#include "app/external_case_links.h"

namespace fremdrift {

std::optional<ExternalLinkTarget> ResolveExternalCaseLink(SqlConnection& conn, const CaseLink& link) {
  // Not connected yet: the reference's form was checked by CaseLinkProblem.
  return ExternalLinkTarget{};
}

}  // namespace fremdrift
