#include "web/build_info.h"

#ifndef FREMDRIFT_VERSION
#define FREMDRIFT_VERSION "unknown"
#endif

namespace fremdrift {

const char* FremdriftVersion() { return FREMDRIFT_VERSION; }

}  // namespace fremdrift
