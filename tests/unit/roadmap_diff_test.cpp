// The rule that compares two roadmap versions, and copying a version.
#include <gtest/gtest.h>

#include "domain/roadmap_diff.h"

namespace fremdrift {
namespace {

RoadmapAction Action(const std::string& key, const std::string& start, const std::string& end,
                     const std::string& what = "Innføring dokumentproduksjon") {
  RoadmapAction a;
  a.key = key;
  a.actor_group = "Spesialisthelsetjenesten";
  a.actor = "Helse Vest";
  a.what = what;
  a.start = *RoadmapTime::Parse(start);
  a.end = *RoadmapTime::Parse(end);
  return a;
}

RoadmapVersion Version(const std::string& code, std::vector<RoadmapAction> actions) {
  RoadmapVersion v;
  v.code = code;
  RoadmapService s;
  s.key = "journaldokumenter";
  s.title = "Helsepersonell skal ha tilgang til journaldokumenter";
  s.target = "Nasjonal innføring i løpet av 2026";
  s.actions = std::move(actions);
  v.services.push_back(s);
  return v;
}

const ActionChange* Change(const RoadmapDiff& d, const std::string& key) {
  for (const auto& s : d.services) {
    for (const auto& c : s.changes) {
      if (c.key == key) return &c;
    }
  }
  return nullptr;
}

TEST(RoadmapTime, ParsesYearsDatesAndNothing) {
  EXPECT_EQ(RoadmapTime::Parse("2023")->ToText(), "2023");
  EXPECT_EQ(RoadmapTime::Parse("2023-05-19")->ToText(), "2023-05-19");
  EXPECT_FALSE(RoadmapTime::Parse("")->is_set());
  EXPECT_FALSE(RoadmapTime::Parse("23").has_value());
  EXPECT_FALSE(RoadmapTime::Parse("2023-02-30").has_value());
}

TEST(RoadmapDiff, ListsAddedRemovedMovedAndChangedActions) {
  RoadmapVersion from = Version("22.1", {Action("hv", "2022", "2024"), Action("hn", "2022", "2025"),
                                         Action("hso", "2022", "2025"), Action("gone", "", "2022"),
                                         Action("same", "2022", "2025"), Action("text", "2022", "2025")});
  RoadmapVersion to = Version("22.2", {Action("hv", "2022", "2025"), Action("hn", "2022", "2024"),
                                       Action("hso", "2022", "2025"), Action("new", "2023", "2026"),
                                       Action("same", "2022", "2025"),
                                       Action("text", "2022", "2025", "Starte utprøving")});
  auto d = CompareRoadmapVersions(from, to);
  ASSERT_EQ(d.services.size(), 1u);
  EXPECT_EQ(d.services[0].state, ServiceDiff::State::kKept);
  EXPECT_FALSE(d.services[0].target_changed);

  const ActionChange* later = Change(d, "hv");
  ASSERT_NE(later, nullptr);
  EXPECT_EQ(later->kind, ActionChangeKind::kMovedLater);
  EXPECT_EQ(later->shift, (TimeShift{1, "years"}));
  EXPECT_EQ(later->shifted, "end");
  EXPECT_EQ(Change(d, "hn")->kind, ActionChangeKind::kMovedEarlier);
  EXPECT_EQ(Change(d, "hn")->shift, (TimeShift{-1, "years"}));
  EXPECT_EQ(Change(d, "new")->kind, ActionChangeKind::kAdded);
  EXPECT_EQ(Change(d, "gone")->kind, ActionChangeKind::kRemoved);
  EXPECT_EQ(Change(d, "text")->kind, ActionChangeKind::kChanged);
  EXPECT_TRUE(Change(d, "text")->text_changed);
  EXPECT_EQ(Change(d, "same"), nullptr) << "an unchanged action is not listed";
  EXPECT_EQ(Change(d, "hso"), nullptr);
}

TEST(RoadmapDiff, DatesMoveByDaysAndAStartMovesWhenTheEndStays) {
  RoadmapVersion from = Version("a", {Action("x", "2023-01-01", "2023-06-30"), Action("y", "2022", "2025")});
  RoadmapVersion to = Version("b", {Action("x", "2023-01-01", "2023-09-30"), Action("y", "2023", "2025")});
  auto d = CompareRoadmapVersions(from, to);
  EXPECT_EQ(Change(d, "x")->shift, (TimeShift{92, "days"}));
  EXPECT_EQ(Change(d, "y")->kind, ActionChangeKind::kMovedLater);
  EXPECT_EQ(Change(d, "y")->shifted, "start");
}

TEST(RoadmapDiff, ATimeGivenInOneVersionOnlyIsAChangeNotAMove) {
  auto d = CompareRoadmapVersions(Version("a", {Action("x", "", "2023")}), Version("b", {Action("x", "2022", "")}));
  ASSERT_NE(Change(d, "x"), nullptr);
  EXPECT_EQ(Change(d, "x")->kind, ActionChangeKind::kChanged);
  EXPECT_FALSE(Change(d, "x")->text_changed);
}

TEST(RoadmapDiff, ServicesAddedAndRemovedAndTargetsChanged) {
  RoadmapVersion from = Version("a", {Action("x", "2022", "2025")});
  RoadmapVersion to = from;
  to.code = "b";
  to.services[0].target = "Nasjonal innføring i løpet av 2027";
  RoadmapService extra;
  extra.key = "prove-svar";
  extra.title = "Prøvesvar";
  extra.actions = {Action("z", "2023", "2024")};
  to.services.push_back(extra);
  from.services.push_back({"gammel", "Gammel tjeneste"});
  auto d = CompareRoadmapVersions(from, to);
  ASSERT_EQ(d.services.size(), 3u);
  EXPECT_TRUE(d.services[0].target_changed);
  EXPECT_EQ(d.services[1].state, ServiceDiff::State::kAdded);
  EXPECT_EQ(d.services[1].changes.size(), 1u);
  EXPECT_EQ(d.services[2].state, ServiceDiff::State::kRemoved);
}

TEST(RoadmapVersion, ACopyIsADraftWithTheSameServicesBasedOnTheLast) {
  RoadmapVersion last = Version("22.2", {Action("x", "2022", "2025")});
  last.status = RoadmapStatus::kPublished;
  last.services[0].measures = {{2023, "Starte innføring", "NUIT 3/22"}};
  RoadmapVersion copy = CopyRoadmapVersion(last, "22.3");
  EXPECT_EQ(copy.code, "22.3");
  EXPECT_EQ(copy.status, RoadmapStatus::kDraft);
  EXPECT_EQ(copy.based_on, "22.2");
  EXPECT_EQ(copy.services, last.services);
  EXPECT_TRUE(CompareRoadmapVersions(last, copy).services[0].changes.empty());
}

TEST(RoadmapVersion, CodesOrderNumerically) {
  EXPECT_LT(CompareVersionCodes("22.2", "22.10"), 0);
  EXPECT_LT(CompareVersionCodes("22.2", "23.1"), 0);
  EXPECT_EQ(CompareVersionCodes("22.2", "22.2"), 0);
  EXPECT_GT(CompareVersionCodes("22.2.1", "22.2"), 0);
}

TEST(RoadmapVersion, ValidationNamesThePlaceOfEachProblem) {
  RoadmapVersion v = Version("22 2", {Action("x", "2025", "2023"), Action("x", "2022", "2023", "")});
  v.services[0].measures = {{23, ""}};
  auto problems = ValidateRoadmapVersion(v);
  std::vector<std::string> fields;
  for (const auto& p : problems) fields.push_back(p.field);
  auto has = [&](const std::string& f) { return std::find(fields.begin(), fields.end(), f) != fields.end(); };
  EXPECT_TRUE(has("code"));
  EXPECT_TRUE(has("services[0].actions[0].end"));
  EXPECT_TRUE(has("services[0].actions[1].key"));
  EXPECT_TRUE(has("services[0].actions[1].what"));
  EXPECT_TRUE(has("services[0].measures[0].year"));
  EXPECT_TRUE(has("services[0].measures[0].text"));
}

}  // namespace
}  // namespace fremdrift
