// The status scale a strategy reports on: the one it names, or the
// traffic light when it names none the product knows.
#pragma once

#include "domain/status_scale.h"
#include "domain/strategy.h"

namespace fremdrift {

inline StatusScale ScaleOf(const Strategy& s) {
  return StatusScale::Named(s.status_scale).value_or(*StatusScale::Named("traffic_light"));
}

}  // namespace fremdrift
