// Portfolio items, their links (programme, owner, plan items, indicators,
// dependencies) and their assessments per reporting period in the
// database. Keys in the model are resolved to ids here; an unknown key is
// kInvalid naming the field.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "domain/portfolio_assessment.h"
#include "domain/portfolio_item.h"
#include "storage/sql_connection.h"

namespace fremdrift {

class PortfolioStore {
 public:
  explicit PortfolioStore(SqlConnection& conn) : conn_(conn) {}

  // Every item, ordered by key.
  std::vector<PortfolioItem> List();
  std::optional<PortfolioItem> FindByKey(const std::string& key);

  // Inserts the item without its links; returns the id. Call WriteLinks
  // once every item it refers to exists.
  int64_t Insert(const PortfolioItem& item);
  // Updates the item (not its links) if its version is `item.version`
  // (kConflict otherwise, kNotFound when gone); bumps the version.
  void Update(const PortfolioItem& item);
  // Replaces the programme, plan item, indicator and dependency links of
  // the stored item `item.key`.
  void WriteLinks(const PortfolioItem& item);
  // Deletes the item if its version matches; kConflict while other items
  // depend on it or are part of it.
  void Delete(const std::string& key, int64_t expected_version);

  // The item's assessments with their periods, ordered by strategy and
  // period code.
  std::vector<PeriodAssessment> Assessments(int64_t item_id);
  // Every assessment of every item, ordered likewise.
  std::vector<PeriodAssessment> AllAssessments();
  std::optional<PortfolioAssessment> FindAssessment(int64_t item_id, int64_t period_id);
  // Inserts, or replaces the assessment of the same item and period when
  // `check_version` is false or its version is `a.version` (kConflict
  // otherwise). Returns the stored one.
  PortfolioAssessment SaveAssessment(const PortfolioAssessment& a, bool check_version);

 private:
  std::vector<PortfolioItem> Load(const std::string& where, const SqlParams& params);
  SqlConnection& conn_;
};

}  // namespace fremdrift
