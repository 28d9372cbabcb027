#include "formats/period_json.h"

#include "formats/plan_json.h"

namespace fremdrift {

using OJson = nlohmann::ordered_json;

OJson SubjectToJson(const Subject& s) {
  OJson j{{"kind", std::string(SubjectKindKey(s.kind))}};
  if (s.kind == SubjectKind::kItem) j["item"] = s.key;
  if (s.kind == SubjectKind::kIndicator) j["indicator"] = s.key;
  return j;
}

OJson AssessmentToJson(const Assessment& a) {
  return {{"subject", SubjectToJson(a.subject)}, {"status", a.status},
          {"target_label", a.target_label},     {"comment", a.comment},
          {"justification", a.justification},   {"assessed_by", a.assessed_by},
          {"source_ref", a.source_ref}};
}

OJson NoteToJson(const PeriodNote& n) {
  return {{"subject", SubjectToJson(n.subject)}, {"kind", n.kind}, {"title", n.title},
          {"text", n.text}, {"source_ref", n.source_ref}};
}

Subject SubjectFromJson(const nlohmann::json& in, const std::string& path,
                        std::vector<FieldProblem>& problems) {
  Subject s;
  if (!in.is_object()) {
    problems.push_back({path, "must be {\"kind\": \"strategy\"}, {\"kind\": \"item\", \"item\": KEY} "
                              "or {\"kind\": \"indicator\", \"indicator\": CODE}"});
    return s;
  }
  std::string kind = StringMember(in, "kind", path + ".", true, problems);
  auto k = SubjectKindFromKey(kind);
  if (!k) {
    if (!kind.empty()) problems.push_back({path + ".kind", "must be strategy, item or indicator"});
    return s;
  }
  s.kind = *k;
  if (s.kind == SubjectKind::kItem) s.key = StringMember(in, "item", path + ".", true, problems);
  if (s.kind == SubjectKind::kIndicator) s.key = StringMember(in, "indicator", path + ".", true, problems);
  return s;
}

void ApplyAssessmentFields(const nlohmann::json& in, Assessment& a, const std::string& path,
                           std::vector<FieldProblem>& problems) {
  auto text = [&](const char* name, std::string& target) {
    if (in.contains(name)) target = StringMember(in, name, path, false, problems);
  };
  text("status", a.status);
  text("target_label", a.target_label);
  text("comment", a.comment);
  text("justification", a.justification);
  text("assessed_by", a.assessed_by);
  text("source_ref", a.source_ref);
}

PeriodNote NoteFromJson(const nlohmann::json& in, const std::string& path,
                        std::vector<FieldProblem>& problems) {
  PeriodNote n;
  if (!in.is_object()) {
    problems.push_back({path, "must be an object", "not_an_object", {}});
    return n;
  }
  n.subject = SubjectFromJson(in.value("subject", nlohmann::json()), path + ".subject", problems);
  n.kind = StringMember(in, "kind", path + ".", true, problems);
  if (!n.kind.empty() && !IsNoteKind(n.kind)) {
    problems.push_back({path + ".kind", "must be theme, qualitative or summary"});
  }
  n.title = StringMember(in, "title", path + ".", false, problems);
  n.text = StringMember(in, "text", path + ".", true, problems);
  n.source_ref = StringMember(in, "source_ref", path + ".", false, problems);
  return n;
}

}  // namespace fremdrift
