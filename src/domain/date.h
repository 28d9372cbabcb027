// A calendar date without time zone, as plans and reports use them.
#pragma once

#include <compare>
#include <optional>
#include <string>
#include <string_view>

namespace fremdrift {

struct Date {
  int year = 1970;
  int month = 1;
  int day = 1;

  // Parses exactly `YYYY-MM-DD` and checks that the day exists in that
  // month (leap years included). Returns nullopt for anything else.
  static std::optional<Date> Parse(std::string_view text);

  std::string ToIso() const;  // YYYY-MM-DD
  auto operator<=>(const Date&) const = default;
};

// A start or end date of a plan item. Three states, because the sources
// distinguish "Udefinert" (the date is explicitly not set yet) from a level
// that has no dates at all.
class ScheduleDate {
 public:
  enum class Kind { kNone, kUndefined, kDate };

  ScheduleDate() = default;
  static ScheduleDate None() { return ScheduleDate(); }
  static ScheduleDate Undefined() { return ScheduleDate(Kind::kUndefined, {}); }
  static ScheduleDate On(Date d) { return ScheduleDate(Kind::kDate, d); }

  // Accepts "" (none), "undefined" and YYYY-MM-DD; nullopt for anything else.
  static std::optional<ScheduleDate> Parse(std::string_view text);

  Kind kind() const { return kind_; }
  bool is_set() const { return kind_ == Kind::kDate; }
  bool is_undefined() const { return kind_ == Kind::kUndefined; }
  bool is_none() const { return kind_ == Kind::kNone; }
  const Date& date() const { return date_; }  // only when is_set()

  // "" for none, "undefined", or the ISO date. Inverse of Parse.
  std::string ToText() const;

  bool operator==(const ScheduleDate&) const = default;

 private:
  ScheduleDate(Kind k, Date d) : kind_(k), date_(d) {}
  Kind kind_ = Kind::kNone;
  Date date_;
};

}  // namespace fremdrift
