// The user pages of the admin area (see web/page_admin.h). A password is
// typed into a password field and never shown again, not even when the
// form comes back with errors.
#include <nlohmann/json.hpp>

#include "app/password.h"
#include "app/organisation_reads.h"
#include "app/user_service.h"
#include "domain/failure.h"
#include "domain/user_rules.h"
#include "render/form_view.h"
#include "render/url_for.h"
#include "web/admin_form.h"
#include "web/error_response.h"
#include "web/form_problems.h"
#include "web/object_history.h"
#include "web/page_admin.h"
#include "web/page_frame.h"

namespace fremdrift {
namespace {

const std::vector<std::string> kAdminUsersFields = {"name",     "organisation",      "role",
                                          "password", "email",             "language",
                                          "reporting_contact", "reminders_opt_out"};
constexpr Role kAdminUsersRoles[] = {Role::kReader, Role::kEditor, Role::kAdmin};

// What the form holds: from the stored user, or as typed (the password
// is never kept).
struct UserFormValues {
  std::string name, organisation, role;
  int64_t version = 0;
  // Mail settings (docs/reporting.md, "Mail"); the flags as "yes"/"no".
  std::string email, language = "nb", reporting_contact = "no", reminders_opt_out = "no";
};

UserFormValues FromUser(const User& u) {
  return {u.name,     u.organisation, std::string(RoleName(u.role)),
          u.version,  u.email,        u.language,
          u.reporting_contact ? "yes" : "no", u.reminders_opt_out ? "yes" : "no"};
}

UserFormValues AdminUsersFromForm(const FormData& form) {
  return {form.Get("name"),     form.Get("organisation"), form.Get("role"),
          0,                    form.Get("email"),        form.Find("language").value_or("nb"),
          form.Get("reporting_contact"), form.Get("reminders_opt_out")};
}

// The mail settings of the form as the API's user fields; a value that is
// neither yes nor no is passed on as it is, for the use case to refuse.
void AddMailSettings(const UserFormValues& v, nlohmann::json& body) {
  body["email"] = v.email;
  body["language"] = v.language;
  auto flag = [](const std::string& s) -> nlohmann::json {
    if (s == "yes") return true;
    if (s == "no" || s.empty()) return false;
    return s;
  };
  body["reporting_contact"] = flag(v.reporting_contact);
  body["reminders_opt_out"] = flag(v.reminders_opt_out);
}

std::string AdminUsersEditUrl(const std::string& name) {
  return UrlFor(routes::kAdminUserEdit, name);
}

using AdminUsersFormState = AdminFormState;

std::string RoleLabel(const Catalogue& t, Role r) {
  return t.Text("admin_role_" + std::string(RoleName(r)));
}

mstch::map UserForm(RequestContext& ctx, const UserFormValues& v, const AdminUsersFormState& state,
                    bool creating) {
  const Catalogue& t = PageCatalogue(ctx);
  auto field = [&](const std::string& name, const std::string& value,
                   FormField::Kind kind = FormField::Kind::kText) {
    return AdminFormField(t, "admin_user_field_", name, value, state.problems, kind);
  };
  std::vector<FormField> fields;
  if (creating) {
    FormField name = field("name", v.name);
    name.required = true;
    name.hint = t.Text("admin_user_name_hint");
    name.autocomplete = "off";
    fields.push_back(name);
  }
  FormField org = field("organisation", v.organisation, FormField::Kind::kSelect);
  org.required = true;
  org.options.push_back({"", t.Text("admin_user_choose_organisation")});
  for (const auto& o : Organisations(ctx.db())) {
    org.options.push_back({o.short_name, o.name + " (" + o.short_name + ")"});
  }
  FormField role = field("role", v.role, FormField::Kind::kSelect);
  role.required = true;
  role.hint = t.Text("admin_user_role_hint");
  for (Role r : kAdminUsersRoles) role.options.push_back({std::string(RoleName(r)), RoleLabel(t, r)});
  FormField password = field("password", "", FormField::Kind::kPassword);
  password.label = t.Text(creating ? "admin_user_field_password" : "admin_user_field_new_password");
  password.hint = t.Format(creating ? "admin_user_password_hint" : "admin_user_new_password_hint",
                           {{"n", std::to_string(kMinPasswordLength)}});
  password.autocomplete = "new-password";
  FormField email = field("email", v.email);
  email.hint = t.Text("admin_user_email_hint");
  email.autocomplete = "off";
  FormField language = field("language", v.language, FormField::Kind::kSelect);
  language.options = {{"nb", t.Text("admin_user_language_nb")},
                      {"en", t.Text("admin_user_language_en")}};
  FormField contact = field("reporting_contact", v.reporting_contact, FormField::Kind::kSelect);
  contact.hint = t.Text("admin_user_reporting_contact_hint");
  contact.options = {{"no", t.Text("admin_user_no")}, {"yes", t.Text("admin_user_yes")}};
  FormField opt_out = field("reminders_opt_out", v.reminders_opt_out, FormField::Kind::kSelect);
  opt_out.options = contact.options;
  fields.insert(fields.end(), {org, role, password, email, language, contact, opt_out});
  return FormView(fields);
}

Response AdminUsersListPage(RequestContext& ctx, const User& admin, const UserFormValues& v,
                  const AdminUsersFormState& state, int status) {
  const Catalogue& t = PageCatalogue(ctx);
  mstch::array rows;
  for (const auto& u : ListUsers(ctx.db(), admin)) {
    rows.push_back(mstch::map{{"name", u.name},
                              {"organisation", u.organisation},
                              {"role", RoleLabel(t, u.role)},
                              {"has_password", HasPassword(ctx.db(), u.name)},
                              {"edit_url", AdminUsersEditUrl(u.name)}});
  }
  mstch::map view{
      {"breadcrumbs", AdminBreadcrumbs(t, {{UrlFor(routes::kAdminUsers), t.Text("admin_users_title")}})},
      {"users", rows},
      {"deleted", ctx.Query("slettet").has_value()},
      {"form", UserForm(ctx, v, state, true)},
      {"action", UrlFor(routes::kAdminUsers)},
      {"has_general_error", !state.problems.general.empty()},
      {"general_error", state.problems.general},
  };
  return RenderPage(ctx, "admin_users", t.Text("admin_users_title"), std::move(view), "admin",
                    status);
}

User AdminUsersStored(RequestContext& ctx, const User& admin) {
  return GetUser(ctx.db(), admin, ctx.Param("name"));
}

Response AdminUsersEditPage(RequestContext& ctx, const User& admin, const User& user,
                  const UserFormValues& v, const AdminUsersFormState& state, int status) {
  const Catalogue& t = PageCatalogue(ctx);
  const std::string url = AdminUsersEditUrl(user.name);
  const std::string title = t.Format("admin_user_edit_title", {{"name", user.name}});
  const bool is_self = admin.name == user.name;
  mstch::map view{
      {"breadcrumbs", AdminBreadcrumbs(t, {{UrlFor(routes::kAdminUsers), t.Text("admin_users_title")}, {url, user.name}})},
      {"edit_title", title},
      {"user_name_shown", user.name},
      {"has_password", HasPassword(ctx.db(), user.name)},
      {"saved", ctx.Query("lagret").has_value()},
      {"form", UserForm(ctx, v, state, false)},
      {"version", std::to_string(v.version)},
      {"action", url},
      {"cancel_url", UrlFor(routes::kAdminUsers)},
      {"current_url", url},
      {"stale", state.stale},
      {"has_general_error", !state.problems.general.empty()},
      {"general_error", state.problems.general},
      {"is_self", is_self},
      {"delete_action", UrlFor(routes::kAdminUserDelete, user.name)},
      {"delete_version", std::to_string(user.version)},
      {"delete_form", DeleteConfirmForm(t, state.confirm_error)},
      {"has_delete_error", !state.delete_error.empty()},
      {"delete_error", state.delete_error},
  };
  view.merge(ObjectHistory(ctx, "user", user.id));
  return RenderPage(ctx, "admin_user_edit", title, std::move(view), "admin", status);
}

Response UsersPage(RequestContext& ctx) {
  const User& admin = RequireAdminPage(ctx);
  UserFormValues empty;
  empty.role = std::string(RoleName(Role::kReader));
  return AdminUsersListPage(ctx, admin, empty, {}, kHttpOk);
}

Response AdminUsersCreatePost(RequestContext& ctx) {
  const User& admin = RequireAdminPage(ctx);
  const Catalogue& t = PageCatalogue(ctx);
  UserFormValues v = AdminUsersFromForm(ctx.Form());
  nlohmann::json body{{"name", v.name}, {"organisation", v.organisation}, {"role", v.role}};
  AddMailSettings(v, body);
  if (!ctx.Form().Get("password").empty()) body["password"] = ctx.Form().Get("password");
  try {
    User user = CreateUser(ctx.db(), admin, body);
    return Response::Redirect(AdminUsersEditUrl(user.name) + "?lagret=1");
  } catch (const Failure& f) {
    AdminUsersFormState state;
    if (f.code() == FailureCode::kConflict && f.field() == "name") {
      state.problems.by_field["name"] = t.Format("admin_user_exists", {{"name", v.name}});
      return AdminUsersListPage(ctx, admin, v, state, HttpStatus(FailureCode::kConflict));
    }
    if (f.code() != FailureCode::kInvalid) throw;
    state.problems = ProblemsForForm(f, kAdminUsersFields, t);
    return AdminUsersListPage(ctx, admin, v, state, HttpStatus(FailureCode::kInvalid));
  }
}

Response AdminUsersEditGet(RequestContext& ctx) {
  const User& admin = RequireAdminPage(ctx);
  User user = AdminUsersStored(ctx, admin);
  return AdminUsersEditPage(ctx, admin, user, FromUser(user), {}, kHttpOk);
}

Response AdminUsersEditPost(RequestContext& ctx) {
  const User& admin = RequireAdminPage(ctx);
  const Catalogue& t = PageCatalogue(ctx);
  User user = AdminUsersStored(ctx, admin);
  UserFormValues v = AdminUsersFromForm(ctx.Form());
  v.name = user.name;
  v.version = FormVersion(ctx.Form());
  AdminUsersFormState state;
  // Said in the reader's language before the use case refuses it.
  if (auto role = RoleFromName(v.role);
      role && !SelfChangeProblem(admin, user, *role).empty()) {
    state.problems.by_field["role"] = t.Text("admin_user_self_demote");
    return AdminUsersEditPage(ctx, admin, user, v, state, HttpStatus(FailureCode::kInvalid));
  }
  nlohmann::json body{{"version", v.version}, {"organisation", v.organisation}, {"role", v.role}};
  AddMailSettings(v, body);
  if (!ctx.Form().Get("password").empty()) body["password"] = ctx.Form().Get("password");
  try {
    User saved = UpdateUser(ctx.db(), admin, user.name, body);
    return Response::Redirect(AdminUsersEditUrl(saved.name) + "?lagret=1");
  } catch (const Failure& f) {
    if (f.code() == FailureCode::kConflict && f.field() == "version") {
      state.stale = true;
      return AdminUsersEditPage(ctx, admin, user, v, state, HttpStatus(FailureCode::kConflict));
    }
    if (f.code() != FailureCode::kInvalid) throw;
    state.problems = ProblemsForForm(f, kAdminUsersFields, t);
    return AdminUsersEditPage(ctx, admin, user, v, state, HttpStatus(FailureCode::kInvalid));
  }
}

Response AdminUsersDeletePost(RequestContext& ctx) {
  const User& admin = RequireAdminPage(ctx);
  const Catalogue& t = PageCatalogue(ctx);
  User user = AdminUsersStored(ctx, admin);
  const int64_t version = FormVersion(ctx.Form());
  AdminUsersFormState state;
  if (!DeleteConfirmed(ctx.Form())) {
    state.confirm_error = t.Text("admin_delete_confirm_missing");
    return AdminUsersEditPage(ctx, admin, user, FromUser(user), state, HttpStatus(FailureCode::kInvalid));
  }
  if (!SelfChangeProblem(admin, user, std::nullopt).empty()) {
    state.delete_error = t.Text("admin_user_self_delete");
    return AdminUsersEditPage(ctx, admin, user, FromUser(user), state, HttpStatus(FailureCode::kConflict));
  }
  try {
    DeleteUser(ctx.db(), admin, user.name, version);
    return Response::Redirect(UrlFor(routes::kAdminUsers) + "?slettet=1");
  } catch (const Failure& f) {
    if (f.code() != FailureCode::kConflict) throw;
    if (f.field() == "version") state.stale = true;
    else state.delete_error = t.Text("admin_user_in_use");
    return AdminUsersEditPage(ctx, admin, user, FromUser(user), state, HttpStatus(FailureCode::kConflict));
  }
}

}  // namespace

void RegisterAdminUserPages(Router& router) {
  router.Add("GET", routes::kAdminUsers, UsersPage);
  router.Add("POST", routes::kAdminUsers, AdminUsersCreatePost);
  router.Add("GET", routes::kAdminUserEdit, AdminUsersEditGet);
  router.Add("POST", routes::kAdminUserEdit, AdminUsersEditPost);
  router.Add("POST", routes::kAdminUserDelete, AdminUsersDeletePost);
}

}  // namespace fremdrift
