#include "web/request_target.h"

#include <Poco/Exception.h>
#include <Poco/URI.h>

#include "domain/failure.h"
#include "domain/text_field_rules.h"

namespace fremdrift {

RequestTarget ParseRequestTarget(std::string_view target) {
  try {
    Poco::URI uri{std::string(target)};
    RequestTarget out;
    out.path = uri.getPath();
    for (auto& [name, value] : uri.getQueryParameters()) out.query.emplace_back(name, value);
    // Decoded text goes into messages, pages and JSON: it must be UTF-8.
    bool utf8 = IsValidUtf8(out.path);
    for (const auto& [name, value] : out.query) utf8 = utf8 && IsValidUtf8(name) && IsValidUtf8(value);
    if (utf8) return out;
  } catch (const Poco::Exception&) {
    throw Failure(FailureCode::kInvalid, "the request's address is not a valid URI", "uri");
  }
  throw Failure(FailureCode::kInvalid, "the request's address is not valid UTF-8", "uri");
}

}  // namespace fremdrift
