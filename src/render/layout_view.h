// The frame around every page (templates/layout.mustache): the language,
// the page title, the main navigation with the current section marked,
// the language switch and who is signed in.
#pragma once

#include <optional>
#include <string>

#include <mstch/mstch.hpp>

#include "render/i18n.h"

namespace fremdrift {

struct LayoutInfo {
  std::string page_title;
  std::string section;          // "home", "roadmap", "admin" or "" (marks the nav link)
  std::string lang_switch_url;  // this page in the other language
  std::optional<std::string> user_name;
  bool is_admin = false;  // the signed-in user is an admin (sees "Administrasjon")
  // The signed-in browser session's CSRF token (for the sign-out form and
  // every other form on the page); "" when nobody is signed in.
  std::string csrf_token;
  // Where "sign in" leads: the sign-in page, coming back to this page.
  std::string sign_in_url;
  // The signed-in user's open reporting tasks (shown beside "Oppgaver").
  int open_tasks = 0;
};

// Keys: lang, data_lang, t (every string of the catalogue), u (the fixed
// pages' addresses, render/route_links.h), asset_ds_css, asset_site_css,
// asset_favicon, page_title, nav_home, nav_roadmap, nav_admin,
// lang_switch_url, has_user, user_name, is_admin, csrf_token, sign_in_url,
// open_tasks, open_tasks_text.
mstch::map LayoutView(const LayoutInfo& info, const Catalogue& t);

}  // namespace fremdrift
