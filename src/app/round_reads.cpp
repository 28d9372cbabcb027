#include "app/round_reads.h"

#include "app/reporting_round.h"
#include "storage/period_store.h"
#include "storage/strategy_store.h"

namespace fremdrift {

RoundReads::RoundReads(SqlConnection& conn) : conn_(conn) {}

RoundReads::~RoundReads() = default;

const std::vector<Strategy>& RoundReads::Strategies() {
  if (!strategies_) strategies_ = StrategyStore(conn_).List(ListScope::kAll);
  return *strategies_;
}

const std::vector<ReportingPeriod>& RoundReads::Periods(int64_t strategy_id) {
  auto it = periods_.find(strategy_id);
  if (it == periods_.end()) it = periods_.emplace(strategy_id, PeriodStore(conn_).List(strategy_id)).first;
  return it->second;
}

std::shared_ptr<const RoundBasis> RoundReads::Basis(const Strategy& strategy) {
  auto it = bases_.find(strategy.id);
  if (it == bases_.end()) it = bases_.emplace(strategy.id, RoundBasisOf(conn_, strategy)).first;
  return it->second;
}

const std::vector<RoundTask>& RoundReads::TasksOf(const User& user) {
  auto it = tasks_.find(user.name);
  if (it == tasks_.end()) it = tasks_.emplace(user.name, TasksFor(*this, user)).first;
  return it->second;
}

}  // namespace fremdrift
