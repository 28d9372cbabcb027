#include "app/period_reads.h"

#include "storage/period_store.h"

namespace fremdrift {

bool SubjectSeen(Visibility& seen, const Subject& subject) {
  return subject.kind != SubjectKind::kIndicator || seen.IndicatorSeen(subject.key);
}

std::optional<Assessment> FindAssessment(SqlConnection& conn, const ReportingPeriod& period, const Subject& subject) {
  return PeriodStore(conn).FindAssessment(period.id, subject);
}

std::optional<Assessment> SeenAssessment(SqlConnection& conn, Visibility& seen, const ReportingPeriod& period,
                                         const Subject& subject) {
  auto a = FindAssessment(conn, period, subject);
  if (!a || !SubjectSeen(seen, subject)) return std::nullopt;
  return a;
}

std::vector<Assessment> SeenAssessments(SqlConnection& conn, Visibility& seen, const ReportingPeriod& period) {
  std::vector<Assessment> out;
  for (auto& a : PeriodStore(conn).Assessments(period.id)) {
    if (SubjectSeen(seen, a.subject)) out.push_back(std::move(a));
  }
  return out;
}

std::vector<PeriodNote> SeenNotes(SqlConnection& conn, Visibility& seen, const ReportingPeriod& period) {
  std::vector<PeriodNote> out;
  for (auto& n : PeriodStore(conn).Notes(period.id)) {
    if (SubjectSeen(seen, n.subject)) out.push_back(std::move(n));
  }
  return out;
}

}  // namespace fremdrift
