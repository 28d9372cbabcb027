// Building page addresses and deciding which link addresses are safe.
#include <gtest/gtest.h>

#include "render/safe_url.h"
#include "render/url_for.h"

namespace fremdrift {
namespace {

TEST(PageUrls, EncodesSegmentsAndQueryValues) {
  EXPECT_EQ(UrlFor(routes::kItem, "nes-2023-2030", "4B-t1-d5"), "/strategi/nes-2023-2030/4B-t1-d5");
  EXPECT_EQ(UrlFor(routes::kItem, "s", "a/b ø"), "/strategi/s/a%2Fb%20%C3%B8");
  EXPECT_EQ(UrlWithQuery("/veikart", {{"eier", "Hdir"}, {"mal", ""}, {"fase", "a&b=c"}}),
            "/veikart?eier=Hdir&fase=a%26b%3Dc");
  EXPECT_EQ(UrlWithQuery("/veikart", {{"mal", ""}}), "/veikart");
}

TEST(SafeLinkUrl, AllowsOnlyHttpAndHttps) {
  EXPECT_TRUE(IsSafeLinkUrl("https://www.helsedirektoratet.no/x?y=1"));
  EXPECT_TRUE(IsSafeLinkUrl("HTTP://ehelse.no"));
  EXPECT_FALSE(IsSafeLinkUrl("javascript:alert(1)"));
  EXPECT_FALSE(IsSafeLinkUrl(" https://x.no"));
  EXPECT_FALSE(IsSafeLinkUrl("https://x.no/a b"));
  EXPECT_FALSE(IsSafeLinkUrl("data:text/html,<script>"));
  EXPECT_FALSE(IsSafeLinkUrl("/relative"));
  EXPECT_FALSE(IsSafeLinkUrl("https://"));
}

}  // namespace
}  // namespace fremdrift
