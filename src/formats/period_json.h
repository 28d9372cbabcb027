// JSON forms of reporting periods, assessments and notes, shared by the
// API and the bundle (docs/bundle-format.md, "reporting_periods").
#pragma once

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "domain/assessment.h"
#include "domain/failure.h"
#include "domain/reporting_period.h"

namespace fremdrift {

nlohmann::ordered_json SubjectToJson(const Subject& s);
nlohmann::ordered_json AssessmentToJson(const Assessment& a);  // without ids and times
nlohmann::ordered_json NoteToJson(const PeriodNote& n);

// Reads a subject object; adds a problem at `path` when it is malformed.
Subject SubjectFromJson(const nlohmann::json& in, const std::string& path,
                        std::vector<FieldProblem>& problems);

// Reads the assessment fields present in `in` onto `a` (subject excluded).
void ApplyAssessmentFields(const nlohmann::json& in, Assessment& a, const std::string& path,
                           std::vector<FieldProblem>& problems);

PeriodNote NoteFromJson(const nlohmann::json& in, const std::string& path,
                        std::vector<FieldProblem>& problems);

}  // namespace fremdrift
