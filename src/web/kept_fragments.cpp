#include "web/kept_fragments.h"

namespace fremdrift {

KeptFragments& KeptFragmentTexts() {
  static KeptFragments kept(20000);
  return kept;
}

}  // namespace fremdrift
