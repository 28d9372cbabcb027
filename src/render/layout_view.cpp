#include "render/layout_view.h"

#include "render/route_links.h"
#include "render/url_for.h"

namespace fremdrift {

mstch::map LayoutView(const LayoutInfo& info, const Catalogue& t) {
  return mstch::map{
      {"lang", t.lang()},
      // The language the plan's own texts are written in. The data carries
      // no language yet; marking it keeps an English page honest for
      // screen readers (WCAG 3.1.2).
      {"data_lang", std::string("nb")},
      {"t", t.AsMstch()},
      // The fixed pages' addresses and the layout's own files, from the
      // route table.
      {"u", RouteLinks()},
      {"asset_ds_css", UrlFor(routes::kStatic2, "ds", "designsystemet.css")},
      {"asset_site_css", UrlFor(routes::kStatic1, "site.css")},
      {"asset_favicon", UrlFor(routes::kStatic1, "favicon.svg")},
      {"page_title", info.page_title},
      {"nav_home", info.section == "home"},
      {"nav_roadmap", info.section == "roadmap"},
      {"nav_portfolio", info.section == "portfolio"},
      {"nav_risks", info.section == "risks"},
      {"nav_admin", info.section == "admin"},
      {"lang_switch_url", info.lang_switch_url},
      {"has_user", info.user_name.has_value()},
      {"user_name", info.user_name.value_or("")},
      {"is_admin", info.user_name.has_value() && info.is_admin},
      {"csrf_token", info.csrf_token},
      {"sign_in_url", info.sign_in_url},
      {"open_tasks", info.open_tasks},
      {"open_tasks_text", t.Format("tasks_nav_count", {{"n", std::to_string(info.open_tasks)}})},
  };
}

}  // namespace fremdrift
