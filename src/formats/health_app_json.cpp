#include "formats/health_app_json.h"

namespace fremdrift {
namespace {

// A reader of one JSON object that records each problem of form.
class Reader {
 public:
  Reader(const nlohmann::json& obj, std::string path, std::vector<FieldProblem>& problems)
      : obj_(obj), path_(std::move(path)), problems_(problems) {
    if (!obj_.is_object()) Problem("", "must be an object", "not_an_object");
  }
  bool Has(const char* name) const { return obj_.is_object() && obj_.contains(name) && !obj_[name].is_null(); }
  std::string Text(const char* name, bool required = false) {
    if (!Has(name)) {
      if (required) Problem(name, "is required", "required");
      return "";
    }
    if (!obj_[name].is_string()) {
      Problem(name, "must be a string", "not_a_string");
      return "";
    }
    std::string s = obj_[name].get<std::string>();
    if (required && s.empty()) Problem(name, "is required", "required");
    return s;
  }
  LocalText Local(const char* name, bool required = false) {
    LocalText t;
    if (!Has(name)) {
      if (required) Problem(name, "is required", "required");
      return t;
    }
    if (obj_[name].is_string()) {
      t.nb = obj_[name].get<std::string>();
    } else {
      Reader inner(obj_[name], path_ + name + ".", problems_);
      t.nb = inner.Text("nb", required);
      t.en = inner.Text("en");
    }
    return t;
  }
  std::vector<std::string> Strings(const char* name) {
    std::vector<std::string> out;
    if (!Has(name)) return out;
    if (!obj_[name].is_array()) {
      Problem(name, "must be an array of strings", "not_an_array");
      return out;
    }
    for (const auto& v : obj_[name]) {
      if (v.is_string()) {
        out.push_back(v.get<std::string>());
      } else {
        Problem(name, "must be an array of strings", "not_a_string");
      }
    }
    return out;
  }
  bool Bool(const char* name, bool fallback) {
    if (!Has(name)) return fallback;
    if (!obj_[name].is_boolean()) {
      Problem(name, "must be true or false", "not_a_boolean");
      return fallback;
    }
    return obj_[name].get<bool>();
  }
  int Int(const char* name, int fallback) {
    if (!Has(name)) return fallback;
    if (!obj_[name].is_number_integer()) {
      Problem(name, "must be a whole number", "not_a_whole_number");
      return fallback;
    }
    return obj_[name].get<int>();
  }
  // Calls `fn(element, path)` for each object of array `name`.
  template <typename F>
  void Each(const char* name, F fn) {
    if (!Has(name)) return;
    if (!obj_[name].is_array()) {
      Problem(name, "must be an array", "not_an_array");
      return;
    }
    for (size_t i = 0; i < obj_[name].size(); ++i) {
      fn(obj_[name][i], path_ + name + "[" + std::to_string(i) + "].");
    }
  }
  const nlohmann::json& At(const char* name) const { return obj_[name]; }
  void Problem(const std::string& name, const std::string& message, const std::string& rule) {
    std::string field = path_ + name;
    if (!field.empty() && field.back() == '.') field.pop_back();
    problems_.push_back({field, message, rule, {}});
  }

 private:
  const nlohmann::json& obj_;
  std::string path_;
  std::vector<FieldProblem>& problems_;
};

template <typename T>
OJson KeyedNames(const std::vector<T>& list) {
  OJson out = OJson::array();
  for (const auto& x : list) out.push_back({{"key", x.key}, {"name", LocalTextToJson(x.name)}});
  return out;
}

OJson StringArray(const std::vector<std::string>& list) {
  OJson out = OJson::array();
  for (const auto& s : list) out.push_back(s);
  return out;
}

}  // namespace

OJson LocalTextToJson(const LocalText& t) { return {{"nb", t.nb}, {"en", t.en}}; }

OJson CatalogueToJson(const AppCatalogue& c) {
  OJson levels = OJson::array();
  for (const auto& l : c.levels) {
    OJson criteria = OJson::array();
    for (const auto& k : l.criteria) criteria.push_back(LocalTextToJson(k));
    levels.push_back({{"key", l.key},
                      {"group", LocalTextToJson(l.group)},
                      {"name", LocalTextToJson(l.name)},
                      {"criteria", criteria},
                      {"in_scheme", l.in_scheme}});
  }
  OJson subs = OJson::array();
  for (const auto& s : c.sub_areas) subs.push_back({{"key", s.key}, {"area", s.area}, {"name", LocalTextToJson(s.name)}});
  OJson reqs = OJson::array();
  for (const auto& r : c.requirements) {
    reqs.push_back({{"key", r.key},
                    {"area", r.area},
                    {"sub_area", r.sub_area},
                    {"text", LocalTextToJson(r.text)},
                    {"guidance", LocalTextToJson(r.guidance)},
                    {"best_practice", StringArray(r.best_practice)},
                    {"levels", StringArray(r.levels)},
                    {"label_area", r.label_area}});
  }
  OJson percent;
  for (int i = 0; i < 4; ++i) percent[kGrades[i]] = c.grading.min_percent[i];
  OJson grading = {{"min_percent", percent},
                   {"overall", OverallRuleKey(c.grading.overall)},
                   {"note", LocalTextToJson({c.grading.note_nb, c.grading.note_en})}};
  return {{"key", c.key},
          {"number", c.number},
          {"status", c.status == CatalogueStatus::kPublished ? "published" : "draft"},
          {"published_on", c.published_on},
          {"title", LocalTextToJson(c.title)},
          {"source", c.source},
          {"levels", levels},
          {"areas", KeyedNames(c.areas)},
          {"sub_areas", subs},
          {"label_areas", KeyedNames(c.label_areas)},
          {"requirements", reqs},
          {"grading", grading}};
}

AppCatalogue CatalogueFromJson(const nlohmann::json& in, const std::string& path, std::vector<FieldProblem>& problems) {
  AppCatalogue c;
  size_t before = problems.size();
  Reader r(in, path, problems);
  c.key = r.Text("key", true);
  c.number = r.Int("number", 1);
  c.status = r.Text("status") == "draft" ? CatalogueStatus::kDraft : CatalogueStatus::kPublished;
  c.published_on = r.Text("published_on");
  c.title = r.Local("title", true);
  c.source = r.Text("source");
  r.Each("levels", [&](const nlohmann::json& j, const std::string& p) {
    Reader x(j, p, problems);
    CategoryLevel l{x.Text("key", true), x.Local("group"), x.Local("name", true), {}, x.Bool("in_scheme", true)};
    x.Each("criteria", [&](const nlohmann::json& k, const std::string& kp) {
      if (k.is_string()) {
        l.criteria.push_back({k.get<std::string>(), ""});
      } else {
        Reader kr(k, kp, problems);
        l.criteria.push_back({kr.Text("nb", true), kr.Text("en")});
      }
    });
    c.levels.push_back(std::move(l));
  });
  r.Each("areas", [&](const nlohmann::json& j, const std::string& p) {
    Reader x(j, p, problems);
    c.areas.push_back({x.Text("key", true), x.Local("name", true)});
  });
  r.Each("sub_areas", [&](const nlohmann::json& j, const std::string& p) {
    Reader x(j, p, problems);
    c.sub_areas.push_back({x.Text("key", true), x.Text("area", true), x.Local("name", true)});
  });
  r.Each("label_areas", [&](const nlohmann::json& j, const std::string& p) {
    Reader x(j, p, problems);
    c.label_areas.push_back({x.Text("key", true), x.Local("name", true)});
  });
  r.Each("requirements", [&](const nlohmann::json& j, const std::string& p) {
    Reader x(j, p, problems);
    Requirement q;
    q.key = x.Text("key", true);
    q.area = x.Text("area", true);
    q.sub_area = x.Text("sub_area");
    q.text = x.Local("text", true);
    q.guidance = x.Local("guidance");
    q.best_practice = x.Strings("best_practice");
    q.levels = x.Strings("levels");
    q.label_area = x.Text("label_area", true);
    c.requirements.push_back(std::move(q));
  });
  if (r.Has("grading")) {
    Reader g(r.At("grading"), path + "grading.", problems);
    if (g.Has("min_percent")) {
      Reader m(g.At("min_percent"), path + "grading.min_percent.", problems);
      for (int i = 0; i < 4; ++i) c.grading.min_percent[i] = m.Int(kGrades[i], c.grading.min_percent[i]);
    }
    std::string overall = g.Text("overall");
    if (!overall.empty()) {
      if (auto o = OverallRuleFromKey(overall)) {
        c.grading.overall = *o;
      } else {
        problems.push_back({path + "grading.overall", "must be mean_rounded_down or lowest", "not_a_choice",
                            {{"value", overall}, {"choices", "mean_rounded_down, lowest"}}});
      }
    }
    LocalText note = g.Local("note");
    c.grading.note_nb = note.nb;
    c.grading.note_en = note.en;
  } else {
    r.Problem("grading", "is required", "required");
  }
  if (problems.size() == before) {
    for (auto& p : ValidateCatalogue(c, path)) problems.push_back(p);
  }
  return c;
}

OJson HealthAppToJson(const HealthApp& a) {
  return {{"key", a.key},
          {"name", a.name},
          {"manufacturer", a.manufacturer},
          {"platforms", StringArray(a.platforms)},
          {"app_version", a.app_version},
          {"category_level", a.category_level},
          {"target_groups", StringArray(a.target_groups)},
          {"intended_users", a.intended_users},
          {"intended_use", a.intended_use},
          {"needs_approval", a.needs_approval},
          {"description", a.description},
          {"contact_name", a.contact_name},
          {"contact_email", a.contact_email},
          {"source", a.source},
          {"version", a.version}};
}

void ApplyHealthAppFields(const nlohmann::json& in, HealthApp& a, bool with_key, const std::string& path,
                          std::vector<FieldProblem>& problems) {
  Reader r(in, path, problems);
  if (with_key) a.key = r.Text("key", true);
  if (r.Has("name")) a.name = r.Text("name");
  if (r.Has("manufacturer")) a.manufacturer = r.Text("manufacturer");
  if (r.Has("platforms")) a.platforms = r.Strings("platforms");
  if (r.Has("app_version")) a.app_version = r.Text("app_version");
  if (r.Has("category_level")) a.category_level = r.Text("category_level");
  if (r.Has("target_groups")) a.target_groups = r.Strings("target_groups");
  if (r.Has("intended_users")) a.intended_users = r.Text("intended_users");
  if (r.Has("intended_use")) a.intended_use = r.Text("intended_use");
  a.needs_approval = r.Bool("needs_approval", a.needs_approval);
  if (r.Has("description")) a.description = r.Text("description");
  if (r.Has("contact_name")) a.contact_name = r.Text("contact_name");
  if (r.Has("contact_email")) a.contact_email = r.Text("contact_email");
  if (r.Has("source")) a.source = r.Text("source");
}

OJson AnswersToJson(const std::vector<RequirementAnswer>& answers) {
  OJson out = OJson::array();
  for (const auto& a : answers) {
    out.push_back({{"requirement", a.requirement}, {"answer", AnswerKey(a.answer)}, {"evidence", a.evidence}});
  }
  return out;
}

OJson ReviewsToJson(const std::vector<RequirementReview>& reviews) {
  OJson out = OJson::array();
  for (const auto& r : reviews) {
    out.push_back({{"requirement", r.requirement},
                   {"verdict", VerdictKey(r.verdict)},
                   {"comment", r.comment},
                   {"reviewer", r.reviewer},
                   {"reviewed_on", r.reviewed_on}});
  }
  return out;
}

namespace {

// Reads the array at `path`, each element an object read by
// `one(reader, element_path)`; a problem names the element.
template <typename T, typename ReadOne>
std::vector<T> ObjectsFromJson(const nlohmann::json& in, const std::string& path,
                               std::vector<FieldProblem>& problems, ReadOne one) {
  std::vector<T> out;
  if (!in.is_array()) {
    problems.push_back({path, "must be an array", "not_an_array", {}});
    return out;
  }
  for (size_t i = 0; i < in.size(); ++i) {
    std::string p = path + "[" + std::to_string(i) + "].";
    Reader r(in[i], p, problems);
    out.push_back(one(r, p));
  }
  return out;
}

// The choice named `key` in member `name` of the element at `p`: kept in
// `into` when known, else a problem listing the `choices`.
template <typename E, typename FromKey>
void ReadChoice(Reader& r, const std::string& p, const char* name, const char* choices, FromKey from_key,
                E& into, std::vector<FieldProblem>& problems) {
  std::string key = r.Text(name, true);
  if (auto v = from_key(key)) {
    into = *v;
  } else if (!key.empty()) {
    problems.push_back({p + name, std::string("must be ") + choices, "not_a_choice",
                        {{"value", key}, {"choices", choices}}});
  }
}

}  // namespace

std::vector<RequirementAnswer> AnswersFromJson(const nlohmann::json& in, const std::string& path,
                                               std::vector<FieldProblem>& problems) {
  return ObjectsFromJson<RequirementAnswer>(in, path, problems, [&](Reader& r, const std::string& p) {
    RequirementAnswer a;
    a.requirement = r.Text("requirement", true);
    ReadChoice(r, p, "answer", "yes, no, not_relevant", AnswerFromKey, a.answer, problems);
    a.evidence = r.Text("evidence");
    return a;
  });
}

std::vector<RequirementReview> ReviewsFromJson(const nlohmann::json& in, const std::string& path,
                                               std::vector<FieldProblem>& problems) {
  return ObjectsFromJson<RequirementReview>(in, path, problems, [&](Reader& r, const std::string& p) {
    RequirementReview v;
    v.requirement = r.Text("requirement", true);
    ReadChoice(r, p, "verdict", "accepted, not_accepted, more_documentation", VerdictFromKey, v.verdict,
               problems);
    v.comment = r.Text("comment");
    v.reviewer = r.Text("reviewer");
    v.reviewed_on = r.Text("reviewed_on");
    return v;
  });
}

OJson LabelGradesToJson(const LabelGrades& g) {
  OJson areas = OJson::array();
  for (const auto& a : g.areas) {
    areas.push_back({{"label_area", a.label_area},
                     {"grade", a.grade.empty() ? OJson(nullptr) : OJson(a.grade)},
                     {"met", a.met},
                     {"counted", a.counted}});
  }
  return {{"overall", g.overall.empty() ? OJson(nullptr) : OJson(g.overall)}, {"areas", areas}};
}

LabelGrades LabelGradesFromJson(const nlohmann::json& in) {
  LabelGrades g;
  if (!in.is_object()) return g;
  if (in.contains("overall") && in["overall"].is_string()) g.overall = in["overall"].get<std::string>();
  if (in.contains("areas") && in["areas"].is_array()) {
    for (const auto& a : in["areas"]) {
      if (!a.is_object()) continue;
      g.areas.push_back({a.value("label_area", ""), a.value("met", 0), a.value("counted", 0),
                         a.contains("grade") && a["grade"].is_string() ? a["grade"].get<std::string>() : ""});
    }
  }
  return g;
}

}  // namespace fremdrift
