// The rules an organisation must follow before it is stored.
#pragma once

#include <vector>

#include "domain/failure.h"
#include "domain/organisation.h"

namespace fremdrift {

inline constexpr size_t kMaxShortNameBytes = 40;
inline constexpr size_t kMaxOrganisationNameBytes = 200;
inline constexpr size_t kMaxSourceBytes = 500;

// Every problem of `org`, each naming its field (short_name, name, kind,
// source); empty when the organisation may be stored. The short name is a
// record key (domain/record_key.h) of at most kMaxShortNameBytes; the name
// is required; the kind is one of kOrganisationKinds.
std::vector<FieldProblem> ValidateOrganisation(const Organisation& org);

}  // namespace fremdrift
