// Today's date (UTC), for pages that mark today on a timeline.
#pragma once

#include "domain/date.h"

namespace fremdrift {

Date Today();

}  // namespace fremdrift
