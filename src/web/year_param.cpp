#include "web/year_param.h"

#include <charconv>

#include "domain/failure.h"

namespace fremdrift {

int YearParam(const RequestContext& ctx, const std::string& name) {
  const std::string& text = ctx.Param(name);
  int year = 0;
  auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), year);
  if (ec != std::errc() || end != text.data() + text.size() || text.size() != 4) {
    throw Failure(FailureCode::kNotFound, "'" + text + "' is not a year", name);
  }
  return year;
}

}  // namespace fremdrift
