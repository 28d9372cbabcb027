#include "domain/status_scale.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <set>

#include "domain/scale_key.h"
#include "domain/status_scale_catalogue.h"

namespace fremdrift {
namespace {

constexpr std::pair<StatusShape, std::string_view> kShapes[] = {
    {StatusShape::kCircle, "circle"},     {StatusShape::kDiamond, "diamond"},
    {StatusShape::kTriangle, "triangle"}, {StatusShape::kTriangleDown, "triangle_down"},
    {StatusShape::kSquare, "square"}};

bool IsColour(std::string_view c) {
  return c.size() == 7 && c[0] == '#' &&
         std::all_of(c.begin() + 1, c.end(), [](char x) { return std::isxdigit(static_cast<unsigned char>(x)); });
}

}  // namespace

std::string_view StatusShapeKey(StatusShape s) {
  for (const auto& [shape, key] : kShapes) {
    if (shape == s) return key;
  }
  return "circle";
}

std::optional<StatusShape> StatusShapeFromKey(std::string_view key) {
  for (const auto& [shape, k] : kShapes) {
    if (k == key) return shape;
  }
  return std::nullopt;
}

std::vector<FieldProblem> StatusScaleProblems(const StatusScaleRecord& r) {
  std::vector<FieldProblem> out;
  if (r.key.empty()) {
    out.push_back({"key", "is required", "required", {}});
  } else if (!IsScaleKey(r.key)) {
    out.push_back({"key", kScaleKeyRule, "not_a_scale_key", {}});
  }
  if (r.name_nb.empty()) out.push_back({"name_nb", "is required", "required", {}});
  if (r.levels.empty()) out.push_back({"levels", "must have at least one level", "required", {}});
  std::set<std::string> seen;
  for (size_t i = 0; i < r.levels.size(); ++i) {
    const StatusLevel& l = r.levels[i];
    std::string p = "levels[" + std::to_string(i) + "].";
    if (l.key.empty() || l.key == kNotAssessed || l.key == kNoDataYet) {
      out.push_back({p + "key", "must be a key other than not_assessed and no_data", "required", {}});
    } else if (!IsScaleKey(l.key)) {
      out.push_back({p + "key", kScaleKeyRule, "not_a_scale_key", {}});
    } else if (!seen.insert(l.key).second) {
      out.push_back({p + "key", "'" + l.key + "' appears twice on the scale", "duplicate", {}});
    }
    if (l.name_nb.empty()) out.push_back({p + "name_nb", "is required", "required", {}});
    if (l.name_en.empty()) out.push_back({p + "name_en", "is required", "required", {}});
    if (!IsColour(l.colour)) out.push_back({p + "colour", "must be a colour #rrggbb", "not_a_colour", {}});
  }
  return out;
}

std::vector<std::string> StatusesOffScale(const StatusScaleRecord& record,
                                          const std::vector<std::string>& used) {
  std::vector<std::string> out;
  for (const auto& status : used) {
    if (status.empty() || status == kNotAssessed || status == kNoDataYet) continue;
    bool on = std::any_of(record.levels.begin(), record.levels.end(),
                          [&](const StatusLevel& l) { return l.key == status; });
    if (!on && std::find(out.begin(), out.end(), status) == out.end()) out.push_back(status);
  }
  return out;
}

std::optional<StatusScale> StatusScale::Named(std::string_view key) {
  for (const auto& r : StatusScaleRecords()) {
    if (r.key == key) return FromRecord(r);
  }
  return std::nullopt;
}

StatusScale StatusScale::FromRecord(const StatusScaleRecord& record) {
  StatusScale s;
  s.record_ = record;
  s.levels_ = record.levels;
  if (record.good_end == GoodEnd::kLast) std::reverse(s.levels_.begin(), s.levels_.end());
  return s;
}

std::optional<int> StatusScale::Rank(std::string_view status) const {
  for (size_t i = 0; i < levels_.size(); ++i) {
    if (levels_[i].key == status) return static_cast<int>(i);
  }
  return std::nullopt;
}

bool StatusScale::Accepts(std::string_view status) const {
  return Rank(status).has_value() || status == kNotAssessed || status == kNoDataYet;
}

const StatusLevel& StatusScale::AtRank(int rank) const {
  int last = static_cast<int>(levels_.size()) - 1;
  return levels_[static_cast<size_t>(std::clamp(rank, 0, last))];
}

const StatusLevel& StatusScale::AtShare(double share) const {
  int last = static_cast<int>(levels_.size()) - 1;
  return AtRank(static_cast<int>(std::lround(std::clamp(share, 0.0, 1.0) * last)));
}

std::string StatusScale::Name(std::string_view status, std::string_view lang) const {
  bool en = lang == "en";
  if (status == kNotAssessed) return en ? "Not assessed" : "Ikke vurdert";
  if (status == kNoDataYet) return en ? "No data yet" : "Ingen data ennå";
  for (const auto& l : levels_) {
    if (l.key == status) return en ? l.name_en : l.name_nb;
  }
  return std::string(status);
}

}  // namespace fremdrift
