// The reporting round's reads that several parts of one request need: the
// task page lists the tasks, the page header counts them, and the narrative
// tasks walk the same strategies and periods. A RoundReads reads each of
// the strategies, a strategy's periods, its round basis and a user's tasks
// once and keeps them, so a page asks the database once for each instead of
// once per part (on PostgreSQL each question is a round trip).
//
// It lives for one request and is never shared between requests. What it
// has read it keeps: a request that changes the round reads through it only
// after its change, or not at all.
#pragma once

#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "app/expected_report_basis.h"
#include "domain/reporting_period.h"
#include "domain/strategy.h"
#include "domain/user.h"
#include "storage/sql_connection.h"

namespace fremdrift {

struct RoundTask;

class RoundReads {
 public:
  explicit RoundReads(SqlConnection& conn);
  ~RoundReads();
  RoundReads(const RoundReads&) = delete;
  RoundReads& operator=(const RoundReads&) = delete;

  SqlConnection& conn() { return conn_; }

  // Every strategy, published or not (ListScope::kAll).
  const std::vector<Strategy>& Strategies();
  // The periods of the strategy with id `strategy_id`, by code.
  const std::vector<ReportingPeriod>& Periods(int64_t strategy_id);
  // The strategy's round basis (app/expected_report_basis.h).
  std::shared_ptr<const RoundBasis> Basis(const Strategy& strategy);
  // TasksFor(*this, user), read once per user name.
  const std::vector<RoundTask>& TasksOf(const User& user);

 private:
  SqlConnection& conn_;
  std::optional<std::vector<Strategy>> strategies_;
  std::map<int64_t, std::vector<ReportingPeriod>> periods_;
  std::map<int64_t, std::shared_ptr<const RoundBasis>> bases_;
  std::map<std::string, std::vector<RoundTask>> tasks_;
};

}  // namespace fremdrift
