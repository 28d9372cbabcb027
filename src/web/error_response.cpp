#include "web/error_response.h"

#include <cctype>
#include <iostream>

#include <nlohmann/json.hpp>

#include "domain/text_field_rules.h"
#include "render/problem_text.h"
#include "web/server.h"

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

int HttpStatus(HttpRefusal refusal) {
  switch (refusal) {
    case HttpRefusal::kMethodNotAllowed: return 405;
    case HttpRefusal::kRequestTimeout: return 408;
    case HttpRefusal::kLengthRequired: return 411;
    case HttpRefusal::kHeaderFieldsTooLarge: return 431;
    case HttpRefusal::kBadGateway: return 502;
    case HttpRefusal::kUnavailable: return 503;
  }
  return 500;
}

void LogEngineDetail(const Failure& f) {
  if (f.engine_detail().empty()) return;
  std::cerr << "fremdrift: refused by the database: " << ToValidUtf8(f.engine_detail()) << "\n";
}

int FormStatus(const Failure& f) {
  LogEngineDetail(f);
  return HttpStatus(f.code() == FailureCode::kConflict ? FailureCode::kConflict : FailureCode::kInvalid);
}

int ErrorTextStatus(int status) {
  switch (status) {
    case 400: case 401: case 403: case 404: case 405: case 409: case 413: case 429: case 503: return status;
    default: return 500;
  }
}

namespace {

// "nb" or "en" from an Accept-Language header's first language, else "".
std::string AcceptedLanguage(std::string accept) {
  for (char& c : accept) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (accept.rfind("nb", 0) == 0 || accept.rfind("nn", 0) == 0 || accept.rfind("no", 0) == 0) return "nb";
  if (accept.rfind("en", 0) == 0) return "en";
  return "";
}

}  // namespace

const Catalogue* ApiCatalogue(RequestContext& ctx) {
  std::string lang = ctx.lang_from_query() ? ctx.lang() : AcceptedLanguage(ctx.request().Header("Accept-Language"));
  if (lang.empty()) return nullptr;
  return &CatalogueFor(ctx.config().assets_dir, lang);
}

std::string RequestedLanguage(const IncomingRequest& head) {
  const std::string& target = head.target;
  for (size_t q = target.find('?'); q != std::string::npos; q = target.find('&', q + 1)) {
    std::string_view param = std::string_view(target).substr(q + 1);
    param = param.substr(0, param.find('&'));
    if (param == "lang=nb" || param == "lang=en") return std::string(param.substr(5));
  }
  return AcceptedLanguage(head.Header("Accept-Language"));
}

Response JsonError(const Failure& f, const Catalogue* t) {
  LogEngineDetail(f);
  nlohmann::ordered_json e;
  e["code"] = FailureCodeName(f.code());
  e["rule"] = FailureRule(f);
  // An internal failure may carry a database's or the system's words: they
  // go to the server's log, and the client gets a neutral message.
  if (f.code() == FailureCode::kInternal) {
    std::cerr << "fremdrift: internal error: " << ToValidUtf8(f.what()) << "\n";
    e["message"] = t ? FailureText(*t, f) : "internal error; the server's log has the details";
  } else {
    e["message"] = t ? FailureText(*t, f) : std::string(f.what());
  }
  e["field"] = f.field().empty() ? nlohmann::ordered_json(nullptr) : nlohmann::ordered_json(f.field());
  if (!f.problems().empty()) {
    e["problems"] = nlohmann::ordered_json::array();
    for (const auto& p : f.problems()) {
      nlohmann::ordered_json o{{"field", p.field}};
      if (!p.rule.empty()) o["rule"] = p.rule;
      o["message"] = t ? ProblemText(*t, p) : p.message;
      e["problems"].push_back(std::move(o));
    }
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
