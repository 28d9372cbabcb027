#include "storage/app_label_store.h"

#include "domain/failure.h"

namespace fremdrift {

std::vector<HealthAppLabel> AppLabelStore::Select(const std::string& where, const SqlParams& params) {
  std::vector<HealthAppLabel> out;
  for (const auto& r : conn_.Query(
           "SELECT l.id, l.app_id, l.evaluation_id, l.app_version, e.catalogue_id, l.overall, l.checked_on, "
           "l.valid_until, l.reassessment_reason FROM app_labels l "
           "JOIN app_evaluations e ON e.id = l.evaluation_id " + where + " ORDER BY l.id DESC",
           params)) {
    HealthAppLabel l;
    l.id = r.Int(0);
    l.app_id = r.Int(1);
    l.evaluation_id = r.Int(2);
    l.app_version = r.Text(3);
    l.catalogue_id = r.Int(4);
    l.grades.overall = r.Text(5);
    l.checked_on = r.Text(6);
    l.valid_until = r.Text(7);
    l.reassessment_reason = r.Text(8);
    out.push_back(std::move(l));
  }
  for (auto& l : out) {
    for (const auto& r : conn_.Query("SELECT label_area, met, counted, grade FROM app_label_grades "
                                     "WHERE label_id = ? ORDER BY position",
                                     {l.id})) {
      l.grades.areas.push_back({r.Text(0), static_cast<int>(r.Int(1)), static_cast<int>(r.Int(2)), r.Text(3)});
    }
  }
  return out;
}

std::vector<HealthAppLabel> AppLabelStore::List() { return Select("", {}); }

std::optional<HealthAppLabel> AppLabelStore::LatestFor(int64_t app_id) {
  auto found = Select("WHERE l.app_id = ?", {app_id});
  if (found.empty()) return std::nullopt;
  return found[0];
}

int64_t AppLabelStore::Insert(const HealthAppLabel& l) {
  int64_t id = conn_
                   .Query("INSERT INTO app_labels (app_id, evaluation_id, app_version, overall, checked_on, "
                          "valid_until, reassessment_reason) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id",
                          {l.app_id, l.evaluation_id, l.app_version, l.grades.overall, l.checked_on, l.valid_until,
                           l.reassessment_reason})
                   .at(0)
                   .Int(0);
  int64_t position = 0;
  for (const auto& a : l.grades.areas) {
    conn_.Execute("INSERT INTO app_label_grades (label_id, position, label_area, met, counted, grade) "
                  "VALUES (?, ?, ?, ?, ?, ?)",
                  {id, position++, a.label_area, static_cast<int64_t>(a.met), static_cast<int64_t>(a.counted), a.grade});
  }
  return id;
}

void AppLabelStore::SetReassessmentReason(int64_t id, const std::string& reason) {
  if (conn_.Execute("UPDATE app_labels SET reassessment_reason = ? WHERE id = ?", {reason, id}) == 0) {
    throw Failure(FailureCode::kNotFound, "no label with id " + std::to_string(id));
  }
}

}  // namespace fremdrift
