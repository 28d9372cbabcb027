#include "formats/health_app_register_files.h"

#include "formats/health_app_json.h"
#include "formats/series_csv.h"

namespace fremdrift {
namespace {

std::string Joined(const std::vector<std::string>& list) {
  std::string out;
  for (const auto& s : list) out += (out.empty() ? "" : "; ") + s;
  return out;
}

}  // namespace

nlohmann::ordered_json RegisterEntryToJson(const RegisterEntry& e) {
  OJson j = HealthAppToJson(e.app);
  j.erase("contact_name");
  j.erase("contact_email");
  j.erase("version");
  j["manufacturer_name"] = e.app.manufacturer_name;
  j["decision"] = {{"decision", DecisionKey(e.evaluation.decision)},
                   {"reason", e.evaluation.decision_reason},
                   {"decided_on", e.evaluation.decided_on},
                   {"app_version", e.evaluation.app_version}};
  j["catalogue"] = CatalogueLabel(e.catalogue);
  if (e.label) {
    OJson label = LabelGradesToJson(e.label->grades);
    label["checked_on"] = e.label->checked_on;
    label["valid_until"] = e.label->valid_until;
    label["due_for_reassessment"] = e.due_reason.empty() ? OJson(nullptr) : OJson(e.due_reason);
    j["label"] = label;
  } else {
    j["label"] = nullptr;
  }
  return j;
}

std::string RegisterCsv(const std::vector<RegisterEntry>& entries, const std::vector<std::string>& label_areas) {
  std::vector<std::string> head = {"key", "name", "manufacturer", "category_level", "platforms", "target_groups",
                                   "intended_users", "intended_use", "needs_approval", "decision", "decision_reason",
                                   "decided_on", "catalogue", "overall"};
  for (const auto& a : label_areas) head.push_back(a);
  for (const char* c : {"checked_on", "valid_until", "due_for_reassessment"}) head.push_back(c);
  std::string out;
  auto row = [&](const std::vector<std::string>& fields) {
    for (size_t i = 0; i < fields.size(); ++i) {
      if (i) out += ',';
      out += CsvField(fields[i], ',');
    }
    out += "\r\n";
  };
  row(head);
  for (const auto& e : entries) {
    std::vector<std::string> f = {e.app.key,
                                  e.app.name,
                                  e.app.manufacturer,
                                  e.app.category_level,
                                  Joined(e.app.platforms),
                                  Joined(e.app.target_groups),
                                  e.app.intended_users,
                                  e.app.intended_use,
                                  e.app.needs_approval ? "true" : "false",
                                  DecisionKey(e.evaluation.decision),
                                  e.evaluation.decision_reason,
                                  e.evaluation.decided_on,
                                  CatalogueLabel(e.catalogue),
                                  e.label ? e.label->grades.overall : ""};
    for (const auto& key : label_areas) {
      std::string grade;
      if (e.label) {
        for (const auto& a : e.label->grades.areas) {
          if (a.label_area == key) grade = a.grade;
        }
      }
      f.push_back(grade);
    }
    f.push_back(e.label ? e.label->checked_on : "");
    f.push_back(e.label ? e.label->valid_until : "");
    f.push_back(e.due_reason);
    row(f);
  }
  return out;
}

}  // namespace fremdrift
