// Periods as measurements and their aggregates store them (migration 36): an
// integer that keeps the order of the period's text, so that the tables'
// keys are of fixed width (a bulk import's index work is about a third
// less on PostgreSQL, bench/README.md) while "ORDER BY period" and the
// ranges of a year read as before.
//
// The code is year * 10000 plus: 0 for the year, month * 100 (+ day for a
// date) for 2022-01 and 2022-01-31, 2000 + quarter, 3000 + tertial and
// 4000 + week. Digits sort before Q, T and W, as the codes do.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace fremdrift {

inline constexpr int64_t kPeriodCodeYear = 10000;  // the codes of one year span this much

// The code of a period in its stored form (domain Period::ToString);
// nullopt for any other text.
std::optional<int64_t> PeriodCode(std::string_view period);

// PeriodCode() of a period its writer has checked already; anything else
// is a bug (an internal failure naming the text).
int64_t StoredPeriodCode(std::string_view period);

// The period's text back from its code.
std::string PeriodFromCode(int64_t code);

}  // namespace fremdrift
