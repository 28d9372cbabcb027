// "Sist oppdatert" says when an indicator's figures last changed: a UTC time
// written by Fremdrift, or a year, month or date as a source gives it
// (domain/indicator.h IsValidDataUpdatedAt, render/monitor_time_text.h).
#include <gtest/gtest.h>

#include "domain/indicator.h"
#include "render/i18n.h"
#include "render/monitor_time_text.h"

namespace fremdrift {
namespace {

TEST(DataUpdatedAt, AYearMonthDateOrUtcTimeIsValid) {
  for (const char* ok : {"2023", "2022-05", "2022-05-19", "2024-03-14T08:30:00Z"}) {
    EXPECT_TRUE(IsValidDataUpdatedAt(ok)) << ok;
  }
  for (const char* bad : {"", "23", "2022-13", "2022-02-30", "19.05.2022", "2024-03-14 08:30", "2024-03-14T08:30:00"}) {
    EXPECT_FALSE(IsValidDataUpdatedAt(bad)) << bad;
  }
}

TEST(DataUpdatedAt, ReadsAsTheSourceGivesItInEitherLanguage) {
  const Catalogue& nb = CatalogueFor(FREMDRIFT_SOURCE_DIR, "nb");
  const Catalogue& en = CatalogueFor(FREMDRIFT_SOURCE_DIR, "en");
  EXPECT_EQ(UpdatedText("2023", nb), "2023");
  EXPECT_EQ(UpdatedText("2022-05", nb), "mai 2022");
  EXPECT_EQ(UpdatedText("2022-05-19", nb), "19.05.2022");
  EXPECT_EQ(UpdatedText("", nb), "Ikke kjent");
  EXPECT_EQ(UpdatedText("2024-03-14T08:30:00Z", nb), "14. mars 2024 kl. 09.30");
  EXPECT_EQ(UpdatedText("2022-05", en), "May 2022");
}

}  // namespace
}  // namespace fremdrift
