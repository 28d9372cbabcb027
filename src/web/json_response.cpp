#include "web/json_response.h"

#include "formats/json_text.h"

namespace fremdrift {

Response JsonResponse(const nlohmann::json& doc, int status) { return Response::Json(JsonText(doc), status); }

Response JsonResponse(const nlohmann::ordered_json& doc, int status) {
  return Response::Json(JsonText(doc), status);
}

}  // namespace fremdrift
