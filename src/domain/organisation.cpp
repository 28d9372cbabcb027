#include "domain/organisation.h"

#include <algorithm>

namespace fremdrift {

bool IsOrganisationKind(std::string_view kind) {
  return std::find(kOrganisationKinds.begin(), kOrganisationKinds.end(),
                   kind) != kOrganisationKinds.end();
}

}  // namespace fremdrift
