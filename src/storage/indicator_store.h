// Indicator definitions in the database: targets, served plan items,
// dimension names and the labels of dimensions and their values.
#pragma once

#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "domain/indicator.h"
#include "domain/indicator_stamp.h"
#include "storage/list_scope.h"
#include "storage/sql_connection.h"

namespace fremdrift {

class IndicatorStore {
 public:
  explicit IndicatorStore(SqlConnection& conn) : conn_(conn) {}

  // All indicators, or only published ones, sorted by code.
  std::vector<Indicator> List(ListScope scope);
  // At most `limit` published indicators whose code sorts after
  // `after_code` ("" for the first), in code order: a batch of a large
  // list for a read that needs only the first few.
  std::vector<Indicator> ListPublishedAfter(const std::string& after_code, size_t limit);
  std::optional<Indicator> FindByCode(const std::string& code);
  // The indicators among `codes`, published or not, by code (unknown codes
  // are left out), completed together: FindByCode of many in a few queries.
  std::map<std::string, Indicator> FindByCodes(const std::set<std::string>& codes);
  std::optional<IndicatorStamp> Stamp(const std::string& code);
  // The stamps of the indicators among `codes`, published or not, by code
  // (unknown codes are left out), in one query: the parts of many ratios,
  // the indicators a list's ratios and parts name.
  std::map<std::string, IndicatorStamp> StampsOf(const std::set<std::string>& codes);

  // Inserts, or replaces the indicator with the same code (bumping its
  // version), with its targets, served items and dimension labels. Served
  // items must exist (kInvalid naming "serves").
  int64_t Upsert(const Indicator& indicator);

  // Takes the indicator for a change on behalf of a caller who read
  // `expected_version`: throws kConflict (field "version") when it has
  // changed since, kNotFound when it is gone. On PostgreSQL this locks the
  // row, so of two concurrent writers with the same version one fails.
  void ClaimVersion(int64_t id, int64_t expected_version);

  // Sets when the figures of indicator `code` last changed, as a bundle
  // gives it (Indicator::data_updated_at); nullopt for not known.
  void SetDataUpdatedAt(const std::string& code, const std::optional<std::string>& when);

  // Deletes the indicator with its targets, measurements and aggregates.
  void Delete(int64_t id);

  // What refers to the indicator `code` by code, in words ("indicator x
  // (numerator)", "2 assessments"); empty when nothing does.
  std::vector<std::string> ReferencesTo(const std::string& code);

  // Indicators that serve the plan item with this id.
  std::vector<Indicator> ServingItem(int64_t plan_item_id, ListScope scope);
  // Indicators that serve any of the plan items with these ids, each once,
  // in code order: one query however many items (a goal's report asks for
  // a goal and every item below it).
  std::vector<Indicator> ServingItems(const std::vector<int64_t>& plan_item_ids, ListScope scope);

  // The indicator's dimension names by position (1-based index - 1). In a
  // request that remembers its reads (storage/request_query_memo.h), from
  // DimensionsOf's kept names.
  std::vector<std::string> Dimensions(int64_t indicator_id);
  // The same for many indicators in one query, by indicator id (an
  // indicator without dimensions is left out). Outside a transaction the
  // names are kept in memory under each indicator's version
  // (KeptIndicatorDimensions, storage/kept_rows.h): only those of
  // indicators changed since are read.
  std::map<int64_t, std::vector<std::string>> DimensionsOf(const std::vector<int64_t>& indicator_ids);
  // The position (1..kMaxDimensions) of dimension `name`, adding it when new.
  // Throws kInvalid when the indicator already has kMaxDimensions.
  int DimensionPosition(int64_t indicator_id, const std::string& name);
  // The same, for a caller that has read the names (Dimensions) in its
  // transaction while holding the indicator: `names` are used instead of
  // reading them again, and a name added is appended to them.
  int DimensionPosition(int64_t indicator_id, const std::string& name, std::vector<std::string>& names);

 private:
  // Every indicator's stamp, code and data_updated_at in code order, with
  // the basis stamp, read in one statement (see ReadDirectory).
  struct DirectoryRow {
    IndicatorStamp stamp;
    std::string code;
    std::string data_updated_at;
  };
  struct Directory {
    int64_t basis_stamp = 0;
    std::vector<DirectoryRow> rows;
  };
  std::shared_ptr<const Directory> ReadDirectory();
  void Complete(std::vector<Indicator>& list);
  std::vector<Indicator> Load(const std::string& tail, const SqlParams& params,
                              const std::function<bool(const std::string& code)>& keep = nullptr,
                              const std::function<bool(const DirectoryRow&)>& listed = nullptr,
                              size_t limit = SIZE_MAX);
  void WriteDimensionLabels(int64_t id, const std::vector<DimensionLabels>& labels);
  // The items indicator `id` serves, in order; rewritten only when they differ.
  void WriteServes(int64_t id, const std::vector<ServedItem>& serves);
  SqlConnection& conn_;
};

}  // namespace fremdrift
