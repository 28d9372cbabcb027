// An API answer whose body is a JSON document, written by JsonText
// (formats/json_text.h: the bytes nlohmann's dump() gives, faster).
#pragma once

#include <nlohmann/json.hpp>

#include "web/request_context.h"

namespace fremdrift {

Response JsonResponse(const nlohmann::json& doc, int status = kHttpOk);
Response JsonResponse(const nlohmann::ordered_json& doc, int status = kHttpOk);

}  // namespace fremdrift
