#include "app/change_version.h"

#include "domain/failure.h"

namespace fremdrift {

std::optional<int64_t> ChangeVersion(const nlohmann::json& body, std::optional<int64_t> if_match) {
  if (if_match) return if_match;
  auto it = body.find("version");
  if (it == body.end() || it->is_null()) return std::nullopt;
  if (!it->is_number_integer() || it->get<int64_t>() < 0) {
    throw Failure::Invalid(FieldProblem{"version", "must be a whole number, 0 for a new record"});
  }
  return it->get<int64_t>();
}

}  // namespace fremdrift
