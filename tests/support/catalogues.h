// The message catalogues of the source tree (assets), for tests of what
// the server writes in bokmål and in English.
#pragma once

#include "render/i18n.h"

namespace fremdrift::testing {

inline const Catalogue& Nb() { return CatalogueFor(FREMDRIFT_SOURCE_DIR, "nb"); }
inline const Catalogue& En() { return CatalogueFor(FREMDRIFT_SOURCE_DIR, "en"); }

}  // namespace fremdrift::testing
