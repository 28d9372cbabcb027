// The one error type that crosses layers. Storage raises it for clashes,
// the domain for broken rules, and the web layer maps `code` to an HTTP
// status in exactly one place (src/web/error_response.cpp).
#pragma once

#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

namespace fremdrift {

enum class FailureCode {
  kInvalid,          // bad input: names the field
  kNotFound,         // no such record
  kConflict,         // stale version, duplicate key, still referenced
  kForbidden,        // authenticated but not allowed
  kUnauthenticated,  // no or unknown credentials
  kTooLarge,         // request body over the limit
  kTooManyRequests,  // refused for a while after repeated failures
  kInternal,         // a bug or an unavailable dependency
};

// One problem with one input field, e.g. {"end", "must not be before start"}.
struct FieldProblem {
  std::string field;
  std::string message;
};

// Thrown for any failure a caller can report to a user. `field` names the
// offending input field (a JSON path or column name) when there is one.
class Failure : public std::runtime_error {
 public:
  Failure(FailureCode code, std::string message, std::string field = "")
      : std::runtime_error(message),
        code_(code),
        field_(std::move(field)) {}

  // A kInvalid failure listing every problem found; message and field are
  // those of the first. `problems` must not be empty.
  static Failure Invalid(std::vector<FieldProblem> problems);

  FailureCode code() const { return code_; }
  const std::string& field() const { return field_; }
  const std::vector<FieldProblem>& problems() const { return problems_; }

 private:
  FailureCode code_;
  std::string field_;
  std::vector<FieldProblem> problems_;
};

// The lower-case word used for `code` in JSON errors, e.g. "conflict".
const char* FailureCodeName(FailureCode code);

}  // namespace fremdrift
