#include "storage/placeholder_rewrite.h"

#include <gtest/gtest.h>

namespace fremdrift {
namespace {

TEST(RewritePlaceholders, NumbersPlaceholdersInOrder) {
  EXPECT_EQ(RewritePlaceholders("SELECT a FROM t WHERE b = ? AND c > ?"),
            "SELECT a FROM t WHERE b = $1 AND c > $2");
}

TEST(RewritePlaceholders, LeavesSqlWithoutPlaceholdersUnchanged) {
  EXPECT_EQ(RewritePlaceholders(""), "");
  EXPECT_EQ(RewritePlaceholders("SELECT 1"), "SELECT 1");
}

TEST(RewritePlaceholders, CountsPastNine) {
  EXPECT_EQ(RewritePlaceholders("VALUES (?,?,?,?,?,?,?,?,?,?,?)"),
            "VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11)");
}

TEST(RewritePlaceholders, ReplacesAdjacentPlaceholders) {
  EXPECT_EQ(RewritePlaceholders("(?\?)"), "($1$2)");
}

TEST(RewritePlaceholders, SkipsQuestionMarkInStringLiteral) {
  EXPECT_EQ(RewritePlaceholders("SELECT 'what?', ?"), "SELECT 'what?', $1");
}

TEST(RewritePlaceholders, DoubledQuoteDoesNotEndStringLiteral) {
  EXPECT_EQ(RewritePlaceholders("SELECT 'it''s ? here', ?"),
            "SELECT 'it''s ? here', $1");
  EXPECT_EQ(RewritePlaceholders("SELECT '', ?"), "SELECT '', $1");
}

TEST(RewritePlaceholders, SkipsQuestionMarkInQuotedIdentifier) {
  EXPECT_EQ(RewritePlaceholders("SELECT \"why?\" FROM t WHERE \"a\"\"?\" = ?"),
            "SELECT \"why?\" FROM t WHERE \"a\"\"?\" = $1");
}

TEST(RewritePlaceholders, DoubleQuoteInsideStringLiteralIsText) {
  EXPECT_EQ(RewritePlaceholders("SELECT 'say \"hi?', ?, '?\"'"),
            "SELECT 'say \"hi?', $1, '?\"'");
}

TEST(RewritePlaceholders, SkipsQuestionMarkInComments) {
  EXPECT_EQ(RewritePlaceholders("SELECT ? -- why ?\n, ?"),
            "SELECT $1 -- why ?\n, $2");
  EXPECT_EQ(RewritePlaceholders("SELECT /* ? 'x */ ?"),
            "SELECT /* ? 'x */ $1");
}

TEST(RewritePlaceholders, MinusAndSlashAloneAreOperators) {
  EXPECT_EQ(RewritePlaceholders("SELECT ? - ?, ? / ?"),
            "SELECT $1 - $2, $3 / $4");
}

TEST(RewritePlaceholders, UnterminatedLiteralRunsToTheEnd) {
  EXPECT_EQ(RewritePlaceholders("SELECT ?, 'open ?"), "SELECT $1, 'open ?");
  EXPECT_EQ(RewritePlaceholders("SELECT ? /* open ?"), "SELECT $1 /* open ?");
  EXPECT_EQ(RewritePlaceholders("SELECT ? -- end ?"), "SELECT $1 -- end ?");
}

TEST(RewritePlaceholders, KeepsUtf8TextIntact) {
  EXPECT_EQ(RewritePlaceholders("SELECT 'blåbær?' || ?"),
            "SELECT 'blåbær?' || $1");
}

}  // namespace
}  // namespace fremdrift
