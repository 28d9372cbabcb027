// The public register of health apps as files to download
// (/helseapper.csv, /helseapper.json; docs/health-apps.md, "Downloads"):
// one row or object per register entry with the app, the decision and, when
// awarded, the label's grades per label area.
#pragma once

#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "domain/health_app_register.h"

namespace fremdrift {

// One register entry as JSON: the app's public fields, "decision"
// {state, decision, reason, decided_on}, "catalogue" ("key vN") and
// "label" ({overall, areas [{label_area, grade, met, counted}], checked_on,
// valid_until, due_for_reassessment} or null).
nlohmann::ordered_json RegisterEntryToJson(const RegisterEntry& e);

// The CSV (RFC 4180, comma, CRLF, UTF-8, cells that could start a formula
// quoted as in formats/series_csv.h) with the columns key, name,
// manufacturer, category_level, platforms, target_groups, intended_users,
// intended_use, needs_approval, decision, decision_reason, decided_on,
// catalogue, overall, one column per label area of `label_areas` (grades),
// checked_on, valid_until, due_for_reassessment.
std::string RegisterCsv(const std::vector<RegisterEntry>& entries, const std::vector<std::string>& label_areas);

}  // namespace fremdrift
