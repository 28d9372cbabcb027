// The public pages of the health-app register (docs/health-apps.md):
// /helseapper, the list with its filters, and /helseapper/{key}, one app
// with its label, facts, decision and the evaluation summary per area.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include <mstch/mstch.hpp>

#include "domain/health_app_register.h"
#include "render/i18n.h"

namespace fremdrift {

// Keys: filter_form, rows [{name, url, manufacturer, level, platforms,
// status, is_awarded, overall, reason, has_reason, checked}], has_rows,
// grading_note, has_catalogue, catalogue, csv_url, json_url.
// `all` are every entry (for the filter's choices), `shown` those that
// match `f`; `newest` the newest catalogue version (its levels, label areas
// and grading rule); `query` the page's query string for the downloads.
mstch::map HealthAppRegisterView(const std::vector<RegisterEntry>& all, const std::vector<RegisterEntry>& shown,
                                 const RegisterFilter& f, const std::optional<AppCatalogue>& newest,
                                 const std::string& query, const Catalogue& t);

// Keys: name, label_svg, has_label, facts..., decision_text, reason,
// areas [{name, requirements [{key, text, status_text, met}]}], catalogue,
// grading_note, checked, valid_until, due_text, has_due.
mstch::map HealthAppPageView(const RegisterEntry& e, const Catalogue& t);

// The grading rule of `c` in words in the reader's language.
std::string GradingNote(const AppCatalogue& c, const Catalogue& t);

// The name of category level `key` of `c` in the reader's language.
std::string LevelName(const AppCatalogue& c, const std::string& key, const Catalogue& t);

}  // namespace fremdrift
