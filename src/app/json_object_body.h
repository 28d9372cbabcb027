#pragma once

#include <nlohmann/json.hpp>

#include "domain/failure.h"

namespace fremdrift {

// Refuses a request body that is not a JSON object (kInvalid on "$").
inline void RequireJsonObject(const nlohmann::json& body) {
  if (!body.is_object()) throw Failure(FailureCode::kInvalid, "the body must be a JSON object", "$", "not_an_object", {});
}

}  // namespace fremdrift
