#include "web/page_my_settings.h"

#include "app/user_service.h"
#include "domain/failure.h"
#include "render/form_view.h"
#include "render/url_for.h"
#include "web/error_response.h"
#include "web/form_data.h"
#include "web/form_problems.h"
#include "web/page_frame.h"
#include "web/request_context.h"

namespace fremdrift {
namespace {


Response SettingsPage(RequestContext& ctx, const User& user, const std::string& language,
                      const std::string& opt_out, const FormProblems& problems, int status) {
  const Catalogue& t = PageCatalogue(ctx);
  auto field = [&](const std::string& name, const std::string& value) {
    FormField f;
    f.name = name;
    f.label = t.Text("my_settings_field_" + name);
    f.kind = FormField::Kind::kSelect;
    f.value = value;
    auto it = problems.by_field.find(name);
    if (it != problems.by_field.end()) f.error = it->second;
    return f;
  };
  FormField lang = field("language", language);
  lang.options = {{"nb", t.Text("admin_user_language_nb")}, {"en", t.Text("admin_user_language_en")}};
  FormField reminders = field("reminders_opt_out", opt_out);
  reminders.hint = t.Text("my_settings_reminders_hint");
  reminders.options = {{"no", t.Text("my_settings_reminders_on")},
                       {"yes", t.Text("my_settings_reminders_off")}};
  mstch::map view{
      {"action", UrlFor(routes::kMySettings)},
      {"saved", ctx.Query("lagret").has_value()},
      {"user_name_shown", user.name},
      {"email", user.email},
      {"has_email", !user.email.empty()},
      {"reporting_contact", user.reporting_contact},
      {"form", FormView({lang, reminders})},
      {"has_general_error", !problems.general.empty()},
      {"general_error", problems.general},
  };
  return RenderPage(ctx, "my_settings", t.Text("my_settings_title"), std::move(view), "", status);
}

Response SettingsGet(RequestContext& ctx) {
  const User& actor = ctx.RequireUser();
  User user = GetUser(ctx.db(), actor, actor.name);
  return SettingsPage(ctx, user, user.language, user.reminders_opt_out ? "yes" : "no", {}, kHttpOk);
}

Response SettingsPost(RequestContext& ctx) {
  const User& actor = ctx.RequireUser();
  std::string language = ctx.Form().Get("language");
  std::string opt_out = ctx.Form().Get("reminders_opt_out");
  nlohmann::json body{{"language", language}};
  if (opt_out == "yes" || opt_out == "no") {
    body["reminders_opt_out"] = opt_out == "yes";
  } else {
    body["reminders_opt_out"] = opt_out;  // refused by the use case, by name
  }
  try {
    UpdateOwnMailSettings(ctx.db(), actor, body);
    return Response::Redirect(UrlFor(routes::kMySettings) + "?lagret=1");
  } catch (const Failure& f) {
    if (f.code() != FailureCode::kInvalid) throw;
    User user = GetUser(ctx.db(), actor, actor.name);
    return SettingsPage(ctx, user, language, opt_out,
                        ProblemsForForm(f, {"language", "reminders_opt_out"}, PageCatalogue(ctx)),
                        HttpStatus(FailureCode::kInvalid));
  }
}

}  // namespace

void RegisterMySettingsRoutes(Router& router) {
  router.Add("GET", routes::kMySettings, SettingsGet);
  router.Add("POST", routes::kMySettings, SettingsPost);
}

}  // namespace fremdrift
