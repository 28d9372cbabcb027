// Fuzzes ParseRequestTarget, the reader of a request's path and query
// string, and the readers of the query values that take periods and
// period types. Any bytes must give a target or Failure(kInvalid, field
// "uri"), never a crash or another exception, and what is decoded is
// UTF-8. A query written back with
// UrlWithQuery (as pages build their links) must read back the same.
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "domain/failure.h"
#include "domain/period.h"
#include "domain/text_field_rules.h"
#include "render/url_for.h"
#include "web/request_target.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view input(reinterpret_cast<const char*>(data), size);
  fremdrift::RequestTarget target;
  try {
    target = fremdrift::ParseRequestTarget(input, "");
  } catch (const fremdrift::Failure& f) {
    if (f.code() != fremdrift::FailureCode::kInvalid || f.field() != "uri") {
      std::fprintf(stderr, "unexpected failure: %s (field %s)\n", f.what(), f.field().c_str());
      std::abort();
    }
    return 0;
  }
  bool utf8 = fremdrift::IsValidUtf8(target.path);
  for (const auto& [name, value] : target.query_params) {
    utf8 = utf8 && fremdrift::IsValidUtf8(name) && fremdrift::IsValidUtf8(value);
  }
  if (!utf8) {
    std::fprintf(stderr, "a decoded part is not UTF-8\n");
    std::abort();
  }
  for (const auto& [name, value] : target.query_params) {
    if (auto p = fremdrift::Period::Parse(value)) (void)p->ToString();
    (void)fremdrift::PeriodTypeFromKey(value);
  }
  // Pairs with a name and a value survive a round trip through a link.
  std::vector<std::pair<std::string, std::string>> kept;
  for (const auto& [name, value] : target.query_params) {
    if (!name.empty() && !value.empty()) kept.emplace_back(name, value);
  }
  std::string link = fremdrift::UrlWithQuery("/veikart", kept);
  fremdrift::RequestTarget again = fremdrift::ParseRequestTarget(link, "");
  if (again.path != "/veikart" || again.query_params != kept) {
    std::fprintf(stderr, "link %s does not read back\n", link.c_str());
    std::abort();
  }
  return 0;
}
