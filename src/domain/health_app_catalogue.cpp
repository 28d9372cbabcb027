#include "domain/health_app_catalogue.h"

#include <algorithm>
#include <set>

#include "domain/portfolio_rules.h"

namespace fremdrift {

std::string CatalogueLabel(const AppCatalogue& c) { return c.key + " v" + std::to_string(c.number); }

const CategoryLevel* FindLevel(const AppCatalogue& c, const std::string& key) {
  for (const auto& l : c.levels) {
    if (l.key == key) return &l;
  }
  return nullptr;
}

const Requirement* FindRequirement(const AppCatalogue& c, const std::string& key) {
  for (const auto& r : c.requirements) {
    if (r.key == key) return &r;
  }
  return nullptr;
}

std::vector<const Requirement*> ApplicableRequirements(const AppCatalogue& c, const std::string& level) {
  std::vector<const Requirement*> out;
  for (const auto& r : c.requirements) {
    if (std::find(r.levels.begin(), r.levels.end(), level) != r.levels.end()) out.push_back(&r);
  }
  return out;
}

namespace {

template <typename T>
bool Known(const std::vector<T>& list, const std::string& key) {
  return std::any_of(list.begin(), list.end(), [&](const T& x) { return x.key == key; });
}

template <typename T>
void CheckKeys(const std::vector<T>& list, const std::string& path, std::vector<FieldProblem>& out) {
  std::set<std::string> seen;
  for (size_t i = 0; i < list.size(); ++i) {
    std::string field = path + "[" + std::to_string(i) + "].key";
    if (!IsSlug(list[i].key)) {
      out.push_back({field, "must be a key of lower-case letters, digits and hyphens", "not_a_slug", {}});
    } else if (!seen.insert(list[i].key).second) {
      out.push_back({field, "'" + list[i].key + "' is given twice", "duplicate_key", {{"key", list[i].key}}});
    }
    if (list[i].name.nb.empty()) {
      out.push_back({path + "[" + std::to_string(i) + "].name", "is required", "required", {}});
    }
  }
}

}  // namespace

std::vector<FieldProblem> ValidateCatalogue(const AppCatalogue& c, const std::string& path) {
  std::vector<FieldProblem> out;
  if (!IsSlug(c.key)) out.push_back({path + "key", "must be a slug", "not_a_slug", {}});
  if (c.number < 1) out.push_back({path + "number", "must be 1 or more", "ha_number_from_one", {}});
  if (c.title.nb.empty()) out.push_back({path + "title", "is required", "required", {}});
  CheckKeys(c.levels, path + "levels", out);
  CheckKeys(c.areas, path + "areas", out);
  CheckKeys(c.sub_areas, path + "sub_areas", out);
  CheckKeys(c.label_areas, path + "label_areas", out);
  for (size_t i = 0; i < c.sub_areas.size(); ++i) {
    if (!Known(c.areas, c.sub_areas[i].area)) {
      out.push_back({path + "sub_areas[" + std::to_string(i) + "].area", "is not an area of the catalogue",
                     "ha_unknown_key", {{"key", c.sub_areas[i].area}}});
    }
  }
  std::set<std::string> seen;
  for (size_t i = 0; i < c.requirements.size(); ++i) {
    const Requirement& r = c.requirements[i];
    std::string p = path + "requirements[" + std::to_string(i) + "].";
    if (!IsSlug(r.key)) {
      out.push_back({p + "key", "must be a slug", "not_a_slug", {}});
    } else if (!seen.insert(r.key).second) {
      out.push_back({p + "key", "'" + r.key + "' is given twice", "duplicate_key", {{"key", r.key}}});
    }
    if (r.text.nb.empty()) out.push_back({p + "text", "is required", "required", {}});
    if (!Known(c.areas, r.area)) out.push_back({p + "area", "is not an area of the catalogue", "ha_unknown_key", {{"key", r.area}}});
    if (!r.sub_area.empty()) {
      auto sub = std::find_if(c.sub_areas.begin(), c.sub_areas.end(),
                              [&](const RequirementSubArea& s) { return s.key == r.sub_area; });
      if (sub == c.sub_areas.end() || sub->area != r.area) {
        out.push_back({p + "sub_area", "is not a sub-area of the requirement's area", "ha_unknown_key", {{"key", r.sub_area}}});
      }
    }
    if (!Known(c.label_areas, r.label_area)) {
      out.push_back({p + "label_area", "is not a label area of the catalogue", "ha_unknown_key", {{"key", r.label_area}}});
    }
    if (r.levels.empty()) out.push_back({p + "levels", "must name at least one category level", "required", {}});
    for (const auto& l : r.levels) {
      const CategoryLevel* level = FindLevel(c, l);
      if (!level || !level->in_scheme) {
        out.push_back({p + "levels", "'" + l + "' is not a category level in the scheme", "ha_unknown_key", {{"key", l}}});
      }
    }
    for (const auto& link : r.best_practice) {
      if (link.rfind("https://", 0) != 0) {
        out.push_back({p + "best_practice", "links must start with https://", "not_a_link", {}});
      }
    }
  }
  for (auto& p : ValidateGradingRule(c.grading, path + "grading.")) out.push_back(p);
  return out;
}

}  // namespace fremdrift
