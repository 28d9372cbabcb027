// A requirement catalogue for health apps ("Tryggere helseapper", NUIT sak
// 20/22): category levels, areas and sub-areas, requirements with text,
// guidance and best-practice links, the label areas the grades are shown
// for, and the grading rule, all as one version. A published version never
// changes; a change makes a new version (docs/health-apps.md).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "domain/failure.h"
#include "domain/health_app_grading.h"

namespace fremdrift {

// A text in Norwegian bokmål and, where we have written it, English.
struct LocalText {
  std::string nb;
  std::string en;
  // The text in `lang`, falling back to Norwegian.
  const std::string& In(const std::string& lang) const { return lang == "en" && !en.empty() ? en : nb; }
};

// A level of the source's categorisation ("Kategorisering av helseapper"),
// e.g. "Selvdeklarerer med kontroll" in the group "Lærings- og
// mestringsverktøy for selvhjelp". `criteria` are what the level asks
// ("CE-merket", "Inn i retningslinje?"). A level outside the scheme ("Fri
// bruk") can have no evaluation.
struct CategoryLevel {
  std::string key;
  LocalText group;
  LocalText name;
  std::vector<LocalText> criteria;
  bool in_scheme = true;
};

// An area of requirements ("Helsenytte") and its sub-areas.
struct RequirementArea {
  std::string key;
  LocalText name;
};
struct RequirementSubArea {
  std::string key;
  std::string area;
  LocalText name;
};

// One of the label's graded areas ("Healthy and safe", "Easy to use",
// "Secure data", "Robust build").
struct LabelArea {
  std::string key;
  LocalText name;
};

// One requirement. `levels` are the keys of the category levels it applies
// to; `label_area` the label area it counts toward.
struct Requirement {
  std::string key;
  std::string area;
  std::string sub_area;  // "" when the area has none
  LocalText text;
  LocalText guidance;
  std::vector<std::string> best_practice;  // links (https://...)
  std::vector<std::string> levels;
  std::string label_area;
};

enum class CatalogueStatus { kDraft, kPublished };

struct AppCatalogue {
  int64_t id = 0;
  std::string key;  // e.g. "tryggere-helseapper"
  int number = 1;   // the version number within the key, 1, 2, ...
  CatalogueStatus status = CatalogueStatus::kDraft;
  std::string published_on;  // YYYY-MM-DD once published
  LocalText title;
  std::vector<CategoryLevel> levels;
  std::vector<RequirementArea> areas;
  std::vector<RequirementSubArea> sub_areas;
  std::vector<LabelArea> label_areas;
  std::vector<Requirement> requirements;
  GradingRule grading;
  std::string source;  // the source document's citation
};

std::string CatalogueLabel(const AppCatalogue& c);  // "tryggere-helseapper v1"

const CategoryLevel* FindLevel(const AppCatalogue& c, const std::string& key);
const Requirement* FindRequirement(const AppCatalogue& c, const std::string& key);

// The requirements that apply to an app of category level `level`, in
// catalogue order.
std::vector<const Requirement*> ApplicableRequirements(const AppCatalogue& c, const std::string& level);

// Every broken rule of `c`: keys unique and slugs, each requirement's area,
// sub-area, levels and label area known, Norwegian texts present, links
// https, and a valid grading rule (ValidateGradingRule). Fields are named
// from `path` (e.g. "requirements[3].area").
std::vector<FieldProblem> ValidateCatalogue(const AppCatalogue& c, const std::string& path = "");

}  // namespace fremdrift
