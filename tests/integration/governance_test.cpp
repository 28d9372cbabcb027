// Bodies, meetings and cases on each engine: the demo's NUIT meeting 3/22
// from the NUIT 3/22 papers, case numbers that run on and are never reused, and the
// bundle round trip of the governance sections.
#include <gtest/gtest.h>

#include <algorithm>
#include <memory>

#include "app/bundle.h"
#include "app/case_links.h"
#include "app/governance_reads.h"
#include "app/governance_service.h"
#include "app/meeting_agenda.h"
#include "formats/bundle_files.h"
#include "storage/body_store.h"
#include "storage/case_store.h"
#include "storage/follow_up_store.h"
#include "storage/meeting_store.h"
#include "storage/migrations.h"
#include "support/engine_fixture.h"

namespace fremdrift {
namespace {

using testing::Engine;
using testing::EngineName;
using testing::EngineTest;
using testing::TempDatabase;

class GovernanceTest : public EngineTest {
 protected:
  void SetUp() override {
    EngineTest::SetUp();
    if (IsSkipped()) return;
    summary_ = ImportDemo();
    nuit_ = BodyStore(*conn_).FindByKey("nuit").value();
    may_ = MeetingStore(*conn_).FindByDate(nuit_.id, *Date::Parse("2022-05-19")).value();
  }

  Case NewCase(const std::string& title) {
    return CreateCase(*conn_, admin_, {{"meeting_id", may_.id}, {"title", title}, {"type", "information"}});
  }

  ImportSummary summary_;
  Body nuit_;
  Meeting may_;
  User admin_{0, "ada", "E-helse", Role::kAdmin};
};

TEST_P(GovernanceTest, NuitHasSeventeenMembersAndOneObserverFromTheNuitPapers) {
  ASSERT_EQ(nuit_.members.size(), 18u);
  EXPECT_EQ(nuit_.members[0].person, "Mariann Hornnes");
  EXPECT_EQ(nuit_.members[0].role, MemberRole::kChair);
  EXPECT_EQ(nuit_.members[0].organisation, "Direktoratet for e-helse");
  EXPECT_EQ(nuit_.members.back().person, "Bodil Rabben");
  EXPECT_EQ(nuit_.members.back().role, MemberRole::kObserver);
  EXPECT_EQ(nuit_.members.back().organisation, "Norsk Helsenet SF");
  EXPECT_EQ(nuit_.secretariat, "E-helse");
  EXPECT_EQ(summary_.sections["cases"].created, 16);
}

TEST_P(GovernanceTest, Meeting3Of22HasSixteenNumberedCasesInOrderWithThreeBreaks) {
  EXPECT_EQ(MeetingNumberLabel(may_), "3/22");
  EXPECT_EQ(may_.state, MeetingState::kHeld);
  MeetingAgenda agenda = LoadMeetingAgenda(*conn_, may_.id);
  ASSERT_EQ(agenda.cases.size(), 16u);
  for (size_t i = 0; i < agenda.cases.size(); ++i) {
    EXPECT_EQ(CaseNumberLabel(agenda.cases[i].number, agenda.cases[i].year), std::to_string(16 + i) + "/22");
  }
  std::vector<std::string> lines;
  for (const auto& e : agenda.Entries()) {
    lines.push_back(e.item ? CaseNumberLabel(e.item->number, e.item->year) + " " + e.item->start_time
                           : e.pause->title + " " + e.pause->start);
  }
  std::vector<std::string> expected = {
      "16/22 08:30", "17/22 08:32", "18/22 08:35", "19/22 08:50", "20/22 09:20", "Pause 09:50",
      "21/22 10:00", "22/22 10:30", "23/22 11:00", "24/22 11:30", "Lunsj 12:00", "25/22 12:30",
      "26/22 13:00", "27/22 13:20", "28/22 13:50", "Pause 14:30", "29/22 14:40", "30/22 ",
      "31/22 15:25"};
  EXPECT_EQ(lines, expected);
  EXPECT_EQ(agenda.cases[8].type, "recommendation");  // 24/22
  EXPECT_EQ(agenda.cases[0].presenters.at(0).name, "Mariann Hornnes");
  EXPECT_EQ(agenda.cases[12].presenters.size(), 3u);  // 28/22
}

TEST_P(GovernanceTest, Case30Of22IsPostponedToTheMeetingOn14September) {
  auto c30 = CaseStore(*conn_).FindByNumber(nuit_.id, 2022, 30).value();
  EXPECT_EQ(c30.status, CaseStatus::kPostponed);
  ASSERT_TRUE(c30.postponed_to);
  auto sept = MeetingStore(*conn_).FindById(*c30.postponed_to).value();
  EXPECT_EQ(sept.date.ToIso(), "2022-09-14");
  MeetingAgenda later = LoadMeetingAgenda(*conn_, sept.id);
  ASSERT_EQ(later.cases.size(), 1u);
  EXPECT_EQ(later.cases[0].number, 30);  // it keeps its number
}

TEST_P(GovernanceTest, Case20Of22CarriesTheRealisationPlansNinePlusTwoTasksWithoutInventedDates) {
  auto c20 = CaseStore(*conn_).FindByNumber(nuit_.id, 2022, 20).value();
  auto actions = FollowUpStore(*conn_).OfCase(c20.id);
  ASSERT_EQ(actions.size(), 12u);  // brought back to NUIT, then the 9 + 2 tasks
  EXPECT_TRUE(actions[0].to_meeting);
  int phase1 = 0, phase2 = 0;
  for (size_t i = 1; i < actions.size(); ++i) {
    const auto& a = actions[i];
    phase1 += a.description.rfind("Fase 1: ", 0) == 0;
    phase2 += a.description.rfind("Fase 2: ", 0) == 0;
    EXPECT_EQ(a.organisation, "E-helse") << a.description;  // "bør eies og drives av E-helse"
    EXPECT_FALSE(a.due) << "the papers give no date: " << a.description;
    EXPECT_FALSE(a.to_meeting);
    EXPECT_EQ(a.state, ActionState::kOpen);
    EXPECT_NE(a.source.find("frist og status er ikke oppgitt"), std::string::npos);
    ASSERT_FALSE(a.links.empty());
    EXPECT_EQ(a.links[0].reference, "tryggere-helseapper");
  }
  EXPECT_EQ(phase1, 9);
  EXPECT_EQ(phase2, 2);
}

TEST_P(GovernanceTest, TheNextNewCaseIn2022Gets32AndNumbersAreNeverReused) {
  Case c32 = NewCase("Ny sak");
  EXPECT_EQ(CaseNumberLabel(c32.number, c32.year), "32/22");
  EXPECT_EQ(c32.position, 17);  // last on the agenda
  DeleteCase(*conn_, admin_, c32.id, c32.version);
  Case c33 = NewCase("Enda en sak");
  EXPECT_EQ(c33.number, 33);
  // Deleting the highest case does not free its number either.
  DeleteCase(*conn_, admin_, c33.id, std::nullopt);
  EXPECT_EQ(NewCase("Tredje").number, 34);
  // Another year starts at 1.
  Meeting next_year = CreateMeeting(*conn_, admin_, {{"body", "nuit"}, {"date", "2023-02-16"}, {"number", 1}});
  Case first = CreateCase(*conn_, admin_, {{"meeting_id", next_year.id}, {"title", "Godkjenning"}});
  EXPECT_EQ(CaseNumberLabel(first.number, first.year), "1/23");
}

TEST_P(GovernanceTest, CasesConcerningAnObjectAreFoundByTheirLinks) {
  // The kommune table is in the cost-sharing case 22/22, not the monitor case.
  auto mentions = CasesConcerning(*conn_, {"indicator"}, "kj-kommune");
  ASSERT_EQ(mentions.size(), 1u);
  EXPECT_EQ(mentions[0].label, "22/22");
  EXPECT_EQ(mentions[0].body_short, "NUIT");
  EXPECT_EQ(CasesConcerning(*conn_, {"roadmap_version"}, "22.2").at(0).label, "21/22");
  EXPECT_EQ(CasesConcerning(*conn_, {"cost_sharing"}, "2023").at(0).label, "22/22");
  EXPECT_EQ(CasesConcerning(*conn_, {"portfolio_item"}, "helseplattformen").at(0).label, "21/22");
  EXPECT_EQ(CasesConcerning(*conn_, {"plan_item"}, "nes-2023-2030/2B").at(0).label, "29/22");
}

TEST_P(GovernanceTest, UnknownLinkTargetsAreRefusedAndNothingIsWritten) {
  size_t before = CaseStore(*conn_).List().size();
  try {
    CreateCase(*conn_, admin_,
               {{"meeting_id", may_.id},
                {"title", "X"},
                {"links", {{{"kind", "indicator"}, {"reference", "no-such"}},
                           {{"kind", "plan_item"}, {"reference", "nes-2023-2030/9Z"}}}}});
    FAIL() << "accepted unknown link targets";
  } catch (const Failure& f) {
    EXPECT_EQ(f.code(), FailureCode::kInvalid);
    ASSERT_EQ(f.problems().size(), 2u);
    EXPECT_EQ(f.problems()[0].field, "links[0].reference");
    EXPECT_EQ(f.problems()[1].field, "links[1].reference");
  }
  EXPECT_EQ(CaseStore(*conn_).List().size(), before);
  EXPECT_EQ(NewCase("Etterpå").number, 32);  // the refused case took no number
}

TEST_P(GovernanceTest, ApprovedMinutesFreezeTheMeetingsCases) {
  auto c16 = CaseStore(*conn_).FindByNumber(nuit_.id, 2022, 16).value();
  UpdateMeeting(*conn_, admin_, may_.id, {{"state", "minutes_approved"}, {"version", may_.version}});
  try {
    UpdateCase(*conn_, admin_, c16.id, {{"decision", "Godkjent."}, {"version", c16.version}});
    FAIL() << "changed a case of approved minutes";
  } catch (const Failure& f) {
    EXPECT_EQ(f.code(), FailureCode::kConflict);
  }
}

TEST_P(GovernanceTest, ExportImportExportGivesIdenticalBytesAndKeepsTheCounter) {
  Case extra = NewCase("Slettes");
  DeleteCase(*conn_, admin_, extra.id, std::nullopt);  // 32/22 is given, then gone
  std::string first = ExportBundle(*conn_);
  TempDatabase empty(GetParam());
  auto other = empty.Connect();
  Migrate(*other);
  ImportBundle(*other, {ParseBundleText("export.json", first)}, "test");
  EXPECT_EQ(ExportBundle(*other), first);
  auto body = BodyStore(*other).FindByKey("nuit").value();
  Meeting may = MeetingStore(*other).FindByDate(body.id, *Date::Parse("2022-05-19")).value();
  Case c = CreateCase(*other, admin_, {{"meeting_id", may.id}, {"title", "Ny"}});
  EXPECT_EQ(c.number, 33);
  other.reset();
}

// The first cases seen (FirstSeenCases, as the home page lists the latest
// decisions) are the first of all cases seen, filtered and sorted the same
// way: seeing only those it looks at changes nothing.
TEST_P(GovernanceTest, TheFirstCasesSeenAreTheFirstOfAllCasesSeen) {
  const std::map<int64_t, Meeting> meetings = MeetingsById(*conn_);
  auto newest_first = [&](const Case& a, const Case& b) {
    const Date& da = meetings.at(a.meeting_id).date;
    const Date& db = meetings.at(b.meeting_id).date;
    if (da != db) return db < da;
    return b.number < a.number;
  };
  auto decided = [](const Case& c) { return !c.decision.empty(); };
  for (size_t limit : {size_t{1}, size_t{3}, size_t{1000}}) {
    Visibility all_seen(*conn_, Viewer::Public());
    std::vector<Case> expected;
    for (auto& c : SeenCases(*conn_, all_seen)) {
      if (decided(c)) expected.push_back(std::move(c));
    }
    std::stable_sort(expected.begin(), expected.end(), newest_first);
    if (expected.size() > limit) expected.resize(limit);
    ASSERT_FALSE(expected.empty());

    Visibility first_seen(*conn_, Viewer::Public());
    std::vector<Case> first = FirstSeenCases(*conn_, first_seen, newest_first, decided, limit);
    ASSERT_EQ(first.size(), expected.size()) << limit;
    for (size_t i = 0; i < first.size(); ++i) {
      EXPECT_EQ(first[i].id, expected[i].id) << limit << " #" << i;
      EXPECT_EQ(first[i].decision, expected[i].decision);
      EXPECT_EQ(first[i].links.size(), expected[i].links.size());
    }
  }
}

INSTANTIATE_PER_ENGINE(GovernanceTest);

}  // namespace
}  // namespace fremdrift
