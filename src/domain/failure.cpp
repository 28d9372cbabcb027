#include "domain/failure.h"

namespace fremdrift {

Failure Failure::Invalid(std::vector<FieldProblem> problems) {
  std::string message = problems.at(0).field + ": " + problems[0].message;
  if (problems.size() > 1) {
    message += " (and " + std::to_string(problems.size() - 1) + " more)";
  }
  Failure f(FailureCode::kInvalid, message, problems[0].field, problems[0].rule,
            problems[0].params);
  f.problems_ = std::move(problems);
  return f;
}

Failure Failure::Invalid(FieldProblem p) { return Invalid(std::vector<FieldProblem>{std::move(p)}); }

const char* FailureCodeName(FailureCode code) {
  switch (code) {
    case FailureCode::kInvalid: return "invalid";
    case FailureCode::kNotFound: return "not_found";
    case FailureCode::kConflict: return "conflict";
    case FailureCode::kForbidden: return "forbidden";
    case FailureCode::kUnauthenticated: return "unauthenticated";
    case FailureCode::kTooLarge: return "too_large";
    case FailureCode::kTooManyRequests: return "too_many_requests";
    case FailureCode::kInternal: return "internal";
  }
  return "internal";
}

}  // namespace fremdrift
