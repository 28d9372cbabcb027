// Fuzzes the readers of API JSON bodies (src/formats/*_json.cpp) as the
// handlers use them: the body is parsed as JsonBody does (ParseJsonInput),
// then handed to every reader and the domain checks that follow it. A reader must only
// report problems (fields named under the path it was given), never throw
// or crash, whatever the JSON; the checks likewise.
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "domain/cost_sharing_rules.h"
#include "domain/failure.h"
#include "domain/governance_rules.h"
#include "domain/indicator_rules.h"
#include "domain/plan_item_rules.h"
#include "domain/portfolio_rules.h"
#include "domain/roadmap_version.h"
#include "formats/cost_json.h"
#include "formats/governance_json.h"
#include "formats/indicator_json.h"
#include "formats/json_input.h"
#include "formats/measurement_json.h"
#include "formats/period_json.h"
#include "formats/plan_json.h"
#include "formats/portfolio_json.h"
#include "formats/roadmap_json.h"

namespace {

using fremdrift::FieldProblem;

// Every problem names a field under `path`, with a message; the output
// written back must be dumpable JSON (the API answers with it).
void CheckProblems(const std::vector<FieldProblem>& problems, const std::string& path) {
  for (const auto& p : problems) {
    // "x." for members, "x" for the object itself.
    std::string prefix = path.empty() ? "" : path.substr(0, path.size() - 1);
    if (p.message.empty() || p.field.rfind(prefix, 0) != 0) {
      std::fprintf(stderr, "bad problem: field '%s' (path '%s'): '%s'\n", p.field.c_str(),
                   path.c_str(), p.message.c_str());
      std::abort();
    }
  }
}

template <typename J>
void CheckDumps(const J& json) {
  (void)json.dump();  // throws (and fails the run) on anything not UTF-8
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  nlohmann::json in;
  try {
    in = fremdrift::ParseJsonInput(std::string_view(reinterpret_cast<const char*>(data), size),
                                   "the body");
  } catch (const fremdrift::Failure& f) {
    // JsonBody answers 400 naming the body.
    if (f.code() != fremdrift::FailureCode::kInvalid || f.field() != "$") std::abort();
    return 0;
  }
  // Readers are given objects (the handlers check that first) and also
  // each member of an array, as in bulk bodies and bundles.
  std::vector<const nlohmann::json*> docs = {&in};
  if (in.is_array()) {
    for (const auto& e : in) docs.push_back(&e);
  }
  const std::string path = "x.";
  for (const nlohmann::json* doc : docs) {
    {
      std::vector<FieldProblem> problems;
      fremdrift::Measurement m = fremdrift::MeasurementFromJson(*doc, {"version"}, problems);
      CheckProblems(problems, "");
      CheckDumps(fremdrift::MeasurementApiJson(m, 1));
      fremdrift::MeasuredIndicator indicator;
      indicator.code = m.indicator;
      CheckProblems(fremdrift::ValidateMeasurement(m, indicator, {"kjonn"}), "");
    }
    {
      std::vector<FieldProblem> problems;
      fremdrift::Indicator i = fremdrift::IndicatorFromJson(*doc, path, problems);
      CheckProblems(problems, path);
      CheckDumps(fremdrift::IndicatorToJson(i));
      CheckProblems(fremdrift::ValidateIndicator(i), "");
    }
    {
      std::vector<FieldProblem> problems;
      fremdrift::PlanItem item;
      fremdrift::ApplyPlanItemFields(*doc, item, path, {"parent", "version"}, problems);
      CheckProblems(problems, path);
      CheckDumps(fremdrift::PlanItemFieldsToJson(item));
      fremdrift::Strategy strategy;
      strategy.level_names = {"Mål", "Tiltak"};
      fremdrift::PlanItem parent;
      parent.level = 1;
      CheckProblems(fremdrift::ValidatePlanItem(item, strategy, nullptr, fremdrift::DefaultPhaseScale()), "");
      CheckProblems(fremdrift::ValidatePlanItem(item, strategy, &parent, fremdrift::DefaultPhaseScale()), "");
    }
    {
      std::vector<FieldProblem> problems;
      fremdrift::Subject subject = fremdrift::SubjectFromJson(*doc, path, problems);
      fremdrift::Assessment a;
      fremdrift::ApplyAssessmentFields(*doc, a, path, problems);
      fremdrift::PeriodNote note = fremdrift::NoteFromJson(*doc, path, problems);
      CheckProblems(problems, path);
      CheckDumps(fremdrift::SubjectToJson(subject));
      CheckDumps(fremdrift::AssessmentToJson(a));
      CheckDumps(fremdrift::NoteToJson(note));
    }
    {
      std::vector<FieldProblem> problems;
      fremdrift::PortfolioItem item;
      fremdrift::ApplyPortfolioItemFields(*doc, item, path, {"version"}, problems);
      fremdrift::PortfolioAssessment a;
      fremdrift::ApplyPortfolioAssessmentFields(*doc, a, path, problems);
      CheckProblems(problems, path);
      CheckDumps(fremdrift::PortfolioItemToJson(item));
      CheckDumps(fremdrift::PortfolioAssessmentToJson(a));
      CheckProblems(fremdrift::ValidatePortfolioItem(item, nullptr), "");
      CheckProblems(fremdrift::ValidatePortfolioItem(item, &item), "");
    }
    {
      std::vector<FieldProblem> problems;
      fremdrift::RoadmapVersion v = fremdrift::RoadmapVersionFromJson(*doc, path, {"version"}, problems);
      CheckProblems(problems, path);
      CheckDumps(fremdrift::RoadmapVersionToJson(v));
      CheckProblems(fremdrift::ValidateRoadmapVersion(v), "");
    }
    {
      std::vector<FieldProblem> problems;
      fremdrift::SolutionYear year;
      fremdrift::SolutionYearFromJson(*doc, year, path, {"version"}, problems);
      fremdrift::CostGroup group = fremdrift::CostGroupFromJson(*doc, path, problems);
      fremdrift::NationalSolution solution;
      fremdrift::NationalSolutionFromJson(*doc, solution, path, {"version"}, problems);
      CheckProblems(problems, path);
      CheckDumps(fremdrift::SolutionYearToJson(year));
      CheckDumps(fremdrift::CostGroupToJson(group));
      CheckDumps(fremdrift::NationalSolutionToJson(solution));
      CheckProblems(fremdrift::SolutionYearProblems(year, {"rhf", "kommune"}), "");
      CheckProblems(fremdrift::SolutionChainProblems({year}), "");
      CheckProblems(fremdrift::CostGroupProblems(group), "");
      CheckProblems(fremdrift::NationalSolutionProblems(solution), "");
    }
    {
      std::vector<FieldProblem> problems;
      fremdrift::Body body;
      fremdrift::ApplyBodyFields(*doc, body, path, {"version"}, problems);
      fremdrift::Meeting meeting;
      fremdrift::ApplyMeetingFields(*doc, meeting, path, {"body", "version"}, problems);
      fremdrift::Case c;
      fremdrift::ApplyCaseFields(*doc, c, path, {"meeting", "version"}, problems);
      CheckProblems(problems, path);
      CheckDumps(fremdrift::BodyFieldsToJson(body));
      CheckDumps(fremdrift::MeetingFieldsToJson(meeting));
      CheckDumps(fremdrift::CaseFieldsToJson(c));
      CheckProblems(fremdrift::ValidateBody(body), "");
      CheckProblems(fremdrift::ValidateMeeting(meeting), "");
      CheckProblems(fremdrift::ValidateCase(c, body, meeting, &meeting), "");
    }
  }
  return 0;
}
