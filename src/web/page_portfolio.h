// The portfolio and versioned-roadmap pages (read-only):
//   GET /portefolje                          the portfolio overview
//   GET /portefolje/{key}                    one portfolio item
//   GET /veikart/versjoner                   the roadmap versions
//   GET /veikart/versjoner/{code}            one roadmap version
//   GET /veikart/sammenlign?fra=A&til=B      what changed from A to B
#pragma once

#include "web/router.h"

namespace fremdrift {

void RegisterPortfolioPageRoutes(Router& router);

}  // namespace fremdrift
