#include "domain/roadmap_version.h"

#include <cctype>
#include <cstdio>
#include <set>

#include "domain/portfolio_rules.h"

namespace fremdrift {

RoadmapTime RoadmapTime::Year(int year) {
  RoadmapTime t;
  t.year_ = year;
  return t;
}

RoadmapTime RoadmapTime::On(Date date) {
  RoadmapTime t;
  t.year_ = date.year;
  t.date_ = date;
  return t;
}

std::optional<RoadmapTime> RoadmapTime::Parse(std::string_view text) {
  if (text.empty()) return RoadmapTime();
  if (text.size() == 4) {
    for (char c : text) {
      if (!std::isdigit(static_cast<unsigned char>(c))) return std::nullopt;
    }
    return Year(std::stoi(std::string(text)));
  }
  if (auto d = Date::Parse(text)) return On(*d);
  return std::nullopt;
}

std::string RoadmapTime::ToText() const {
  if (date_) return date_->ToIso();
  if (year_) {
    // Four digits, as Parse takes them ("0402" stays "0402").
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04d", *year_);
    return buf;
  }
  return "";
}

Date RoadmapTime::FirstDay() const { return date_ ? *date_ : Date{*year_, 1, 1}; }
Date RoadmapTime::LastDay() const { return date_ ? *date_ : Date{*year_, 12, 31}; }

std::string_view RoadmapStatusKey(RoadmapStatus s) {
  return s == RoadmapStatus::kPublished ? "published" : "draft";
}

std::optional<RoadmapStatus> RoadmapStatusFromKey(std::string_view key) {
  if (key == "draft") return RoadmapStatus::kDraft;
  if (key == "published") return RoadmapStatus::kPublished;
  return std::nullopt;
}

bool IsRoadmapVersionCode(std::string_view code) {
  if (code.empty() || code.size() > 20) return false;
  for (char c : code) {
    if (!std::isalnum(static_cast<unsigned char>(c)) && c != '.' && c != '-' && c != '_') return false;
  }
  return true;
}

int CompareVersionCodes(std::string_view a, std::string_view b) {
  size_t i = 0, j = 0;
  while (i < a.size() || j < b.size()) {
    size_t ie = a.find('.', i), je = b.find('.', j);
    if (ie == std::string_view::npos) ie = a.size();
    if (je == std::string_view::npos) je = b.size();
    std::string_view pa = i < a.size() ? a.substr(i, ie - i) : "";
    std::string_view pb = j < b.size() ? b.substr(j, je - j) : "";
    bool na = !pa.empty() && pa.find_first_not_of("0123456789") == std::string_view::npos;
    bool nb = !pb.empty() && pb.find_first_not_of("0123456789") == std::string_view::npos;
    if (na && nb) {
      // Compare as numbers without overflow: strip zeros, then by length.
      auto strip = [](std::string_view s) {
        size_t k = s.find_first_not_of('0');
        return k == std::string_view::npos ? std::string_view() : s.substr(k);
      };
      std::string_view sa = strip(pa), sb = strip(pb);
      if (sa.size() != sb.size()) return sa.size() < sb.size() ? -1 : 1;
      if (int c = sa.compare(sb); c != 0) return c < 0 ? -1 : 1;
    } else if (int c = pa.compare(pb); c != 0) {
      return c < 0 ? -1 : 1;
    }
    i = ie + 1;
    j = je + 1;
  }
  return 0;
}

std::vector<FieldProblem> ValidateRoadmapVersion(const RoadmapVersion& v) {
  std::vector<FieldProblem> problems;
  if (!IsRoadmapVersionCode(v.code)) {
    problems.push_back({"code", "must be 1-20 characters of digits, letters, '.', '-' or '_', e.g. 22.2", "not_a_version_code", {}});
  }
  std::set<std::string> service_keys;
  for (size_t i = 0; i < v.services.size(); ++i) {
    const auto& s = v.services[i];
    std::string sp = "services[" + std::to_string(i) + "].";
    if (!IsSlug(s.key)) problems.push_back({sp + "key", "must be a slug of a-z, 0-9 and '-'"});
    else if (!service_keys.insert(s.key).second) problems.push_back({sp + "key", "'" + s.key + "' is used twice"});
    if (s.title.empty()) problems.push_back({sp + "title", "is required", "required", {}});
    std::set<std::string> action_keys;
    for (size_t k = 0; k < s.actions.size(); ++k) {
      const auto& a = s.actions[k];
      std::string ap = sp + "actions[" + std::to_string(k) + "].";
      if (!IsSlug(a.key)) problems.push_back({ap + "key", "must be a slug of a-z, 0-9 and '-'"});
      else if (!action_keys.insert(a.key).second) problems.push_back({ap + "key", "'" + a.key + "' is used twice in this service"});
      if (a.actor.empty() && a.actor_group.empty()) problems.push_back({ap + "actor", "who: an actor or an actor group is required"});
      if (a.what.empty()) problems.push_back({ap + "what", "is required", "required", {}});
      if (a.start.is_set() && a.end.is_set() && a.end.LastDay() < a.start.FirstDay()) {
        problems.push_back({ap + "end", "must not be before the start", "end_before_start", {}});
      }
    }
    for (size_t k = 0; k < s.measures.size(); ++k) {
      const auto& m = s.measures[k];
      std::string mp = sp + "measures[" + std::to_string(k) + "].";
      if (m.year < 1900 || m.year > 2200) problems.push_back({mp + "year", "must be a year such as 2023", "not_a_year", {}});
      if (m.text.empty()) problems.push_back({mp + "text", "is required", "required", {}});
    }
  }
  return problems;
}

RoadmapVersion CopyRoadmapVersion(const RoadmapVersion& last, const std::string& code) {
  RoadmapVersion v;
  v.code = code;
  v.status = RoadmapStatus::kDraft;
  v.based_on = last.code;
  v.services = last.services;
  return v;
}

}  // namespace fremdrift
