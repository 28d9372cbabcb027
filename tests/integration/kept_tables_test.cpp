// Reads of the seldom-written tables are answered across requests from
// memory, and never after another connection changed them
// (storage/kept_tables.h), on each engine.
#include <gtest/gtest.h>

#include "storage/kept_tables.h"
#include "storage/organisation_store.h"
#include "storage/request_query_memo.h"
#include "storage/user_store.h"
#include "support/engine_fixture.h"

namespace fremdrift {
namespace {

using testing::EngineTest;

class KeptTablesTest : public EngineTest {
 protected:
  void SetUp() override {
    EngineTest::SetUp();
    if (IsSkipped()) return;
    OrganisationStore(*conn_).Upsert({.short_name = "Hdir", .name = "Helsedirektoratet", .kind = "directorate"});
    user_id_ = UserStore(*conn_).Create({.name = "kari", .organisation = "Hdir", .role = Role::kEditor});
    UserStore(*conn_).AddToken(user_id_, "hash-of-karis-token");
  }

  // The token's user as one GET request of its own finds it; `kept` counts
  // the reads answered from what an earlier request read.
  std::optional<User> UserOfTokenInRequest(size_t* kept = nullptr) {
    RequestQueryMemo request(*conn_);
    auto user = UserStore(request).FindByTokenHash("hash-of-karis-token");
    if (kept) *kept = request.answered_from_kept_tables();
    return user;
  }

  int64_t user_id_ = 0;
};

TEST_P(KeptTablesTest, ALaterRequestGetsTheTokensUserFromMemory) {
  size_t kept = 0;
  ASSERT_TRUE(UserOfTokenInRequest(&kept));
  ASSERT_TRUE(UserOfTokenInRequest(&kept));
  EXPECT_EQ(kept, 1u);
}

TEST_P(KeptTablesTest, AChangedRoleIsSeenByTheNextRequest) {
  ASSERT_EQ(UserOfTokenInRequest()->role, Role::kEditor);
  auto other = db_->Connect();
  User user = *UserStore(*other).FindByName("kari");
  user.role = Role::kReader;
  UserStore(*other).Update(user);
  size_t kept = 1;
  EXPECT_EQ(UserOfTokenInRequest(&kept)->role, Role::kReader);
  EXPECT_EQ(kept, 0u);
}

TEST_P(KeptTablesTest, ADeletedUsersTokenNamesNobodyInTheNextRequest) {
  ASSERT_TRUE(UserOfTokenInRequest());
  auto other = db_->Connect();
  UserStore(*other).Delete(user_id_, std::nullopt);
  EXPECT_FALSE(UserOfTokenInRequest());
}

TEST_P(KeptTablesTest, AWriteInsideTheRequestIsSeenByItsLaterReads) {
  ASSERT_TRUE(UserOfTokenInRequest());
  RequestQueryMemo request(*conn_);
  ASSERT_TRUE(UserStore(request).FindByTokenHash("hash-of-karis-token"));
  request.BeginWrite();
  UserStore(request).Delete(user_id_, std::nullopt);
  request.Commit();
  EXPECT_FALSE(UserStore(request).FindByTokenHash("hash-of-karis-token"));
}

TEST_P(KeptTablesTest, ARenamedOrganisationIsSeenByTheNextRequest) {
  const auto name_in_request = [this] {
    RequestQueryMemo request(*conn_);
    return OrganisationStore(request).FindByShortName("Hdir")->name;
  };
  ASSERT_EQ(name_in_request(), "Helsedirektoratet");
  ASSERT_EQ(name_in_request(), "Helsedirektoratet");
  auto other = db_->Connect();
  Organisation org = *OrganisationStore(*other).FindByShortName("Hdir");
  org.name = "The Norwegian Directorate of Health";
  OrganisationStore(*other).Update(org);
  EXPECT_EQ(name_in_request(), "The Norwegian Directorate of Health");
}

TEST_P(KeptTablesTest, NothingIsKeptInsideATransaction) {
  ASSERT_TRUE(UserOfTokenInRequest());
  RequestQueryMemo request(*conn_);
  request.BeginWrite();
  ASSERT_TRUE(UserStore(request).FindByTokenHash("hash-of-karis-token"));
  request.Commit();
  EXPECT_EQ(request.answered_from_kept_tables(), 0u);
}

// Each kept table has the triggers that renew the stamp on every kind of
// write: a table kept without them would be served stale.
TEST_P(KeptTablesTest, EveryKeptTableRenewsTheStampOnEveryWrite) {
  for (std::string_view table : KeptTableNames()) {
    const std::string name(table);
    const auto rows =
        conn_->dialect() == SqlDialect::kSqlite
            ? conn_->Query("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = ? "
                           "AND name LIKE 'tables_stamp_%'",
                           {name})
            : conn_->Query("SELECT pg_get_triggerdef(t.oid) FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid "
                           "WHERE c.relname = ? AND t.tgname LIKE 'tables_stamp_%'",
                           {name});
    std::string definitions;
    for (const auto& r : rows) definitions += r.Text(0) + "\n";
    for (const char* event : {"INSERT", "UPDATE", "DELETE"}) {
      EXPECT_NE(definitions.find(event), std::string::npos) << name << " has no trigger on " << event;
    }
  }
}

INSTANTIATE_PER_ENGINE(KeptTablesTest);

}  // namespace
}  // namespace fremdrift
