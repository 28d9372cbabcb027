#include "storage/engine_error.h"

namespace fremdrift {

Failure EngineFailure(bool constraint_violation, const std::string& engine_message) {
  if (!constraint_violation) return Failure(FailureCode::kInternal, engine_message);
  return Failure(FailureCode::kConflict, kConstraintConflictMessage).WithEngineDetail(engine_message);
}

}  // namespace fremdrift
