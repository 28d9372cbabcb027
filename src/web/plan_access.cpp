#include "web/plan_access.h"

#include "domain/failure.h"
#include "storage/plan_item_store.h"
#include "storage/strategy_store.h"

namespace fremdrift {

Strategy VisibleStrategy(SqlConnection& conn, const std::optional<User>& user,
                         const std::string& id_or_key) {
  StrategyStore store(conn);
  std::optional<Strategy> s;
  bool digits = !id_or_key.empty() && id_or_key.size() < 18 &&
                id_or_key.find_first_not_of("0123456789") == std::string::npos;
  s = digits ? store.FindById(std::stoll(id_or_key)) : store.FindByKey(id_or_key);
  if (!s || (!s->published && !user)) {
    throw Failure(FailureCode::kNotFound, "no strategy '" + id_or_key + "'", "strategy");
  }
  return *s;
}

std::vector<Strategy> VisibleStrategies(SqlConnection& conn,
                                        const std::optional<User>& user) {
  return StrategyStore(conn).List(user.has_value());
}

PlanItem VisibleItem(SqlConnection& conn, const std::optional<User>& user, int64_t id) {
  auto item = PlanItemStore(conn).FindById(id);
  if (item) {
    auto s = StrategyStore(conn).FindById(item->strategy_id);
    if (s && (s->published || user)) return *item;
  }
  throw Failure(FailureCode::kNotFound, "no plan item with id " + std::to_string(id));
}

}  // namespace fremdrift
