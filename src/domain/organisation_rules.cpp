#include "domain/organisation_rules.h"

#include "domain/record_key.h"

namespace fremdrift {

std::vector<FieldProblem> ValidateOrganisation(const Organisation& org) {
  std::vector<FieldProblem> out;
  if (auto p = RecordKeyProblem(org.short_name, kMaxShortNameBytes, true); !p.empty()) {
    out.push_back({"short_name", p});
  }
  if (org.name.find_first_not_of(" \t\r\n") == std::string::npos) {
    out.push_back({"name", "is required", "required", {}});
  } else if (org.name.size() > kMaxOrganisationNameBytes) {
    out.push_back({"name", "must be at most " + std::to_string(kMaxOrganisationNameBytes) + " bytes",
                   "too_many_bytes", {{"max", std::to_string(kMaxOrganisationNameBytes)}}});
  }
  if (!IsOrganisationKind(org.kind)) {
    std::string list;
    for (auto k : kOrganisationKinds) list += (list.empty() ? "" : ", ") + std::string(k);
    out.push_back({"kind",
                   org.kind.empty() ? "is required: one of " + list : "'" + org.kind + "' is not one of " + list,
                   org.kind.empty() ? "required" : "not_a_choice", {{"value", org.kind}, {"choices", list}}});
  }
  if (org.source.size() > kMaxSourceBytes) {
    out.push_back({"source", "must be at most " + std::to_string(kMaxSourceBytes) + " bytes", "too_many_bytes",
                   {{"max", std::to_string(kMaxSourceBytes)}}});
  }
  return out;
}

}  // namespace fremdrift
