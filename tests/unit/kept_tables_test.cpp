// Which statements read only the seldom-written tables and may be kept
// across requests (storage/kept_tables.h). A statement wrongly kept would
// be served stale, so the reader is tested on what it must refuse.
#include "storage/kept_tables.h"

#include <gtest/gtest.h>

namespace fremdrift {
namespace {

TEST(ReadsOnlyKeptTables, KeepsReadsOfKeptTablesWithJoinsAndAliases) {
  EXPECT_TRUE(ReadsOnlyKeptTables("SELECT id, key FROM strategies WHERE key = ?"));
  EXPECT_TRUE(ReadsOnlyKeptTables(
      "SELECT u.id, u.name, o.short_name FROM users u JOIN organisations o ON o.id = u.organisation_id "
      "JOIN api_tokens t ON t.user_id = u.id WHERE t.token_hash = $1"));
  EXPECT_TRUE(ReadsOnlyKeptTables(
      "SELECT b.id, COALESCE(o.short_name, '') FROM bodies b LEFT JOIN organisations o ON o.id = b.secretariat_id  "
      "ORDER BY b.key"));
  EXPECT_TRUE(ReadsOnlyKeptTables("select count(*) from cases as c, meetings m where c.meeting_id = m.id"));
  EXPECT_TRUE(ReadsOnlyKeptTables(
      "SELECT id FROM assessments WHERE period_id = ? AND (subject_kind = 'strategy' OR subject_key IN (?, ?))"));
  EXPECT_TRUE(ReadsOnlyKeptTables(
      "SELECT id FROM strategies WHERE id IN (SELECT strategy_id FROM reporting_periods WHERE state = 'open')"));
}

TEST(ReadsOnlyKeptTables, RefusesAnyOtherTableWhereverItIsNamed) {
  EXPECT_FALSE(ReadsOnlyKeptTables("SELECT id FROM plan_items WHERE strategy_id = ?"));
  EXPECT_FALSE(ReadsOnlyKeptTables("SELECT s.id FROM strategies s JOIN plan_items p ON p.strategy_id = s.id"));
  EXPECT_FALSE(ReadsOnlyKeptTables("SELECT s.id FROM strategies s, indicators i WHERE i.id = s.id"));
  EXPECT_FALSE(ReadsOnlyKeptTables(
      "SELECT id FROM strategies WHERE EXISTS (SELECT 1 FROM plan_items WHERE strategy_id = strategies.id)"));
  EXPECT_FALSE(ReadsOnlyKeptTables("SELECT (SELECT stamp FROM round_basis WHERE id = 1), id FROM strategies"));
  EXPECT_FALSE(ReadsOnlyKeptTables("SELECT tables_stamp FROM round_basis WHERE id = 1"));
  EXPECT_FALSE(ReadsOnlyKeptTables("SELECT value FROM json_each(?)"));
  EXPECT_FALSE(ReadsOnlyKeptTables("SELECT id FROM public.strategies"));
  EXPECT_FALSE(ReadsOnlyKeptTables("SELECT id FROM \"plan_items\""));
}

TEST(ReadsOnlyKeptTables, RefusesWhatChangesWithoutAWrite) {
  EXPECT_FALSE(ReadsOnlyKeptTables("SELECT id FROM users WHERE created_at < CURRENT_TIMESTAMP"));
  EXPECT_FALSE(ReadsOnlyKeptTables("SELECT id, random() FROM users"));
  EXPECT_FALSE(ReadsOnlyKeptTables("SELECT id FROM users WHERE created_at < now()"));
  EXPECT_FALSE(ReadsOnlyKeptTables("SELECT id FROM meetings WHERE meeting_date > date('now')"));
  EXPECT_FALSE(ReadsOnlyKeptTables("SELECT nextval('s') FROM users"));
}

TEST(ReadsOnlyKeptTables, RefusesWritesLocksAndWhatItCannotRead) {
  EXPECT_FALSE(ReadsOnlyKeptTables("UPDATE users SET role = 'admin'"));
  EXPECT_FALSE(ReadsOnlyKeptTables("INSERT INTO users (name) VALUES (?) RETURNING id"));
  EXPECT_FALSE(ReadsOnlyKeptTables("DELETE FROM users WHERE id = ?"));
  EXPECT_FALSE(ReadsOnlyKeptTables("SELECT id FROM users WHERE id = ? FOR UPDATE"));
  EXPECT_FALSE(ReadsOnlyKeptTables("WITH s AS (SELECT id FROM users) SELECT id FROM s"));
  EXPECT_FALSE(ReadsOnlyKeptTables("SELECT id FROM users -- a comment"));
  EXPECT_FALSE(ReadsOnlyKeptTables("SELECT id FROM users; DELETE FROM users"));
  EXPECT_FALSE(ReadsOnlyKeptTables("SELECT 'unterminated FROM users"));
  EXPECT_FALSE(ReadsOnlyKeptTables("SELECT 1"));
  EXPECT_FALSE(ReadsOnlyKeptTables(""));
}

TEST(ReadsOnlyKeptTables, ReadsQuotedTextAsText) {
  EXPECT_TRUE(ReadsOnlyKeptTables("SELECT id FROM cases WHERE title = 'from plan_items; now()' AND id = 'it''s'"));
}

}  // namespace
}  // namespace fremdrift
