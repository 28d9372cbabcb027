// The iCalendar writer: escaping, folding at 75 octets without splitting a
// UTF-8 character, CRLF line ends, and timed and all-day events.
#include <gtest/gtest.h>

#include "formats/icalendar.h"

namespace fremdrift {
namespace {

TEST(ICalendarTest, TextEscapesBackslashSemicolonCommaAndNewlines) {
  EXPECT_EQ(ICalText("a\\b;c,d\ne\r\nf"), "a\\\\b\\;c\\,d\\ne\\nf");
}

TEST(ICalendarTest, LongLinesAreFoldedAt75OctetsBetweenCharacters) {
  std::string line = "SUMMARY:" + std::string(70, 'x') + "øøøø";
  std::string folded = ICalFold(line);
  auto first = folded.substr(0, folded.find("\r\n"));
  EXPECT_LE(first.size(), 75u);
  EXPECT_EQ(folded.substr(folded.size() - 2), "\r\n");
  // Unfolding gives the line back.
  std::string unfolded;
  for (size_t i = 0; i < folded.size(); ++i) {
    if (folded.compare(i, 3, "\r\n ") == 0) i += 2;
    else if (folded.compare(i, 2, "\r\n") == 0) break;
    else unfolded += folded[i];
  }
  EXPECT_EQ(unfolded, line);
  // No line starts with a UTF-8 continuation byte.
  for (size_t at = folded.find("\r\n "); at != std::string::npos; at = folded.find("\r\n ", at + 1)) {
    EXPECT_NE(static_cast<unsigned char>(folded[at + 3]) & 0xC0, 0x80);
  }
  EXPECT_EQ(ICalFold("SHORT:1"), "SHORT:1\r\n");
}

TEST(ICalendarTest, TimedEventsUseEuropeOsloAndAllDayEventsDates) {
  CalendarEvent timed{"m-1@x", "20221122T083000Z", {2022, 5, 19}, "08:30", "15:30", "NUIT, møte 3/22", "", "", ""};
  CalendarEvent day{"m-2@x", "20221122T083000Z", {2022, 12, 31}, "", "", "Møte", "Oslo", "", ""};
  std::string cal = ICalendar({timed, day}, "-//Test//NB");
  EXPECT_EQ(cal.rfind("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n", 0), 0u);
  EXPECT_NE(cal.find("TZID:Europe/Oslo\r\n"), std::string::npos);
  EXPECT_NE(cal.find("DTSTART;TZID=Europe/Oslo:20220519T083000\r\n"), std::string::npos);
  EXPECT_NE(cal.find("DTEND;TZID=Europe/Oslo:20220519T153000\r\n"), std::string::npos);
  EXPECT_NE(cal.find("SUMMARY:NUIT\\, møte 3/22\r\n"), std::string::npos);
  EXPECT_NE(cal.find("DTSTART;VALUE=DATE:20221231\r\nDTEND;VALUE=DATE:20230101\r\n"), std::string::npos);
  EXPECT_EQ(cal.substr(cal.size() - 15), "END:VCALENDAR\r\n");
  EXPECT_EQ(ICalUtcStamp("2026-11-22T08:30:00Z"), "20261122T083000Z");
}

}  // namespace
}  // namespace fremdrift
