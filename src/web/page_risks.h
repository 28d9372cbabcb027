// The risk register's pages (docs/strategy-model.md, "Risks"), for
// signed-in users (a risk may concern an item of an unpublished strategy):
// GET /risikoer, the register with filters (state, level, owner, what it
// concerns), its table and the heat map with its data table; GET
// /risikoer/{key}, one risk with its history. The forms are in
// web/page_risk_edit.h.
#pragma once

#include "web/router.h"

namespace fremdrift {

void RegisterRiskPageRoutes(Router& router);

}  // namespace fremdrift
