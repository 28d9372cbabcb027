#include "storage/dimension_value_codes.h"

#include <algorithm>

#include "domain/failure.h"
#include "storage/in_list.h"

namespace fremdrift {
namespace {

// "?, ?, ?" for the values from `from` (at most kMaxInListValues of them),
// in a power of two of marks, the last value repeated, so that lists of
// similar lengths share one prepared statement.
std::string MarksOf(const std::vector<std::string>& values, size_t from, SqlParams& params) {
  const size_t n = std::min(values.size() - from, kMaxInListValues);
  return PaddedMarksOf(std::span<const std::string>(values).subspan(from, n), params);
}

}  // namespace

std::vector<std::string> DimensionValueCodes::Unknown(const std::vector<std::string>& values) const {
  std::vector<std::string> out;
  for (const auto& v : values) {
    if (!codes_.contains(std::string_view(v))) out.push_back(v);
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

void DimensionValueCodes::Learn(SqlConnection& conn, const std::vector<std::string>& values) {
  if (values.empty()) return;
  for (size_t from = 0; from < values.size(); from += kMaxInListValues) {
    SqlParams params;
    const std::string marks = MarksOf(values, from, params);
    for (const auto& r : conn.Query("SELECT value, code FROM dimension_value_codes WHERE value IN (" + marks + ")",
                                    params)) {
      codes_.insert_or_assign(r.Text(0), r.Int(1));
    }
  }
}

void DimensionValueCodes::Find(SqlConnection& conn, const std::vector<std::string>& values) {
  Learn(conn, Unknown(values));
}

void DimensionValueCodes::Ensure(SqlConnection& conn, const std::vector<std::string>& values) {
  const std::vector<std::string> unknown = Unknown(values);
  if (unknown.empty()) return;
  for (size_t from = 0; from < unknown.size(); from += kMaxInListValues) {
    const size_t n = std::min(unknown.size() - from, kMaxInListValues);
    std::string rows;
    SqlParams params;
    for (size_t i = 0; i < n; ++i) {
      rows += i ? ", (?)" : "(?)";
      params.push_back(unknown[from + i]);
    }
    // A value another writer is adding waits for its transaction here and
    // is then left as it wrote it. The codes of the values added come back
    // at once; only values that had one already are read after.
    for (const auto& r : conn.Query("INSERT INTO dimension_value_codes (value) VALUES " + rows +
                                        " ON CONFLICT (value) DO NOTHING RETURNING value, code",
                                    params)) {
      codes_.insert_or_assign(r.Text(0), r.Int(1));
    }
  }
  Learn(conn, Unknown(unknown));
}

std::optional<int64_t> DimensionValueCodes::Known(std::string_view value) const {
  auto it = codes_.find(value);
  if (it == codes_.end()) return std::nullopt;
  return it->second;
}

int64_t DimensionValueCodes::Of(std::string_view value) const {
  auto it = codes_.find(value);
  if (it == codes_.end()) {
    throw Failure(FailureCode::kInternal, "a dimension value without a code: " + std::string(value));
  }
  return it->second;
}

}  // namespace fremdrift
