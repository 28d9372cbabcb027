#include "web/governance_form_text.h"

#include <regex>

#include "render/problem_text.h"

namespace fremdrift {
namespace {

std::string GovernanceFormTextTrim(const std::string& s) {
  size_t b = s.find_first_not_of(" \t\r");
  if (b == std::string::npos) return "";
  size_t e = s.find_last_not_of(" \t\r");
  return s.substr(b, e - b + 1);
}

// The non-blank lines of `text`, each split at "|" into at least `parts`
// trimmed parts.
std::vector<std::vector<std::string>> GovernanceFormTextRows(const std::string& text, size_t parts) {
  std::vector<std::vector<std::string>> rows;
  size_t start = 0;
  while (start <= text.size()) {
    size_t end = text.find('\n', start);
    std::string line = text.substr(start, end == std::string::npos ? std::string::npos : end - start);
    if (!GovernanceFormTextTrim(line).empty()) {
      std::vector<std::string> row;
      size_t p = 0;
      while (true) {
        size_t bar = line.find('|', p);
        row.push_back(GovernanceFormTextTrim(line.substr(p, bar == std::string::npos ? std::string::npos : bar - p)));
        if (bar == std::string::npos) break;
        p = bar + 1;
      }
      if (row.size() < parts) row.resize(parts);
      rows.push_back(std::move(row));
    }
    if (end == std::string::npos) break;
    start = end + 1;
  }
  return rows;
}

std::string Join(const std::vector<std::string>& parts) {
  // Trailing empty parts are left out.
  size_t n = parts.size();
  while (n > 1 && parts[n - 1].empty()) --n;
  std::string out;
  for (size_t i = 0; i < n; ++i) out += (i ? " | " : "") + parts[i];
  return out + "\n";
}

nlohmann::json DateOrNull(const std::string& s) { return s.empty() ? nlohmann::json(nullptr) : nlohmann::json(s); }

std::string RoleKey(const std::string& word) {
  if (word == "leder") return "chair";
  if (word == "medlem") return "member";
  if (word == "observatør") return "observer";
  if (word == "vara") return "deputy";
  return word;
}

std::string RoleWord(MemberRole r, const std::string& lang) {
  if (lang != "nb") return std::string(MemberRoleKey(r));
  switch (r) {
    case MemberRole::kChair: return "leder";
    case MemberRole::kMember: return "medlem";
    case MemberRole::kObserver: return "observatør";
  }
  return "";
}

std::string AttendanceRoleWord(AttendanceRole r, const std::string& lang) {
  if (lang != "nb") return std::string(AttendanceRoleKey(r));
  switch (r) {
    case AttendanceRole::kChair: return "leder";
    case AttendanceRole::kMember: return "medlem";
    case AttendanceRole::kObserver: return "observatør";
    case AttendanceRole::kDeputy: return "vara";
  }
  return "";
}

}  // namespace

nlohmann::json AttendanceFromText(const std::string& text) {
  nlohmann::json out = nlohmann::json::array();
  for (const auto& r : GovernanceFormTextRows(text, 5)) {
    // "møtte"/"present" or empty is present; "forfall"/"absent" is not;
    // anything else is sent on as it is, for the rule to refuse.
    std::string word = r[3];
    nlohmann::json present = true;
    if (word == "forfall" || word == "absent") present = false;
    else if (!word.empty() && word != "møtte" && word != "present") present = word;
    out.push_back({{"person", r[0]}, {"organisation", r[1]}, {"role", r[2].empty() ? "member" : RoleKey(r[2])},
                   {"present", present}, {"deputy_for", r[4]}});
  }
  return out;
}

std::string AttendanceToText(const std::vector<Attendance>& list, const std::string& lang) {
  std::string out;
  for (const auto& a : list) {
    std::string attended = lang == "nb" ? (a.present ? "møtte" : "forfall") : (a.present ? "present" : "absent");
    out += Join({a.person, a.organisation, AttendanceRoleWord(a.role, lang), attended, a.deputy_for});
  }
  return out;
}

nlohmann::json MembersFromText(const std::string& text) {
  nlohmann::json out = nlohmann::json::array();
  for (const auto& r : GovernanceFormTextRows(text, 7)) {
    out.push_back({{"person", r[0]}, {"title", r[1]}, {"organisation", r[2]}, {"role", RoleKey(r[3])},
                   {"from", DateOrNull(r[4])}, {"to", DateOrNull(r[5])}, {"source", r[6]}});
  }
  return out;
}

std::string MembersToText(const std::vector<BodyMember>& members, const std::string& lang) {
  std::string out;
  for (const auto& m : members) {
    out += Join({m.person, m.title, m.organisation, RoleWord(m.role, lang), m.from ? m.from->ToIso() : "",
                 m.to ? m.to->ToIso() : "", m.source});
  }
  return out;
}

nlohmann::json CaseTypesFromText(const std::string& text) {
  nlohmann::json out = nlohmann::json::array();
  for (const auto& r : GovernanceFormTextRows(text, 2)) out.push_back({{"key", r[0]}, {"name", r[1]}});
  return out;
}

std::string CaseTypesToText(const std::vector<CaseType>& types) {
  std::string out;
  for (const auto& t : types) out += Join({t.key, t.name});
  return out;
}

nlohmann::json BreaksFromText(const std::string& text) {
  nlohmann::json out = nlohmann::json::array();
  for (const auto& r : GovernanceFormTextRows(text, 2)) out.push_back({{"start", r[0]}, {"title", r[1]}});
  return out;
}

std::string BreaksToText(const std::vector<AgendaBreak>& breaks) {
  std::string out;
  for (const auto& b : breaks) out += Join({b.start, b.title});
  return out;
}

nlohmann::json PresentersFromText(const std::string& text) {
  nlohmann::json out = nlohmann::json::array();
  for (const auto& r : GovernanceFormTextRows(text, 2)) out.push_back({{"name", r[0]}, {"organisation", r[1]}});
  return out;
}

std::string PresentersToText(const std::vector<Presenter>& presenters) {
  std::string out;
  for (const auto& p : presenters) out += Join({p.name, p.organisation});
  return out;
}

nlohmann::json LinksFromText(const std::string& text) {
  nlohmann::json out = nlohmann::json::array();
  for (const auto& r : GovernanceFormTextRows(text, 2)) out.push_back({{"kind", r[0]}, {"reference", r[1]}});
  return out;
}

std::string LinksToText(const std::vector<CaseLink>& links) {
  std::string out;
  for (const auto& l : links) out += Join({l.kind, l.reference});
  return out;
}

Failure ProblemsOnLines(const Failure& f, const std::string& line_label, const Catalogue& t) {
  if (f.problems().empty()) return f;
  static const std::regex kListPart(R"(^(\w+)\[(\d+)\]\.?(\w*)$)");
  std::vector<FieldProblem> out;
  for (const auto& p : f.problems()) {
    std::smatch m;
    if (!std::regex_match(p.field, m, kListPart)) {
      out.push_back(p);
      continue;
    }
    std::string label = line_label;
    auto put = [&](const std::string& key, const std::string& value) {
      auto at = label.find(key);
      if (at != std::string::npos) label.replace(at, key.size(), value);
    };
    put("{n}", std::to_string(std::stoi(m[2].str()) + 1));
    std::string part = FieldLabel(t, m[3].str());
    put("{part}", part.empty() ? m[3].str() : part);
    out.push_back({m[1].str(), label + " " + p.message, "at_line", {{"line", label}, {"problem", ProblemText(t, p)}}});
  }
  return Failure::Invalid(out);
}

}  // namespace fremdrift
