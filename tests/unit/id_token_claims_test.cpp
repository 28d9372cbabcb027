// The checks of an ID token's claims (domain/id_token_claims.h): issuer,
// audience, authorised party, expiry and issue time with skew, nonce.
#include <gtest/gtest.h>

#include "domain/id_token_claims.h"

namespace fremdrift {
namespace {

constexpr int64_t kNow = 1'800'000'000;

nlohmann::json Good() {
  return {{"iss", "https://idp.test"}, {"aud", "client"}, {"sub", "abc"},
          {"nonce", "n1"}, {"iat", kNow - 5}, {"exp", kNow + 300}};
}

TokenExpectations Expect() { return {"https://idp.test", "client", "client", std::string("n1"), kNow, 60}; }

TEST(IdTokenClaims, AGoodTokenPasses) { EXPECT_EQ(TokenClaimsProblem(Good(), Expect()), std::nullopt); }

TEST(IdTokenClaims, EachWrongClaimIsRefused) {
  auto refused = [](const char* key, nlohmann::json value) {
    auto c = Good();
    if (value.is_null()) {
      c.erase(key);
    } else {
      c[key] = std::move(value);
    }
    return TokenClaimsProblem(c, Expect()).has_value();
  };
  EXPECT_TRUE(refused("iss", "https://other.test"));
  EXPECT_TRUE(refused("aud", "someone-else"));
  EXPECT_TRUE(refused("aud", nlohmann::json::array({"someone-else"})));
  EXPECT_TRUE(refused("nonce", "n2"));
  EXPECT_TRUE(refused("nonce", nullptr));
  EXPECT_TRUE(refused("exp", kNow - 61));
  EXPECT_TRUE(refused("exp", nullptr));
  EXPECT_TRUE(refused("iat", kNow + 61));
  EXPECT_TRUE(refused("sub", ""));
  EXPECT_TRUE(refused("azp", "other-client"));
}

TEST(IdTokenClaims, SkewIsAllowedBothWays) {
  auto c = Good();
  c["exp"] = kNow - 30;
  c["iat"] = kNow + 30;
  EXPECT_EQ(TokenClaimsProblem(c, Expect()), std::nullopt);
}

TEST(IdTokenClaims, SeveralAudiencesNeedTheClientAsAuthorisedParty) {
  auto c = Good();
  c["aud"] = {"client", "api"};
  EXPECT_TRUE(TokenClaimsProblem(c, Expect()).has_value());
  c["azp"] = "client";
  EXPECT_EQ(TokenClaimsProblem(c, Expect()), std::nullopt);
}

TEST(IdTokenClaims, ReasonsNeverQuoteTheTokensValues) {
  auto c = Good();
  c["iss"] = "https://secret-value.test";
  auto problem = TokenClaimsProblem(c, Expect());
  ASSERT_TRUE(problem);
  EXPECT_EQ(problem->find("secret-value"), std::string::npos);
}

}  // namespace
}  // namespace fremdrift
