// Behind a trusted proxy, the client address is the hop the proxy added,
// never one the client wrote itself.
#include "web/forwarded_for.h"

#include <gtest/gtest.h>

namespace fremdrift {
namespace {

TEST(LastForwardedHopTest, TakesTheHopOurProxyAppended) {
  EXPECT_EQ(LastForwardedHop("203.0.113.9"), "203.0.113.9");
  // A client that sends its own header cannot choose its logged address.
  EXPECT_EQ(LastForwardedHop("6.6.6.6, 198.51.100.7"), "198.51.100.7");
  EXPECT_EQ(LastForwardedHop("1.1.1.1,\t2001:db8::1 "), "2001:db8::1");
}

TEST(LastForwardedHopTest, BlankHeaderOrBlankLastHopGivesNothing) {
  EXPECT_EQ(LastForwardedHop(""), "");
  EXPECT_EQ(LastForwardedHop("  "), "");
  EXPECT_EQ(LastForwardedHop("1.1.1.1, "), "");
}

}  // namespace
}  // namespace fremdrift
