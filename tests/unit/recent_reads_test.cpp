// The answers requests share (storage/recent_reads.h): which answer a
// request may take, and how many are kept.
#include <gtest/gtest.h>

#include "storage/recent_reads.h"

namespace fremdrift {
namespace {

using Clock = RecentReads::Clock;
using std::chrono::milliseconds;

RecentReads::Answer AnswerOf(Clock::time_point asked, const std::string& text) {
  return {asked, asked + milliseconds(1),
          std::make_shared<const std::vector<SqlRow>>(std::vector<SqlRow>{SqlRow({SqlValue(text)})})};
}

std::string TextOf(const std::optional<RecentReads::Answer>& answer) {
  return answer ? answer->rows->at(0).Text(0) : "(none)";
}

TEST(RecentReads, GivesTheEarliestAnswerAskedAtOrAfterTheMoment) {
  RecentReads recent;
  const Clock::time_point t0 = Clock::now();
  recent.Keep("q", AnswerOf(t0 + milliseconds(10), "b"));
  recent.Keep("q", AnswerOf(t0 + milliseconds(5), "a"));  // came back later, asked earlier
  recent.Keep("q", AnswerOf(t0 + milliseconds(20), "c"));
  EXPECT_EQ(TextOf(recent.Find("q", t0)), "a");
  EXPECT_EQ(TextOf(recent.Find("q", t0 + milliseconds(5))), "a");
  EXPECT_EQ(TextOf(recent.Find("q", t0 + milliseconds(6))), "b");
  EXPECT_EQ(TextOf(recent.Find("q", t0 + milliseconds(20))), "c");
  EXPECT_EQ(TextOf(recent.Find("q", t0 + milliseconds(21))), "(none)") << "nothing asked after it";
  EXPECT_EQ(TextOf(recent.Find("other", t0)), "(none)");
}

TEST(RecentReads, KeepsAFewAnswersOfAStatementForAShortWhile) {
  RecentReads recent;
  const Clock::time_point t0 = Clock::now();
  for (size_t i = 0; i < RecentReads::kAnswersPerStatement + 4; ++i) {
    recent.Keep("q", AnswerOf(t0 + milliseconds(i), std::to_string(i)));
  }
  EXPECT_EQ(TextOf(recent.Find("q", t0)), "4") << "the oldest four are gone";
  recent.Keep("q", AnswerOf(t0 + RecentReads::kKeptFor + milliseconds(100), "late"));
  EXPECT_EQ(TextOf(recent.Find("q", t0)), "late") << "answers long older than the newest are gone";
}

TEST(RecentReads, HoldsABoundedNumberOfStatements) {
  RecentReads recent;
  const Clock::time_point t0 = Clock::now();
  for (size_t i = 0; i < RecentReads::kMaxStatements; ++i) {
    recent.Keep("q" + std::to_string(i), AnswerOf(t0, "x"));
  }
  EXPECT_EQ(recent.statements(), RecentReads::kMaxStatements);
  // A new statement a while later: the old ones make room.
  recent.Keep("new", AnswerOf(t0 + RecentReads::kKeptFor + milliseconds(1), "y"));
  EXPECT_EQ(recent.statements(), 1u);
  EXPECT_EQ(TextOf(recent.Find("new", t0)), "y");
}

TEST(RecentReads, ForgetsStatementsNotAskedForAWhile) {
  RecentReads recent;
  const Clock::time_point t0 = Clock::now();
  recent.Keep("asked once", AnswerOf(t0, "x"));
  // Other statements keep coming for longer than an answer is kept.
  const Clock::time_point later = t0 + RecentReads::kKeptFor + milliseconds(1);
  for (size_t i = 0; i < RecentReads::kSweepEvery; ++i) recent.Keep("busy", AnswerOf(later, "y"));
  EXPECT_EQ(TextOf(recent.Find("asked once", t0)), "(none)");
  EXPECT_EQ(recent.statements(), 1u);
}

}  // namespace
}  // namespace fremdrift
