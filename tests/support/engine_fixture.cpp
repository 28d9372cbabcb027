#include "support/engine_fixture.h"

#include "app/bundle.h"
#include "formats/bundle_files.h"
#include "storage/migrations.h"

namespace fremdrift::testing {

void EngineTest::SetUp() {
  PerEngineTest::SetUp();
  if (IsSkipped()) return;
  if (!MigratedDatabase()) {
    db_ = std::make_unique<TempDatabase>(GetParam());
    return;
  }
  db_ = std::make_unique<TempDatabase>(GetParam(), Contents::kMigrated);
  conn_ = db_->Connect();
  Migrate(*conn_);  // applies nothing: the copy is of a migrated database
}

ImportSummary EngineTest::ImportDemo() {
  return ImportBundle(*conn_, ReadBundleFiles(DemoDir()), "test");
}

}  // namespace fremdrift::testing
