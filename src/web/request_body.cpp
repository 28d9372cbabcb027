#include "web/request_body.h"

#include "domain/failure.h"
#include "formats/json_input.h"

namespace fremdrift {

nlohmann::json JsonBody(const RequestContext& ctx) { return ParseJsonInput(ctx.body(), "the body"); }

std::optional<int64_t> ExpectedVersion(RequestContext& ctx) {
  std::string text = ctx.Query("version").value_or(ctx.request().Header("If-Match"));
  if (text.size() >= 2 && text.front() == '"' && text.back() == '"') text = text.substr(1, text.size() - 2);
  if (text.empty()) return std::nullopt;
  if (text.size() > 15 || text.find_first_not_of("0123456789") != std::string::npos) {
    throw Failure(FailureCode::kInvalid, "version must be a number", "version");
  }
  return std::stoll(text);
}

}  // namespace fremdrift
