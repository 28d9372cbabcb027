#include "app/assessed_subject.h"

#include "storage/indicator_store.h"
#include "storage/plan_item_store.h"

namespace fremdrift {

std::string AssessedSubject::Label(const Strategy& strategy) const {
  if (item) return (item->code.empty() ? "" : item->code + " ") + item->title;
  if (indicator) return indicator->name;
  return strategy.name;
}

AssessedSubject ReadAssessedSubject(SqlConnection& conn, const Strategy& strategy, const Subject& subject) {
  AssessedSubject out{subject, std::nullopt, std::nullopt};
  if (subject.kind == SubjectKind::kItem) out.item = PlanItemStore(conn).FindByKey(strategy.id, subject.key);
  if (subject.kind == SubjectKind::kIndicator) out.indicator = IndicatorStore(conn).FindByCode(subject.key);
  return out;
}

}  // namespace fremdrift
