// Delivery to a mail server that guards itself, as a directorate's relay
// does: STARTTLS with a certificate from the organisation's own CA, then
// AUTH PLAIN. The server is the real aiosmtpd on loopback
// (tests/support/smtp_sink.py); the certificates are made for the test by
// the openssl command.
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>

#include "mail/smtp_delivery.h"
#include "support/smtp_sink.h"

namespace fremdrift {
namespace {

namespace fs = std::filesystem;
using testing::SmtpSink;
using testing::SmtpSinkSecurity;

// A CA and a certificate it signed for 127.0.0.1, made once per run.
class TestCertificates {
 public:
  TestCertificates() {
    char pattern[] = "/tmp/fremdrift-tls-XXXXXX";
    if (!mkdtemp(pattern)) throw std::runtime_error("cannot create a folder for certificates");
    dir_ = pattern;
    std::ofstream(dir_ / "san.ext") << "subjectAltName=IP:127.0.0.1,DNS:localhost\n";
    const std::string d = dir_.string();
    const std::string quiet = " >/dev/null 2>&1";
    Run("openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj /CN=Fremdrift-test-CA -keyout " + d +
        "/ca.key -out " + d + "/ca.pem" + quiet);
    Run("openssl req -newkey rsa:2048 -nodes -subj /CN=127.0.0.1 -keyout " + d + "/server.key -out " + d +
        "/server.csr" + quiet);
    Run("openssl x509 -req -in " + d + "/server.csr -CA " + d + "/ca.pem -CAkey " + d +
        "/ca.key -CAcreateserial -days 2 -extfile " + d + "/san.ext -out " + d + "/server.pem" + quiet);
  }
  ~TestCertificates() {
    std::error_code ec;
    fs::remove_all(dir_, ec);
  }
  std::string ca() const { return (dir_ / "ca.pem").string(); }
  std::string cert() const { return (dir_ / "server.pem").string(); }
  std::string key() const { return (dir_ / "server.key").string(); }

 private:
  static void Run(const std::string& command) {
    if (std::system(command.c_str()) != 0) {
      throw std::runtime_error("failed (is the openssl package installed?): " + command);
    }
  }
  fs::path dir_;
};

class SmtpSecurityTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() { certificates_ = new TestCertificates(); }
  static void TearDownTestSuite() { delete certificates_; }

  SmtpSettings Settings(const SmtpSink& sink, bool starttls) const {
    SmtpSettings s;
    s.host = "127.0.0.1";
    s.port = sink.port();
    s.starttls = starttls;
    s.from = "sekretariatet@fremdrift.test";
    s.timeout_seconds = 10;
    return s;
  }

  static SmtpMessage Message() {
    return {"kari@hdir.test", "Påminnelse", "Hei Kari,\nfristen nærmer seg.", "step-1@fremdrift"};
  }

  static TestCertificates* certificates_;
};

TestCertificates* SmtpSecurityTest::certificates_ = nullptr;

TEST_F(SmtpSecurityTest, StartTlsWithTheOrganisationsCaAndAuthDelivers) {
  SmtpSink sink(SmtpSinkSecurity{certificates_->cert(), certificates_->key(), "fremdrift", "hemmelig"});
  SmtpSettings s = Settings(sink, true);
  s.ca_file = certificates_->ca();
  s.user = "fremdrift";
  s.password = "hemmelig";
  DeliverBySmtp(s, Message());
  auto mails = sink.WaitForMails(1, 10);
  ASSERT_EQ(mails.size(), 1u);
  EXPECT_EQ(mails[0].login, "fremdrift");
  EXPECT_EQ(mails[0].subject, "Påminnelse");
  EXPECT_EQ(mails[0].rcpt_tos, std::vector<std::string>{"kari@hdir.test"});
}

TEST_F(SmtpSecurityTest, ACertificateFromAnUntrustedCaIsRefused) {
  SmtpSink sink(SmtpSinkSecurity{certificates_->cert(), certificates_->key(), "", ""});
  // Only the system's CAs: the test CA is not one of them.
  EXPECT_ANY_THROW(DeliverBySmtp(Settings(sink, true), Message()));
  EXPECT_TRUE(sink.Mails().empty());
}

TEST_F(SmtpSecurityTest, AWrongPasswordIsRefusedAndNothingIsDelivered) {
  SmtpSink sink(SmtpSinkSecurity{certificates_->cert(), certificates_->key(), "fremdrift", "hemmelig"});
  SmtpSettings s = Settings(sink, true);
  s.ca_file = certificates_->ca();
  s.user = "fremdrift";
  s.password = "feil";
  try {
    DeliverBySmtp(s, Message());
    ADD_FAILURE() << "delivered with a wrong password";
  } catch (const std::exception& e) {
    // The server's refusal, kept for the operator.
    EXPECT_NE(std::string(e.what()).find("535"), std::string::npos) << e.what();
  }
  EXPECT_TRUE(sink.Mails().empty());
}

TEST_F(SmtpSecurityTest, AServerThatRequiresStartTlsRefusesPlainDelivery) {
  SmtpSink sink(SmtpSinkSecurity{certificates_->cert(), certificates_->key(), "", ""});
  EXPECT_ANY_THROW(DeliverBySmtp(Settings(sink, false), Message()));
  EXPECT_TRUE(sink.Mails().empty());
}

}  // namespace
}  // namespace fremdrift
