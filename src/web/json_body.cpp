#include "web/json_body.h"

#include "domain/failure.h"

namespace fremdrift {

nlohmann::json JsonBody(const RequestContext& ctx) {
  try {
    return nlohmann::json::parse(ctx.body());
  } catch (const nlohmann::json::parse_error& e) {
    throw Failure(FailureCode::kInvalid, std::string("the body is not valid JSON: ") + e.what(), "$");
  }
}

}  // namespace fremdrift
