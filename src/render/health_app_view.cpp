#include "render/health_app_view.h"

#include <set>

#include "domain/date.h"
#include "render/date_text.h"
#include "render/filter_form_view.h"
#include "render/health_app_label_svg.h"
#include "render/url_for.h"

namespace fremdrift {
namespace {

// The requirement catalogue as the public reads it: its title and version
// ("Evalueringskrav for Tryggere helseapper, versjon 1"), never its key.
std::string PublicCatalogueName(const AppCatalogue& c, const Catalogue& t) {
  return t.Format("ha_catalogue_title_version", {{"title", c.title.In(t.lang())}, {"number", std::to_string(c.number)}});
}

std::string Day(const std::string& iso, const Catalogue& t) {
  auto d = Date::Parse(iso);
  return d ? DateText(*d, t.lang()) : iso;
}

std::string Platforms(const HealthApp& a, const Catalogue& t) {
  std::string out;
  for (const auto& p : a.platforms) out += (out.empty() ? "" : ", ") + t.Text("ha_platform_" + p);
  return out;
}

std::string Joined(const std::vector<std::string>& list) {
  std::string out;
  for (const auto& s : list) out += (out.empty() ? "" : ", ") + s;
  return out;
}

std::string RegisterStatusText(const RegisterEntry& e, const Catalogue& t) {
  if (e.evaluation.decision == Decision::kAwarded && e.label) {
    return t.Format("ha_status_awarded", {{"grade", e.label->grades.overall.empty() ? t.Text("ha_not_graded")
                                                                                     : e.label->grades.overall}});
  }
  return t.Text("ha_decision_" + DecisionKey(e.evaluation.decision));
}

}  // namespace

std::string LevelName(const AppCatalogue& c, const std::string& key, const Catalogue& t) {
  const CategoryLevel* l = FindLevel(c, key);
  return l ? l->name.In(t.lang()) : key;
}

std::string GradingNote(const AppCatalogue& c, const Catalogue& t) {
  std::string note = t.lang() == "en" && !c.grading.note_en.empty() ? c.grading.note_en : c.grading.note_nb;
  if (!note.empty()) return note;
  const auto& p = c.grading.min_percent;
  return t.Format("ha_grading_generic", {{"a", std::to_string(p[0])}, {"b", std::to_string(p[1])},
                                          {"c", std::to_string(p[2])}, {"d", std::to_string(p[3])}});
}

mstch::map HealthAppRegisterView(const std::vector<RegisterEntry>& all, const std::vector<RegisterEntry>& shown,
                                 const RegisterFilter& f, const std::optional<AppCatalogue>& newest,
                                 const std::string& query, const Catalogue& t) {
  mstch::array rows;
  for (const auto& e : shown) {
    rows.push_back(mstch::map{
        {"name", e.app.name},
        {"url", UrlFor(routes::kHealthApp, e.app.key)},
        {"manufacturer", ManufacturerName(e.app)},
        {"level", LevelName(e.catalogue, e.app.category_level, t)},
        {"platforms", Platforms(e.app, t)},
        {"status", RegisterStatusText(e, t)},
        {"is_awarded", e.label.has_value()},
        {"reason", e.evaluation.decision_reason},
        {"has_reason", !e.evaluation.decision_reason.empty()},
        {"checked", Day(e.label ? e.label->checked_on : e.evaluation.decided_on, t)},
    });
  }
  FilterForm form;
  form.action = UrlFor(routes::kHealthApps);
  form.heading = t.Text("ha_filter_heading");
  form.submit = t.Text("ha_filter_submit");
  form.reset_url = UrlFor(routes::kHealthApps);
  form.reset_text = t.Text("filter_reset");
  form.active_label = t.Text("active_filters");
  form.count_text = t.Format("ha_count", {{"shown", std::to_string(shown.size())}, {"total", std::to_string(all.size())}});
  FilterField words("ha-q", "q", t.Text("ha_filter_text"), f.text);
  words.search = true;
  FilterField level("ha-kategori", "kategori", t.Text("ha_filter_level"), f.category_level);
  FilterField area("ha-omrade", "omrade", t.Text("ha_filter_area"), f.label_area);
  FilterField grade("ha-karakter", "karakter", t.Text("ha_filter_grade"), f.grade);
  FilterField platform("ha-plattform", "plattform", t.Text("ha_filter_platform"), f.platform);
  FilterField group("ha-malgruppe", "malgruppe", t.Text("ha_filter_group"), f.target_group);
  level.options = {{"", t.Text("ha_all")}};
  area.options = {{"", t.Text("ha_overall")}};
  area.active = !f.grade.empty();
  grade.options = {{"", t.Text("ha_all")}};
  platform.options = {{"", t.Text("ha_all")}};
  group.options = {{"", t.Text("ha_all")}};
  if (newest) {
    for (const auto& l : newest->levels) {
      if (l.in_scheme) level.options.push_back({l.key, l.name.In(t.lang())});
    }
    for (const auto& a : newest->label_areas) area.options.push_back({a.key, a.name.In(t.lang())});
  }
  for (int i = 0; i < 4; ++i) grade.options.push_back({kGrades[i], t.Format("ha_grade_or_better", {{"grade", kGrades[i]}})});
  grade.options.push_back({"E", "E"});
  for (const char* p : kAppPlatforms) platform.options.push_back({p, t.Text(std::string("ha_platform_") + p)});
  std::set<std::string> groups;
  for (const auto& e : all) groups.insert(e.app.target_groups.begin(), e.app.target_groups.end());
  for (const auto& g : groups) group.options.push_back({g, g});
  group.data_lang = true;
  form.fields = {words, level, area, grade, platform, group};
  std::string suffix = query.empty() ? "" : "?" + query;
  return mstch::map{{"filter_form", FilterFormView(form)},
                    {"rows", rows},
                    {"has_rows", !rows.empty()},
                    {"has_catalogue", newest.has_value()},
                    {"catalogue", newest ? PublicCatalogueName(*newest, t) : std::string()},
                    {"grading_note", newest ? GradingNote(*newest, t) : std::string()},
                    {"csv_url", UrlFor(routes::kHealthAppsCsv) + suffix},
                    {"json_url", UrlFor(routes::kHealthAppsJson) + suffix}};
}

mstch::map HealthAppPageView(const RegisterEntry& e, const Catalogue& t) {
  const AppCatalogue& c = e.catalogue;
  mstch::array areas;
  for (const auto& area : c.areas) {
    mstch::array reqs;
    int met = 0, counted = 0;
    for (const Requirement* r : ApplicableRequirements(c, e.app.category_level)) {
      if (r->area != area.key) continue;
      const RequirementAnswer* a = FindAnswer(e.evaluation, r->key);
      const RequirementReview* v = FindReview(e.evaluation, r->key);
      bool accepted = v && v->verdict == Verdict::kAccepted;
      std::string status = "not_met";
      if (accepted && a && a->answer == Answer::kYes) status = "met";
      if (accepted && a && a->answer == Answer::kNotRelevant) status = "not_relevant";
      if (status != "not_relevant") ++counted;
      if (status == "met") ++met;
      reqs.push_back(mstch::map{{"key", r->key},
                                {"text", r->text.In(t.lang())},
                                {"text_lang", std::string(t.lang() == "en" && !r->text.en.empty() ? "en" : "nb")},
                                {"status_text", t.Text("ha_req_" + status)},
                                {"met", status == "met"}});
    }
    areas.push_back(mstch::map{{"name", area.name.In(t.lang())},
                               {"summary", t.Format("ha_area_summary", {{"met", std::to_string(met)},
                                                                        {"counted", std::to_string(counted)}})},
                               {"requirements", reqs}});
  }
  std::string target_groups = Joined(e.app.target_groups);
  return mstch::map{
      {"name", e.app.name},
      {"label_svg", HealthAppLabelSvg(e, t)},
      {"has_label", e.label.has_value()},
      {"manufacturer", ManufacturerName(e.app)},
      {"app_version", e.app.app_version},
      {"level", LevelName(c, e.app.category_level, t)},
      {"platforms", Platforms(e.app, t)},
      {"target_groups", target_groups},
      {"has_target_groups", !target_groups.empty()},
      {"benefit", BenefitStatement(e.app, t)},
      {"needs_approval", e.app.needs_approval},
      {"description", e.app.description},
      {"decision_text", RegisterStatusText(e, t)},
      {"reason", e.evaluation.decision_reason},
      {"has_reason", !e.evaluation.decision_reason.empty()},
      {"decided", Day(e.evaluation.decided_on, t)},
      {"evaluated_version", e.evaluation.app_version},
      {"areas", areas},
      {"catalogue", PublicCatalogueName(c, t)},
      {"grading_note", GradingNote(c, t)},
      {"checked", e.label ? Day(e.label->checked_on, t) : std::string()},
      {"valid_until", e.label ? Day(e.label->valid_until, t) : std::string()},
      {"has_due", !e.due_reason.empty()},
      {"due_text", e.due_reason.empty() ? std::string() : t.Text("ha_due_" + e.due_reason)},
      {"stated_reason", e.label ? e.label->reassessment_reason : std::string()},
  };
}

}  // namespace fremdrift
