// The rules of bodies, meetings and cases: case numbers, the agenda
// timetable, postponement, links and who may edit.
#include <gtest/gtest.h>

#include "domain/agenda.h"
#include "domain/case_filter.h"
#include "domain/governance_rules.h"

namespace fremdrift {
namespace {

Body Nuit() {
  Body b;
  b.id = 1;
  b.key = "nuit";
  b.short_name = "NUIT";
  b.name = "NUIT";
  b.secretariat = "E-helse";
  b.case_types = DefaultCaseTypes();
  return b;
}

Meeting MeetingOn(int64_t id, const char* date) {
  Meeting m;
  m.id = id;
  m.body_id = 1;
  m.date = *Date::Parse(date);
  return m;
}

Case CaseAt(int number, const char* start) {
  Case c;
  c.number = number;
  c.year = 2022;
  c.title = "Sak";
  c.start_time = start;
  return c;
}

TEST(CaseNumberTest, LabelHasTheYearsLastTwoDigits) {
  EXPECT_EQ(CaseNumberLabel(21, 2022), "21/22");
  EXPECT_EQ(CaseNumberLabel(1, 2005), "1/05");
  Meeting m = MeetingOn(1, "2022-05-19");
  m.number = 3;
  EXPECT_EQ(MeetingNumberLabel(m), "3/22");
  m.number.reset();
  EXPECT_EQ(MeetingNumberLabel(m), "");
}

TEST(CaseNumberTest, NextNumberFollowsTheHighestEverGiven) {
  EXPECT_EQ(NextCaseNumber(0), 1);
  EXPECT_EQ(NextCaseNumber(31), 32);
}

TEST(AgendaTest, BreaksGoBeforeTheFirstCaseStartingAtOrAfterThem) {
  std::vector<Case> cases = {CaseAt(20, "09:20"), CaseAt(21, "10:00"), CaseAt(29, "14:40"), CaseAt(30, ""),
                             CaseAt(31, "15:25")};
  std::vector<AgendaBreak> breaks = {{"Pause", "09:50"}, {"Pause", "14:30"}, {"Kaffe", "16:00"}};
  auto agenda = BuildAgenda(cases, breaks);
  ASSERT_EQ(agenda.size(), 8u);
  EXPECT_EQ(agenda[0].item->number, 20);
  EXPECT_EQ(agenda[1].pause->start, "09:50");
  EXPECT_EQ(agenda[2].item->number, 21);
  EXPECT_EQ(agenda[3].pause->start, "14:30");
  EXPECT_EQ(agenda[4].item->number, 29);
  EXPECT_EQ(agenda[5].item->number, 30);  // untimed: keeps its place
  EXPECT_EQ(agenda[6].item->number, 31);
  EXPECT_EQ(agenda[7].pause->title, "Kaffe");  // after every timed case
}

TEST(CaseRulesTest, APostponedCaseNamesALaterMeetingOfTheSameBody) {
  Body body = Nuit();
  Meeting may = MeetingOn(1, "2022-05-19");
  Meeting sept = MeetingOn(2, "2022-09-14");
  Meeting feb = MeetingOn(3, "2022-02-17");
  Case c = CaseAt(30, "");
  c.status = CaseStatus::kPostponed;
  auto problems = ValidateCase(c, body, may, nullptr);
  ASSERT_EQ(problems.size(), 1u);
  EXPECT_EQ(problems[0].field, "postponed_to");
  c.postponed_to = 2;
  EXPECT_TRUE(ValidateCase(c, body, may, &sept).empty());
  c.postponed_to = 3;
  EXPECT_EQ(ValidateCase(c, body, may, &feb).at(0).field, "postponed_to");
  Meeting other = sept;
  other.body_id = 9;
  EXPECT_EQ(ValidateCase(c, body, may, &other).at(0).field, "postponed_to");
  // Handled later at the meeting it moved to: still allowed.
  c.status = CaseStatus::kHandled;
  EXPECT_TRUE(ValidateCase(c, body, may, &sept).empty());
  c.status = CaseStatus::kWithdrawn;
  EXPECT_FALSE(ValidateCase(c, body, may, &sept).empty());
}

TEST(CaseRulesTest, TypeMustBeOneOfTheBodysTypesOrEmpty) {
  Body body = Nuit();
  Meeting may = MeetingOn(1, "2022-05-19");
  Case c = CaseAt(16, "08:30");
  c.type = "approval";
  EXPECT_TRUE(ValidateCase(c, body, may, nullptr).empty());
  c.type = "";
  EXPECT_TRUE(ValidateCase(c, body, may, nullptr).empty());
  c.type = "vote";
  EXPECT_EQ(ValidateCase(c, body, may, nullptr).at(0).field, "type");
  c.type = "approval";
  c.start_time = "8.30";
  EXPECT_EQ(ValidateCase(c, body, may, nullptr).at(0).field, "start_time");
}

TEST(CaseRulesTest, LinksNeedAKnownKindAndAReferenceOfItsForm) {
  EXPECT_EQ(CaseLinkProblem({"plan_item", "nes-2023-2030/4A"}), "");
  EXPECT_NE(CaseLinkProblem({"plan_item", "4A"}), "");
  EXPECT_EQ(CaseLinkProblem({"indicator", "kj-kommune"}), "");
  EXPECT_EQ(CaseLinkProblem({"report", "nes-2023-2030/2023-Q1"}), "");
  EXPECT_EQ(CaseLinkProblem({"roadmap_version", "22.2"}), "");
  EXPECT_NE(CaseLinkProblem({"roadmap_version", "v22"}), "");
  EXPECT_EQ(CaseLinkProblem({"cost_sharing", "2023"}), "");
  EXPECT_NE(CaseLinkProblem({"cost_sharing", "23"}), "");
  EXPECT_EQ(CaseLinkProblem({"portfolio_item", "helseplattformen"}), "");
  EXPECT_NE(CaseLinkProblem({"portfolio_item", "Helse plattformen"}), "");
  EXPECT_NE(CaseLinkProblem({"budget", "2023"}), "");
  Case c = CaseAt(21, "10:00");
  c.links = {{"roadmap_version", "22.2"}, {"roadmap_version", "22.2"}};
  auto problems = ValidateCase(c, Nuit(), MeetingOn(1, "2022-05-19"), nullptr);
  ASSERT_EQ(problems.size(), 1u);
  EXPECT_EQ(problems[0].field, "links[1].reference");
}

TEST(GovernanceRightsTest, AdminsAndTheSecretariatsEditorsMayEdit) {
  Body body = Nuit();
  EXPECT_TRUE(MayEditGovernance({1, "a", "NHN", Role::kAdmin}, body));
  EXPECT_TRUE(MayEditGovernance({2, "e", "E-helse", Role::kEditor}, body));
  EXPECT_FALSE(MayEditGovernance({3, "o", "NHN", Role::kEditor}, body));
  EXPECT_FALSE(MayEditGovernance({4, "r", "E-helse", Role::kReader}, body));
  body.secretariat = "";
  EXPECT_FALSE(MayEditGovernance({2, "e", "E-helse", Role::kEditor}, body));
}

TEST(GovernanceRightsTest, ApprovedMinutesFixTheCases) {
  Meeting m = MeetingOn(1, "2022-05-19");
  m.state = MeetingState::kHeld;
  EXPECT_EQ(CaseChangeRefusal(m), "");
  m.state = MeetingState::kMinutesApproved;
  EXPECT_NE(CaseChangeRefusal(m), "");
}

TEST(MeetingRulesTest, TimesAndBreaksAreChecked) {
  Meeting m = MeetingOn(1, "2022-05-19");
  m.start_time = "08:30";
  m.end_time = "08:00";
  m.breaks = {{"Lunsj", "12:00"}, {"Pause", "09:50"}, {"", "25:00"}};
  std::vector<std::string> fields;
  for (const auto& p : ValidateMeeting(m)) fields.push_back(p.field);
  EXPECT_EQ(fields, (std::vector<std::string>{"end_time", "breaks[1].start", "breaks[2].title", "breaks[2].start"}));
}

TEST(BodyRulesTest, MembersEndAfterTheyStartAndCaseTypesAreUnique) {
  Body b = Nuit();
  b.members = {{"Kari", "", "", MemberRole::kChair, Date::Parse("2022-01-01"), Date::Parse("2021-01-01"), ""}};
  b.case_types.push_back({"approval", "Igjen"});
  std::vector<std::string> fields;
  for (const auto& p : ValidateBody(b)) fields.push_back(p.field);
  EXPECT_EQ(fields, (std::vector<std::string>{"case_types[4].key", "members[0].to"}));
  EXPECT_TRUE(MemberOn(b.members[0], *Date::Parse("2022-01-01")) == false);
}

TEST(CaseFilterTest, TextMatchesEveryWordIgnoringCaseIncludingNorwegianLetters) {
  Case c = CaseAt(22, "10:30");
  c.body_id = 1;
  c.title = "Kostnadsfordeling av drift og forvaltning";
  c.proposed_decision = "NUIT drøfter forslaget";
  c.presenters = {{"Karl Vestli", "Direktoratet for e-helse"}};
  auto words = [](const char* text) {
    CaseFilter f;
    f.text = text;
    return f;
  };
  EXPECT_TRUE(MatchesCaseFilter(c, words("KOSTNADSFORDELING DRØFTER")));
  EXPECT_TRUE(MatchesCaseFilter(c, words("22/22")));
  EXPECT_TRUE(MatchesCaseFilter(c, words("vestli")));
  EXPECT_FALSE(MatchesCaseFilter(c, words("kostnadsfordeling helseapper")));
  EXPECT_EQ(FoldCase("ÆØÅ Drøfting"), "æøå drøfting");
  CaseFilter f;
  f.body_id = 1;
  f.year = 2022;
  EXPECT_TRUE(MatchesCaseFilter(c, f));
  f.year = 2023;
  EXPECT_FALSE(MatchesCaseFilter(c, f));
  f.year.reset();
  f.status = CaseStatus::kPostponed;
  EXPECT_FALSE(MatchesCaseFilter(c, f));
}

}  // namespace
}  // namespace fremdrift
