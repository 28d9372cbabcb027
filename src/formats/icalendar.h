// A small iCalendar (RFC 5545) writer for meetings: one VCALENDAR with
// VEVENTs. Lines end with CRLF and are folded at 75 octets (never inside a
// UTF-8 character); TEXT values escape backslash, semicolon, comma and
// newlines. Times are local times in Europe/Oslo (with its VTIMEZONE) or
// whole days.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/date.h"

namespace fremdrift {

struct CalendarEvent {
  std::string uid;      // globally unique, e.g. "meeting-12@fremdrift"
  std::string dtstamp;  // UTC, YYYYMMDDTHHMMSSZ
  Date date;
  std::string start;  // HH:MM local (Europe/Oslo), or "" for an all-day event
  std::string end;    // HH:MM, or "" (then one hour after start)
  std::string summary;
  std::string location;
  std::string description;
  std::string url;
};

// The calendar holding `events`, ending with CRLF.
std::string ICalendar(const std::vector<CalendarEvent>& events, std::string_view product_id);

// `text` escaped as an RFC 5545 TEXT value: \\ \; \, and \n.
std::string ICalText(std::string_view text);

// `line` (without its CRLF) folded into lines of at most 75 octets, each
// continuation starting with one space, joined with CRLF, plus a CRLF.
std::string ICalFold(std::string_view line);

// "2026-11-22T08:30:00Z" -> "20261122T083000Z".
std::string ICalUtcStamp(std::string_view iso_utc);

}  // namespace fremdrift
