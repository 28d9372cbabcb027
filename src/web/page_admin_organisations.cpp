// The organisation pages of the admin area (see web/page_admin.h).
#include <nlohmann/json.hpp>

#include "app/organisation_service.h"
#include "app/organisation_reads.h"
#include "domain/failure.h"
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

const std::vector<std::string> kAdminOrganisationsFields = {"short_name", "name", "kind", "source"};

// What the form holds: from the stored organisation, or as typed.
struct OrgFormValues {
  std::string short_name, name, kind, source;
  int64_t version = 0;
};

OrgFormValues FromOrganisation(const Organisation& o) {
  return {o.short_name, o.name, o.kind, o.source, o.version};
}

OrgFormValues AdminOrganisationsFromForm(const FormData& form) {
  return {form.Get("short_name"), form.Get("name"), form.Get("kind"), form.Get("source"), 0};
}

std::string AdminOrganisationsEditUrl(const std::string& short_name) {
  return UrlFor(routes::kAdminOrganisationEdit, short_name);
}

using AdminOrganisationsFormState = AdminFormState;

std::string KindLabel(const Catalogue& t, const std::string& kind) {
  return t.Has("admin_kind_" + kind) ? t.Text("admin_kind_" + kind) : kind;
}

// The fields of the create form (with the short name) or the edit form.
mstch::map OrganisationForm(const Catalogue& t, const OrgFormValues& v, const AdminOrganisationsFormState& state,
                            bool with_short_name) {
  auto field = [&](const std::string& name, const std::string& value,
                   FormField::Kind kind = FormField::Kind::kText) {
    return AdminFormField(t, "admin_org_field_", name, value, state.problems, kind);
  };
  std::vector<FormField> fields;
  if (with_short_name) {
    FormField s = field("short_name", v.short_name);
    s.required = true;
    s.hint = t.Text("admin_org_short_name_hint");
    fields.push_back(s);
  }
  FormField name = field("name", v.name);
  name.required = true;
  FormField kind = field("kind", v.kind, FormField::Kind::kSelect);
  kind.required = true;
  kind.options.push_back({"", t.Text("admin_org_choose_kind")});
  for (auto k : kOrganisationKinds) kind.options.push_back({std::string(k), KindLabel(t, std::string(k))});
  FormField source = field("source", v.source);
  source.hint = t.Text("admin_org_source_hint");
  fields.insert(fields.end(), {name, kind, source});
  return FormView(fields);
}

Response AdminOrganisationsListPage(RequestContext& ctx, const OrgFormValues& v, const AdminOrganisationsFormState& state, int status) {
  const Catalogue& t = PageCatalogue(ctx);
  mstch::array rows;
  for (const auto& o : Organisations(ctx.db())) {
    rows.push_back(mstch::map{{"short_name", o.short_name},
                              {"name", o.name},
                              {"kind", KindLabel(t, o.kind)},
                              {"edit_url", AdminOrganisationsEditUrl(o.short_name)}});
  }
  mstch::map view{
      {"breadcrumbs", AdminBreadcrumbs(t, {{UrlFor(routes::kAdminOrganisations), t.Text("admin_orgs_title")}})},
      {"organisations", rows},
      {"deleted", ctx.Query("slettet").has_value()},
      {"form", OrganisationForm(t, v, state, true)},
      {"action", UrlFor(routes::kAdminOrganisations)},
      {"has_general_error", !state.problems.general.empty()},
      {"general_error", state.problems.general},
  };
  return RenderPage(ctx, "admin_organisations", t.Text("admin_orgs_title"), std::move(view),
                    "admin", status);
}

Organisation AdminOrganisationsStored(RequestContext& ctx) {
  auto org = FindOrganisation(ctx.db(), ctx.Param("short"));
  if (!org) {
    throw Failure(FailureCode::kNotFound,
                  "no organisation with short name '" + ctx.Param("short") + "'", "short_name");
  }
  return *org;
}

Response AdminOrganisationsEditPage(RequestContext& ctx, const Organisation& org, const OrgFormValues& v,
                  const AdminOrganisationsFormState& state, int status) {
  const Catalogue& t = PageCatalogue(ctx);
  const std::string url = AdminOrganisationsEditUrl(org.short_name);
  const std::string title = t.Format("admin_org_edit_title", {{"name", org.short_name}});
  mstch::map view{
      {"breadcrumbs", AdminBreadcrumbs(t, {{UrlFor(routes::kAdminOrganisations), t.Text("admin_orgs_title")}, {url, org.short_name}})},
      {"edit_title", title},
      {"short_name", org.short_name},
      {"saved", ctx.Query("lagret").has_value()},
      {"form", OrganisationForm(t, v, state, false)},
      {"version", std::to_string(v.version)},
      {"action", url},
      {"cancel_url", UrlFor(routes::kAdminOrganisations)},
      {"current_url", url},
      {"stale", state.stale},
      {"has_general_error", !state.problems.general.empty()},
      {"general_error", state.problems.general},
      {"delete_action", UrlFor(routes::kAdminOrganisationDelete, org.short_name)},
      {"delete_version", std::to_string(org.version)},
      {"delete_form", DeleteConfirmForm(t, state.confirm_error)},
      {"has_delete_error", !state.delete_error.empty()},
      {"delete_error", state.delete_error},
  };
  view.merge(ObjectHistory(ctx, "organisation", org.id));
  return RenderPage(ctx, "admin_organisation_edit", title, std::move(view), "admin", status);
}

Response OrganisationsPage(RequestContext& ctx) {
  RequireAdminPage(ctx);
  return AdminOrganisationsListPage(ctx, {}, {}, kHttpOk);
}

Response AdminOrganisationsCreatePost(RequestContext& ctx) {
  const User& admin = RequireAdminPage(ctx);
  const Catalogue& t = PageCatalogue(ctx);
  OrgFormValues v = AdminOrganisationsFromForm(ctx.Form());
  nlohmann::json body{{"short_name", v.short_name}, {"name", v.name}, {"kind", v.kind},
                      {"source", v.source}};
  try {
    Organisation org = CreateOrganisation(ctx.db(), admin, body);
    return Response::Redirect(AdminOrganisationsEditUrl(org.short_name) + "?lagret=1");
  } catch (const Failure& f) {
    AdminOrganisationsFormState state;
    if (f.code() == FailureCode::kConflict && f.field() == "short_name") {
      state.problems.by_field["short_name"] =
          t.Format("admin_org_exists", {{"short_name", v.short_name}});
      return AdminOrganisationsListPage(ctx, v, state, HttpStatus(FailureCode::kConflict));
    }
    if (f.code() != FailureCode::kInvalid) throw;
    state.problems = ProblemsForForm(f, kAdminOrganisationsFields, t);
    return AdminOrganisationsListPage(ctx, v, state, HttpStatus(FailureCode::kInvalid));
  }
}

Response AdminOrganisationsEditGet(RequestContext& ctx) {
  RequireAdminPage(ctx);
  Organisation org = AdminOrganisationsStored(ctx);
  return AdminOrganisationsEditPage(ctx, org, FromOrganisation(org), {}, kHttpOk);
}

Response AdminOrganisationsEditPost(RequestContext& ctx) {
  const User& admin = RequireAdminPage(ctx);
  Organisation org = AdminOrganisationsStored(ctx);
  OrgFormValues v = AdminOrganisationsFromForm(ctx.Form());
  v.short_name = org.short_name;
  v.version = FormVersion(ctx.Form());
  nlohmann::json body{{"version", v.version}, {"name", v.name}, {"kind", v.kind},
                      {"source", v.source}};
  try {
    Organisation saved = UpdateOrganisation(ctx.db(), admin, org.short_name, body);
    return Response::Redirect(AdminOrganisationsEditUrl(saved.short_name) + "?lagret=1");
  } catch (const Failure& f) {
    AdminOrganisationsFormState state;
    if (f.code() == FailureCode::kConflict && f.field() == "version") {
      state.stale = true;
      return AdminOrganisationsEditPage(ctx, org, v, state, HttpStatus(FailureCode::kConflict));
    }
    if (f.code() != FailureCode::kInvalid) throw;
    state.problems = ProblemsForForm(f, kAdminOrganisationsFields, PageCatalogue(ctx));
    return AdminOrganisationsEditPage(ctx, org, v, state, HttpStatus(FailureCode::kInvalid));
  }
}

Response AdminOrganisationsDeletePost(RequestContext& ctx) {
  const User& admin = RequireAdminPage(ctx);
  const Catalogue& t = PageCatalogue(ctx);
  Organisation org = AdminOrganisationsStored(ctx);
  const int64_t version = FormVersion(ctx.Form());
  AdminOrganisationsFormState state;
  if (!DeleteConfirmed(ctx.Form())) {
    state.confirm_error = t.Text("admin_delete_confirm_missing");
    return AdminOrganisationsEditPage(ctx, org, FromOrganisation(org), state, HttpStatus(FailureCode::kInvalid));
  }
  try {
    DeleteOrganisation(ctx.db(), admin, org.short_name, version);
    return Response::Redirect(UrlFor(routes::kAdminOrganisations) + "?slettet=1");
  } catch (const Failure& f) {
    if (f.code() != FailureCode::kConflict) throw;
    if (f.field() == "version") {
      state.stale = true;
    } else {
      auto refs = OrganisationUseOf(ctx.db(), org.id);
      auto names = [](const std::vector<std::string>& list) {
        constexpr size_t kShown = 10;
        std::string out;
        for (size_t i = 0; i < list.size() && i < kShown; ++i) out += (i ? ", " : "") + list[i];
        if (list.size() > kShown) out += ", …";
        return out.empty() ? std::string("–") : out;
      };
      state.delete_error =
          refs.empty() ? t.Text("admin_org_in_use_elsewhere")
                       : t.Format("admin_org_in_use",
                                  {{"items", std::to_string(refs.owned_items.size())},
                                   {"item_list", names(refs.owned_items)},
                                   {"users", std::to_string(refs.users.size())},
                                   {"user_list", names(refs.users)}});
    }
    return AdminOrganisationsEditPage(ctx, org, FromOrganisation(org), state, HttpStatus(FailureCode::kConflict));
  }
}

}  // namespace

void RegisterAdminOrganisationPages(Router& router) {
  router.Add("GET", routes::kAdminOrganisations, OrganisationsPage);
  router.Add("POST", routes::kAdminOrganisations, AdminOrganisationsCreatePost);
  router.Add("GET", routes::kAdminOrganisationEdit, AdminOrganisationsEditGet);
  router.Add("POST", routes::kAdminOrganisationEdit, AdminOrganisationsEditPost);
  router.Add("POST", routes::kAdminOrganisationDelete, AdminOrganisationsDeletePost);
}

}  // namespace fremdrift
