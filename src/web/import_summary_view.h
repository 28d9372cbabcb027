// The import summary (app/import_summary.h) as the browser shows it
// (templates/import_summary.mustache): what happened in words, the counts,
// and each conflict with its line, column and reason in a table — the same
// summary the API and the command line give.
#pragma once

#include <mstch/mstch.hpp>

#include "app/import_summary.h"
#include "render/i18n.h"

namespace fremdrift {

mstch::map ImportSummaryView(const ImportSummary& summary, const Catalogue& t);

}  // namespace fremdrift
