#include "render/layout_view.h"

namespace fremdrift {

mstch::map LayoutView(const LayoutInfo& info, const Catalogue& t) {
  return mstch::map{
      {"lang", t.lang()},
      // The language the plan's own texts are written in. The data carries
      // no language yet; marking it keeps an English page honest for
      // screen readers (WCAG 3.1.2).
      {"data_lang", std::string("nb")},
      {"t", t.AsMstch()},
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
