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

// The parameters of a message: name -> value, e.g. {"period", "2023-Q5"}.
// A value people read differently per language is given as well under
// "<name>.nb" and "<name>.en"; the renderer prefers those (render/problem_text.h).
using MessageParams = std::vector<std::pair<std::string, std::string>>;

// One problem with one input field. `rule` is the stable machine code of
// the rule that refused it, e.g. "not_a_number" (the API's "rule"; the
// catalogue's "problem_<rule>" says it to people in their language), with
// `params` to fill in. `message` is an English technical text for logs and
// the command line; a problem without a rule falls back to it in English
// and to a neutral "invalid value" in Norwegian.
struct FieldProblem {
  std::string field;
  std::string message;
  std::string rule = {};
  MessageParams params = {};
};

// Thrown for any failure a caller can report to a user. `field` names the
// offending input field (a JSON path or column name) when there is one.
class Failure : public std::runtime_error {
 public:
  Failure(FailureCode code, std::string message, std::string field = "")
      : std::runtime_error(message),
        code_(code),
        field_(std::move(field)) {}

  // A failure with a rule and its parameters (see FieldProblem).
  Failure(FailureCode code, std::string message, std::string field, std::string rule,
          MessageParams params)
      : std::runtime_error(message),
        code_(code),
        field_(std::move(field)),
        rule_(std::move(rule)),
        params_(std::move(params)) {}

  // A kInvalid failure listing every problem found; message, field, rule
  // and parameters are those of the first. `problems` must not be empty.
  static Failure Invalid(std::vector<FieldProblem> problems);

  // A kInvalid failure of the one problem `p`.
  static Failure Invalid(FieldProblem p);

  FailureCode code() const { return code_; }
  const std::string& field() const { return field_; }
  const std::string& rule() const { return rule_; }
  const MessageParams& params() const { return params_; }
  const std::vector<FieldProblem>& problems() const { return problems_; }

  // The database engine's own words for a refused statement (table,
  // constraint and column names, values), for the server's log only: the
  // place that reports the failure to a client or a user logs them
  // (web/error_response.h, the command line), and a caller that expected
  // the refusal and handles it (an import's bulk write falling back to
  // row-by-row upserts) logs nothing. Empty for other failures.
  const std::string& engine_detail() const { return engine_detail_; }
  Failure& WithEngineDetail(std::string detail) {
    engine_detail_ = std::move(detail);
    return *this;
  }

 private:
  FailureCode code_;
  std::string field_;
  std::string rule_;
  MessageParams params_;
  std::vector<FieldProblem> problems_;
  std::string engine_detail_;
};

// The lower-case word used for `code` in JSON errors, e.g. "conflict".
const char* FailureCodeName(FailureCode code);

}  // namespace fremdrift
