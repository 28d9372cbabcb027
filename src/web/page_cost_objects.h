// The page of each cost-sharing object, public and read-only, each with its
// history from the audit log and, for admins, links to its forms:
//   /kostnadsdeling/losning/{key}          a national solution and its
//                                           yearly records
//   /kostnadsdeling/losning/{key}/{year}   one record: method, change,
//                                           base year, key or starting
//                                           shares, source, notes
//   /kostnadsdeling/gruppe/{key}           a cost group
// ?lagret=1 shows that a change was saved, ?slettet=1 (solution page) that
// a record was removed.
#pragma once

#include <string>

#include "domain/cost_sharing.h"
#include "web/router.h"

namespace fremdrift {

void RegisterCostObjectPages(Router& router);

// The record of `solution` in the year of path parameter "year", or
// kNotFound.
SolutionYear RecordInPath(RequestContext& ctx, const std::string& solution);

// The solution of path parameter "key", or kNotFound.
NationalSolution SolutionInPath(RequestContext& ctx);

}  // namespace fremdrift
