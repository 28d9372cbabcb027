// Measuring and wrapping UTF-8 text for the SVG timeline.
#include <gtest/gtest.h>

#include "render/text_width.h"

namespace fremdrift {
namespace {

TEST(TextWidth, CountsCodePointsNotBytes) {
  EXPECT_EQ(CodePointCount("Innføring"), 9u);
  EXPECT_EQ(CodePointCount("→"), 1u);
  EXPECT_EQ(CodePointCount(""), 0u);
}

TEST(TextWidth, TruncatesAtACodePointWithAnEllipsis) {
  EXPECT_EQ(TruncateText("Innføring", 9), "Innføring");
  EXPECT_EQ(TruncateText("Innføring", 5), "Innf…");
  EXPECT_EQ(TruncateText("Innføring", 6), "Innfø…");
}

TEST(TextWidth, WrapsAtSpaces) {
  auto lines = WrapText("Helseteknologiordningen (HTO) - veiledningstjeneste", 30, 3);
  ASSERT_EQ(lines.size(), 2u);
  EXPECT_EQ(lines[0], "Helseteknologiordningen (HTO)");
  EXPECT_EQ(lines[1], "- veiledningstjeneste");
}

TEST(TextWidth, CutsALongWordAndEndsAnOverflowWithAnEllipsis) {
  auto lines = WrapText("abcdefghij klm nop qrs tuv", 4, 2);
  ASSERT_EQ(lines.size(), 2u);
  EXPECT_EQ(lines[0], "abcd");
  EXPECT_EQ(lines[1], "efg…");
  EXPECT_EQ(WrapText("", 10, 2), std::vector<std::string>{""});
}

}  // namespace
}  // namespace fremdrift
