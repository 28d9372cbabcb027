#include "support/engine_fixture.h"

#include "app/bundle.h"
#include "formats/bundle_files.h"
#include "storage/migrations.h"

namespace fremdrift::testing {

std::string DemoDir() { return std::string(FREMDRIFT_SOURCE_DIR) + "/data/demo"; }

void EngineTest::SetUp() {
  PerEngineTest::SetUp();
  if (IsSkipped()) return;
  db_ = std::make_unique<TempDatabase>(GetParam());
  if (!MigratedDatabase()) return;
  conn_ = db_->Connect();
  Migrate(*conn_);
}

ImportSummary EngineTest::ImportDemo() {
  return ImportBundle(*conn_, ReadBundleFiles(DemoDir()), "test");
}

}  // namespace fremdrift::testing
