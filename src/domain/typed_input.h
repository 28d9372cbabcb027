// Numbers, percentages and dates as people in Norway type them into forms
// and spreadsheets, read into values. Plain functions; forms and CSV files
// use them, the JSON API keeps to JSON numbers and ISO dates.
//
// Numbers: an optional sign ('-', '+' or U+2212 MINUS SIGN), whole-number
// digits that may be grouped by threes with a space, U+00A0 (no-break
// space) or U+202F (narrow no-break space), and an optional decimal part
// after a comma or a point: "1 234,5", "-3", "−0,25", "1234.5".
// Refused: "1.234,5" and "1,234.5" (a point or comma as a thousands
// separator: Norwegian groups with spaces, and a point before a comma is
// ambiguous between notations), "12 34" (a bad group), "1," (a separator
// with no decimals after it), exponents, "nan", "inf" and empty text.
// ",5" is 0.5.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "domain/date.h"

namespace fremdrift {

// The value of `text` as a number typed by a person, or nullopt.
std::optional<double> ParseTypedNumber(std::string_view text);

// The value of `text` as a percentage typed by a person: a number as in
// ParseTypedNumber, optionally followed by "%" with or without a space
// (space, U+00A0 or U+202F) before it: "35 %", "35%", "35,5". The value is
// the number of percent (35 for "35 %"), or nullopt.
std::optional<double> ParseTypedPercent(std::string_view text);

// `text` as a number or percentage typed by a person (as above) written
// plainly with its digits unchanged: "−1 234,50 %" gives "-1234.50", for
// exact decimal readers such as Mnok::Parse. Any other text is returned
// unchanged, trimmed, so that the rule checking it reports it.
std::string TypedNumberToPlain(std::string_view text);

// The date of `text` as typed by a person: "31.12.2023" (also "1.2.2023",
// day and month of one or two digits, a four-digit year) or ISO
// "2023-12-31". nullopt for anything else and for days that do not exist
// ("31.02.2023").
std::optional<Date> ParseTypedDate(std::string_view text);

// `text` with a typed date put into ISO form ("31.12.2023" becomes
// "2023-12-31"); any other text is returned unchanged, trimmed, so that the
// rule checking it reports it.
std::string TypedDateToIso(std::string_view text);

// `text` with a typed date and time put into ISO form: "31.12.2023 12:00"
// (also "31.12.2023 kl. 12.00", the time as H:MM, HH:MM or with a point)
// becomes "2023-12-31T12:00". Any other text is returned unchanged,
// trimmed, so that the rule checking it reports it.
std::string TypedDateTimeToIso(std::string_view text);

}  // namespace fremdrift
