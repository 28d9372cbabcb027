#include "formats/icalendar.h"

#include <cstdio>

namespace fremdrift {
namespace {

// Europe/Oslo: CET (+01:00) in winter, CEST (+02:00) from the last Sunday
// of March to the last Sunday of October.
constexpr const char* kOsloTimezone =
    "BEGIN:VTIMEZONE\r\n"
    "TZID:Europe/Oslo\r\n"
    "BEGIN:DAYLIGHT\r\n"
    "TZOFFSETFROM:+0100\r\n"
    "TZOFFSETTO:+0200\r\n"
    "TZNAME:CEST\r\n"
    "DTSTART:19700329T020000\r\n"
    "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU\r\n"
    "END:DAYLIGHT\r\n"
    "BEGIN:STANDARD\r\n"
    "TZOFFSETFROM:+0200\r\n"
    "TZOFFSETTO:+0100\r\n"
    "TZNAME:CET\r\n"
    "DTSTART:19701025T030000\r\n"
    "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU\r\n"
    "END:STANDARD\r\n"
    "END:VTIMEZONE\r\n";

std::string DateValue(const Date& d) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d%02d%02d", d.year, d.month, d.day);
  return buf;
}

std::string LocalTime(const Date& d, const std::string& hhmm) {
  return DateValue(d) + "T" + hhmm.substr(0, 2) + hhmm.substr(3, 2) + "00";
}

std::string NextDay(const Date& d) {
  static const int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  bool leap = (d.year % 4 == 0 && d.year % 100 != 0) || d.year % 400 == 0;
  int days = d.month == 2 && leap ? 29 : kDays[d.month - 1];
  Date n = d;
  if (++n.day > days) {
    n.day = 1;
    if (++n.month > 12) {
      n.month = 1;
      ++n.year;
    }
  }
  return DateValue(n);
}

std::string HourLater(const std::string& hhmm) {
  int h = std::stoi(hhmm.substr(0, 2)) + 1;
  if (h > 23) return "23:59";
  std::string out(h < 10 ? "0" : "");
  return out.append(std::to_string(h)).append(hhmm.substr(2, 3));
}

}  // namespace

std::string ICalText(std::string_view text) {
  std::string out;
  for (size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    switch (c) {
      case '\\': out += "\\\\"; break;
      case ';': out += "\\;"; break;
      case ',': out += "\\,"; break;
      case '\r':
        if (i + 1 < text.size() && text[i + 1] == '\n') ++i;
        out += "\\n";
        break;
      case '\n': out += "\\n"; break;
      default: out += c;
    }
  }
  return out;
}

std::string ICalFold(std::string_view line) {
  std::string out;
  size_t limit = 75;  // octets on the first line; later lines hold a space + 74
  size_t used = 0;
  for (size_t i = 0; i < line.size();) {
    unsigned char c = static_cast<unsigned char>(line[i]);
    size_t len = c < 0x80 ? 1 : (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xE ? 3 : (c >> 3) == 0x1E ? 4 : 1;
    if (i + len > line.size()) len = line.size() - i;
    if (used + len > limit) {
      out += "\r\n ";
      used = 1;
    }
    out.append(line.substr(i, len));
    used += len;
    i += len;
  }
  return out + "\r\n";
}

std::string ICalUtcStamp(std::string_view iso) {
  std::string out;
  for (char c : iso) {
    if (c != '-' && c != ':') out += c;
  }
  return out;
}

std::string ICalendar(const std::vector<CalendarEvent>& events, std::string_view product_id) {
  std::string out = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\n";
  out += ICalFold("PRODID:" + std::string(product_id));
  out += "CALSCALE:GREGORIAN\r\nMETHOD:PUBLISH\r\n";
  bool timed = false;
  for (const auto& e : events) timed = timed || !e.start.empty();
  if (timed) out += kOsloTimezone;
  for (const auto& e : events) {
    out += "BEGIN:VEVENT\r\n";
    out += ICalFold("UID:" + e.uid);
    out += "DTSTAMP:" + e.dtstamp + "\r\n";
    if (e.start.empty()) {
      out += "DTSTART;VALUE=DATE:" + DateValue(e.date) + "\r\n";
      out += "DTEND;VALUE=DATE:" + NextDay(e.date) + "\r\n";
    } else {
      std::string end = e.end.empty() || e.end < e.start ? HourLater(e.start) : e.end;
      out += "DTSTART;TZID=Europe/Oslo:" + LocalTime(e.date, e.start) + "\r\n";
      out += "DTEND;TZID=Europe/Oslo:" + LocalTime(e.date, end) + "\r\n";
    }
    out += ICalFold("SUMMARY:" + ICalText(e.summary));
    if (!e.location.empty()) out += ICalFold("LOCATION:" + ICalText(e.location));
    if (!e.description.empty()) out += ICalFold("DESCRIPTION:" + ICalText(e.description));
    if (!e.url.empty()) out += ICalFold("URL:" + e.url);
    out += "END:VEVENT\r\n";
  }
  return out + "END:VCALENDAR\r\n";
}

}  // namespace fremdrift
