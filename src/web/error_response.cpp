#include "web/error_response.h"

#include <iostream>

#include <nlohmann/json.hpp>

#include "domain/text_field_rules.h"

namespace fremdrift {

int HttpStatus(FailureCode code) {
  switch (code) {
    case FailureCode::kInvalid: return 400;
    case FailureCode::kUnauthenticated: return 401;
    case FailureCode::kForbidden: return 403;
    case FailureCode::kNotFound: return 404;
    case FailureCode::kConflict: return 409;
    case FailureCode::kTooLarge: return 413;
    case FailureCode::kTooManyRequests: return 429;
    case FailureCode::kInternal: return 500;
  }
  return 500;
}

Response JsonError(const Failure& f) {
  nlohmann::ordered_json e;
  e["code"] = FailureCodeName(f.code());
  // An internal failure may carry a database's or the system's words: they
  // go to the server's log, and the client gets a neutral message.
  if (f.code() == FailureCode::kInternal) {
    std::cerr << "fremdrift: internal error: " << ToValidUtf8(f.what()) << "\n";
    e["message"] = "internal error; the server's log has the details";
  } else {
    e["message"] = f.what();
  }
  e["field"] = f.field().empty() ? nlohmann::ordered_json(nullptr) : nlohmann::ordered_json(f.field());
  if (!f.problems().empty()) {
    e["problems"] = nlohmann::ordered_json::array();
    for (const auto& p : f.problems()) e["problems"].push_back({{"field", p.field}, {"message", p.message}});
  }
  // Messages may quote input: bytes that are not UTF-8 become U+FFFD
  // rather than making the error itself fail.
  Response r = Response::Json(
      nlohmann::ordered_json{{"error", e}}.dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace),
      HttpStatus(f.code()));
  if (f.code() == FailureCode::kUnauthenticated) r.headers.emplace_back("WWW-Authenticate", "Bearer");
  return r;
}

}  // namespace fremdrift
