#include "app/strategy_evaluations.h"

#include "formats/strategy_evaluation_json.h"
#include "storage/audit_log.h"
#include "storage/status_scale_store.h"
#include "storage/strategy_evaluation_store.h"

namespace fremdrift {

std::vector<ScaledEvaluation> EvaluationsOf(SqlConnection& conn, const Strategy& strategy) {
  std::vector<ScaledEvaluation> out;
  StatusScaleStore scales(conn);
  for (auto& e : StrategyEvaluationStore(conn).OfStrategy(strategy.key)) {
    // The scale is stored: the evaluation refers to it by a foreign key.
    StatusScaleRecord scale = scales.Find(e.status_scale).value_or(StatusScaleRecord{});
    out.push_back({std::move(e), std::move(scale)});
  }
  return out;
}

void ImportStrategyEvaluations(SqlConnection& conn, const nlohmann::json& list, const std::string& path,
                               const std::string& actor, std::vector<FieldProblem>& problems,
                               ImportSummary& summary) {
  if (!list.is_array()) {
    problems.push_back({path, "must be an array", "not_an_array", {}});
    return;
  }
  StrategyEvaluationStore store(conn);
  StatusScaleStore scales(conn);
  for (size_t i = 0; i < list.size(); ++i) {
    const std::string p = path + "[" + std::to_string(i) + "]";
    size_t before_count = problems.size();
    StrategyEvaluation e = StrategyEvaluationFromJson(list[i], p, problems);
    if (problems.size() != before_count) continue;
    auto scale = scales.Find(e.status_scale);
    if (!scale) {
      problems.push_back({p + ".status_scale", "no status scale '" + e.status_scale + "' (give it in the section status_scales)",
                          "not_a_status_scale", {{"scale", e.status_scale}}});
      continue;
    }
    for (auto problem : EvaluationAnswerProblems(e, *scale)) {
      problem.field = p + "." + problem.field;
      problems.push_back(std::move(problem));
    }
    if (problems.size() != before_count) continue;
    auto before = store.Find(e.strategy, e.key);
    if (before) {
      e.id = before->id;
      e.version = before->version;  // the bundle carries no version
    }
    if (before && *before == e) {
      ++summary.ignored;  // identical: nothing to write
      continue;
    }
    try {
      store.Upsert(e);
    } catch (const Failure& f) {
      problems.push_back({p + "." + f.field(), f.what(), f.rule(), f.params()});
      continue;
    }
    summary.CountRecord("strategy_evaluations", !before);
    AuditLog(conn).Append({.actor = actor,
                           .entity = "strategy_evaluation",
                           .entity_id = e.strategy + "/" + e.key,
                           .action = "import",
                           .before = before ? StrategyEvaluationToJson(*before).dump() : "",
                           .after = StrategyEvaluationToJson(*store.Find(e.strategy, e.key)).dump()});
  }
}

nlohmann::ordered_json ExportStrategyEvaluations(SqlConnection& conn) {
  nlohmann::ordered_json out = nlohmann::ordered_json::array();
  for (const auto& e : StrategyEvaluationStore(conn).List()) out.push_back(StrategyEvaluationToJson(e));
  return out;
}

}  // namespace fremdrift
