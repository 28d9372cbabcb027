#include "app/input_text.h"

#include <set>
#include <string_view>

#include "domain/text_field_rules.h"

namespace fremdrift {
namespace {

// How long a problem list may grow: enough to show every mistake in a form,
// not so long that a hostile document fills the answer.
constexpr size_t kMaxProblems = 50;

bool IsUrlMember(std::string_view m) { return m == "url" || m == "href"; }

bool IsKeyMember(std::string_view m) {
  static const std::set<std::string_view> kKeys = {
      "key",     "code",     "short_name", "kind",  "status",    "state",       "role",
      "period",  "phase",    "phase_from", "phase_to", "type",   "method",      "direction",
      "unit",    "cadence",  "period_type", "scale", "status_scale", "rollup_rule", "format", "phase_scale",
      "strategy", "indicator", "parent",   "organisation", "owner", "programme",  "body",
      "date",    "start",    "end",        "start_time", "end_time", "postponed_to", "version",
      "lang",    "risk",     "segment",    "secretariat", "level",  "by",          "reference",
      "responsible_organisation", "published_on", "org_number", "answer",
  };
  return kKeys.count(m) > 0 || (m.size() > 4 && m.substr(m.size() - 4) == "_key") ||
         (m.size() > 3 && m.substr(m.size() - 3) == "_id");
}

bool IsNameMember(std::string_view m) {
  static const std::set<std::string_view> kNames = {
      "name", "title", "label", "person", "actor", "actor_group", "place", "target_label",
      "unit_label", "what", "source_ref", "numerator", "denominator", "level_names",
      "owners", "user_groups", "depends_on", "serves_indicators", "organisations", "q",
      "publisher", "title_nb", "title_en", "question_nb", "question_en",
  };
  return kNames.count(m) > 0 || (m.size() > 5 && m.substr(m.size() - 5) == "_name");
}

}  // namespace

size_t MaxCharsOfMember(std::string_view member) {
  if (IsUrlMember(member)) return kMaxUrlChars;
  if (IsKeyMember(member)) return kMaxKeyChars;
  if (IsNameMember(member)) return kMaxNameChars;
  return kMaxLongTextChars;
}

namespace {

struct Walker {
  std::vector<FieldProblem> problems;

  void Add(const std::string& path, std::string message) {
    if (problems.size() < kMaxProblems) problems.push_back({path, std::move(message)});
  }

  void CheckString(const std::string& path, std::string_view member, const std::string& text) {
    std::optional<FieldProblem> p;
    if (IsUrlMember(member)) {
      if (auto why = LinkUrlProblem(text)) p = FieldProblem{path, *why, "not_a_link", {}};
    } else if (IsKeyMember(member)) {
      p = TextFieldRule(path, text, TextShape::kLine, kMaxKeyChars);
    } else if (IsNameMember(member)) {
      p = TextFieldRule(path, text, TextShape::kLine, kMaxNameChars);
    } else {
      p = TextFieldRule(path, text, TextShape::kMultiLine, kMaxLongTextChars);
    }
    if (p && problems.size() < kMaxProblems) problems.push_back(std::move(*p));
  }

  // `member` is the name of the nearest object member above `v`: an array
  // of titles is checked as titles.
  void Walk(const nlohmann::json& v, const std::string& path, std::string_view member) {
    if (problems.size() >= kMaxProblems) return;
    if (v.is_string()) {
      CheckString(path, member, v.get_ref<const std::string&>());
    } else if (v.is_array()) {
      for (size_t i = 0; i < v.size(); ++i) Walk(v[i], path + "[" + std::to_string(i) + "]", member);
    } else if (v.is_object()) {
      for (const auto& [k, child] : v.items()) {
        std::string child_path = path.empty() ? k : path + "." + k;
        if (auto p = TextFieldProblem(k, TextShape::kLine, kMaxKeyChars)) {
          Add(path.empty() ? "$" : path, "a member name " + *p);
          continue;
        }
        Walk(child, child_path, k);
      }
    }
  }
};

}  // namespace

std::vector<FieldProblem> InputTextProblems(const nlohmann::json& input, const std::string& root) {
  Walker w;
  w.Walk(input, root, "");
  return w.problems;
}

void RequireValidInputText(const nlohmann::json& input, const std::string& root) {
  auto problems = InputTextProblems(input, root);
  if (!problems.empty()) throw Failure::Invalid(std::move(problems));
}

}  // namespace fremdrift
