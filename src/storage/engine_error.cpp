#include "storage/engine_error.h"

#include <iostream>

#include "domain/text_field_rules.h"

namespace fremdrift {

Failure EngineFailure(bool constraint_violation, const std::string& engine_message) {
  if (!constraint_violation) return Failure(FailureCode::kInternal, engine_message);
  std::cerr << "fremdrift: refused by the database: " << ToValidUtf8(engine_message) << "\n";
  return Failure(FailureCode::kConflict, kConstraintConflictMessage);
}

}  // namespace fremdrift
