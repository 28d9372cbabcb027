#include "domain/failure.h"
#include "storage/sql_connection.h"

namespace fremdrift {

bool SqlRow::IsNull(size_t i) const {
  return std::holds_alternative<std::nullptr_t>(values_.at(i));
}

int64_t SqlRow::Int(size_t i) const {
  const SqlValue& v = values_.at(i);
  if (auto p = std::get_if<int64_t>(&v)) return *p;
  if (auto p = std::get_if<std::string>(&v)) {
    try {
      size_t used = 0;
      long long n = std::stoll(*p, &used);
      if (used == p->size()) return n;
    } catch (...) {
    }
  }
  throw Failure(FailureCode::kInternal,
                "column " + std::to_string(i) + " is not an integer");
}

double SqlRow::Real(size_t i) const {
  const SqlValue& v = values_.at(i);
  if (auto p = std::get_if<double>(&v)) return *p;
  if (auto p = std::get_if<int64_t>(&v)) return static_cast<double>(*p);
  throw Failure(FailureCode::kInternal,
                "column " + std::to_string(i) + " is not a number");
}

std::string SqlRow::Text(size_t i) const {
  const SqlValue& v = values_.at(i);
  if (auto p = std::get_if<std::string>(&v)) return *p;
  if (std::holds_alternative<std::nullptr_t>(v)) return "";
  if (auto p = std::get_if<int64_t>(&v)) return std::to_string(*p);
  throw Failure(FailureCode::kInternal,
                "column " + std::to_string(i) + " is not text");
}

}  // namespace fremdrift
