// The addresses of the cost-sharing pages and forms (the routes are in
// src/web/page_costs.cpp and the page_cost_*.cpp files; keep them in step):
//   /kostnadsdeling/{year}                          a year's table
//   /kostnadsdeling/losning/{key}                   a national solution
//   /kostnadsdeling/losning/{key}/rediger           its form (admins)
//   /kostnadsdeling/ny-losning                      a new solution (admins)
//   /kostnadsdeling/losning/{key}/{year}            its record for a year
//   /kostnadsdeling/losning/{key}/{year}/rediger    the record's form
//   /kostnadsdeling/losning/{key}/{year}/slett      removing the record
//   /kostnadsdeling/losning/{key}/nytt-ar           a new record
//   /kostnadsdeling/gruppe/{key}                    a cost group
//   /kostnadsdeling/gruppe/{key}/rediger            its form (admins)
//   /kostnadsdeling/ny-gruppe                       a new group (admins)
#pragma once

#include <string>

namespace fremdrift {

std::string CostYearUrl(int year);
std::string SolutionPageUrl(const std::string& key);
std::string SolutionEditUrl(const std::string& key);
std::string NewSolutionUrl();
std::string SolutionYearPageUrl(const std::string& key, int year);
std::string SolutionYearEditUrl(const std::string& key, int year);
std::string SolutionYearDeleteUrl(const std::string& key, int year);
std::string NewSolutionYearUrl(const std::string& key);
std::string CostGroupPageUrl(const std::string& key);
std::string CostGroupEditUrl(const std::string& key);
std::string NewCostGroupUrl();

}  // namespace fremdrift
