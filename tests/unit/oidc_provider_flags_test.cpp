// Which OpenID Connect flags `fremdrift serve` knows (cli/oidc_flags.h):
// the provider ids of `oidc-providers`, from the command line, the
// environment or the configuration file, add --oidc-<id>-* flags; and the
// unverified issuer of a token, which only chooses the provider that
// checks it (app/jose.h).
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>

#include "app/jose.h"
#include "cli/args.h"
#include "cli/config_file.h"
#include "cli/oidc_flags.h"

namespace fremdrift {
namespace {

bool Has(const std::vector<std::string>& names, const std::string& name) {
  return std::find(names.begin(), names.end(), name) != names.end();
}

std::vector<std::string> NamesFor(std::vector<std::string> words) {
  words.insert(words.begin(), {"fremdrift", "serve"});
  std::vector<char*> argv;
  for (auto& w : words) argv.push_back(w.data());
  return OidcServeFlagNames(Args(static_cast<int>(argv.size()), argv.data(), 2));
}

class OidcProviderFlagsTest : public ::testing::Test {
 protected:
  void SetUp() override { unsetenv("FREMDRIFT_OIDC_PROVIDERS"); }
  void TearDown() override {
    unsetenv("FREMDRIFT_OIDC_PROVIDERS");
    std::error_code ignored;
    std::filesystem::remove(path_, ignored);
  }
  std::string Write(const std::string& text) {
    std::ofstream(path_) << text;
    return path_;
  }
  std::string path_ = "/tmp/fremdrift-oidc-flags-" + std::to_string(::getpid()) + ".conf";
};

TEST_F(OidcProviderFlagsTest, PlainAndSharedFlagsAreAlwaysKnown) {
  auto names = NamesFor({});
  for (const char* name : {"password-sign-in", "oidc-providers", "oidc-issuer", "oidc-client-id",
                           "oidc-client-key-file", "oidc-redirect-uri", "oidc-post-logout-redirect-uri",
                           "oidc-subject-key-file", "oidc-api-audience", "oidc-discovery-refresh-seconds",
                           "oidc-display-name-nb"}) {
    EXPECT_TRUE(Has(names, name)) << name;
  }
  EXPECT_FALSE(Has(names, "oidc-helseid-issuer"));
}

TEST_F(OidcProviderFlagsTest, EachListedProviderGetsItsOwnFlags) {
  auto names = NamesFor({"--oidc-providers", "helseid, idporten"});
  for (const char* name : {"oidc-helseid-issuer", "oidc-helseid-client-auth", "oidc-helseid-acr-values",
                           "oidc-idporten-client-secret-file", "oidc-idporten-organisation-claims",
                           "oidc-idporten-display-name-en"}) {
    EXPECT_TRUE(Has(names, name)) << name;
  }
  // Shared settings are not per provider; unlisted ids have no flags.
  EXPECT_FALSE(Has(names, "oidc-helseid-subject-key-file"));
  EXPECT_FALSE(Has(names, "oidc-feide-issuer"));
  // An id that cannot be one adds nothing (serve names it as wrong).
  EXPECT_FALSE(Has(NamesFor({"--oidc-providers", "Helse-ID"}), "oidc-Helse-ID-issuer"));
}

TEST_F(OidcProviderFlagsTest, TheListComesFromTheCommandLineThenTheEnvironmentThenTheFile) {
  Write("# providers\nport = 1\n  OIDC_PROVIDERS =  filed  \n");
  EXPECT_EQ(ConfigFileValue(path_, "oidc_providers"), "filed");
  EXPECT_TRUE(Has(NamesFor({"--config", path_}), "oidc-filed-issuer"));
  setenv("FREMDRIFT_OIDC_PROVIDERS", "fromenv", 1);
  EXPECT_TRUE(Has(NamesFor({"--config", path_}), "oidc-fromenv-issuer"));
  EXPECT_FALSE(Has(NamesFor({"--config", path_}), "oidc-filed-issuer"));
  EXPECT_TRUE(Has(NamesFor({"--config", path_, "--oidc-providers", "flagged"}), "oidc-flagged-issuer"));
  EXPECT_FALSE(Has(NamesFor({"--config", path_, "--oidc-providers", "flagged"}), "oidc-fromenv-issuer"));
  EXPECT_EQ(ConfigFileValue("/nonexistent/fremdrift.conf", "oidc_providers"), std::nullopt);
}

TEST(PeekJwsIssuer, NamesThePayloadsIssuerWithoutCheckingAnything) {
  // {"alg":"none"} . {"iss":"https://idporten.no","sub":"x"} . (no signature)
  EXPECT_EQ(PeekJwsIssuer("eyJhbGciOiJub25lIn0.eyJpc3MiOiJodHRwczovL2lkcG9ydGVuLm5vIiwic3ViIjoieCJ9."),
            "https://idporten.no");
  EXPECT_EQ(PeekJwsIssuer("eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0.sig"), "") << "no iss";
  EXPECT_EQ(PeekJwsIssuer("eyJhbGciOiJub25lIn0.eyJpc3MiOjQyfQ.sig"), "") << "iss not a string";
  EXPECT_EQ(PeekJwsIssuer("not a token"), "");
  EXPECT_EQ(PeekJwsIssuer("a.%%%.c"), "");
}

}  // namespace
}  // namespace fremdrift
