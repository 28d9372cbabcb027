// The archive package of a meeting (/moter/{id}/arkiv.xml) on both
// engines: valid against docs/meeting-archive.xsd (checked with xmllint,
// libxml2-utils), with the agenda, every case as a case file with its
// decision and follow-up, and the minutes only when the reader may see
// them.
#include <unistd.h>

#include <fstream>

#include "support/api_fixture.h"
#include "support/shell.h"
#include "support/text_search.h"

namespace fremdrift::testing {
namespace {

using nlohmann::json;

class MeetingArchiveTest : public ApiTest {
 protected:
  void SetUp() override {
    ApiTest::SetUp();
    if (IsSkipped()) return;
    ASSERT_TRUE(Have("xmllint")) << "the schema check needs xmllint (libxml2-utils)";
    for (const auto& m : server_->Get("/api/v1/meetings?body=nuit").Json()) {
      meetings_[m["date"].get<std::string>()] = m["id"].get<int64_t>();
    }
  }

  // Whether `xml` is valid against the schema; the reason otherwise.
  std::string SchemaProblems(const std::string& xml) {
    std::string path = "/tmp/fremdrift-archive-" + std::to_string(getpid()) + ".xml";
    std::ofstream(path, std::ios::binary) << xml;
    std::string out = Shell("xmllint --noout --schema " + std::string(FREMDRIFT_SOURCE_DIR) +
                            "/docs/meeting-archive.xsd " + path + " 2>&1 && echo VALID");
    std::remove(path.c_str());
    return Has(out, "VALID") ? "" : out;
  }

  std::map<std::string, int64_t> meetings_;
};

TEST_P(MeetingArchiveTest, EveryDemoMeetingIsAValidPackage) {
  ASSERT_EQ(meetings_.size(), 4u);
  for (const auto& [date, id] : meetings_) {
    auto r = server_->Get("/moter/" + std::to_string(id) + "/arkiv.xml");
    ASSERT_EQ(r.status, 200) << date;
    EXPECT_TRUE(Has(r.headers["Content-Type"], "application/xml"));
    EXPECT_EQ(SchemaProblems(r.body), "") << date;
  }
}

TEST_P(MeetingArchiveTest, TheMeetingOf3Of22HoldsItsCasesDecisionsAndFollowUp) {
  auto xml = server_->Get("/moter/" + std::to_string(meetings_["2022-05-19"]) + "/arkiv.xml").body;
  EXPECT_TRUE(Has(xml, "<mappeID>NUIT 3/22</mappeID>"));
  EXPECT_TRUE(Has(xml, "<mappeID>NUIT 24/22</mappeID>"));
  EXPECT_TRUE(Has(xml, "<journalposttype>Saksframlegg</journalposttype>"));
  EXPECT_TRUE(Has(xml, "<ansvarlig>E-helse</ansvarlig>")) << "the follow-up asked in 24/22";
  EXPECT_TRUE(Has(xml, "<fremmesIgjen>true</fremmesIgjen>")) << "20/22 is to be brought back";
  EXPECT_FALSE(Has(xml, "<referat>")) << "3/22's minutes are not written";
  // The minutes that 17/22 approved (empty: the papers give no text).
  auto february = server_->Get("/moter/" + std::to_string(meetings_["2022-02-17"]) + "/arkiv.xml").body;
  EXPECT_TRUE(Has(february, "<godkjentISak>17/22</godkjentISak>"));
  EXPECT_FALSE(Has(february, "<deltaker>"));
}

TEST_P(MeetingArchiveTest, DraftMinutesAreOnlyInTheSignedInReadersPackage) {
  std::string secretariat = server_->AddUserWithToken("sekretariat", "E-helse", Role::kEditor);
  int64_t may = meetings_["2022-05-19"];
  auto cases = server_->Get("/api/v1/cases?meeting=" + std::to_string(may)).Json();
  auto saved = server_->Send("PUT", "/api/v1/meetings/" + std::to_string(may) + "/minutes",
                             {{"attendance", {{{"person", "Kari <Nordmann> & co"}, {"present", false}}}},
                              {"cases", {{{"case_id", cases[0]["id"]}, {"discussion", "UTKAST diskusjon"}}}}},
                             secretariat);
  ASSERT_EQ(saved.status, 200) << saved.body;
  std::string path = "/moter/" + std::to_string(may) + "/arkiv.xml";
  EXPECT_FALSE(Has(server_->Get(path).body, "UTKAST"));
  auto internal = server_->Get(path, secretariat).body;
  EXPECT_TRUE(Has(internal, "<diskusjon>UTKAST diskusjon</diskusjon>"));
  EXPECT_TRUE(Has(internal, "Kari &lt;Nordmann&gt; &amp; co"));
  EXPECT_EQ(SchemaProblems(internal), "");
}

INSTANTIATE_PER_ENGINE(MeetingArchiveTest);

}  // namespace
}  // namespace fremdrift::testing
