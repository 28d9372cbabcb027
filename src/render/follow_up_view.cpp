#include "render/follow_up_view.h"

#include "render/date_text.h"
#include "render/url_for.h"

namespace fremdrift {

std::string ActionStateText(ActionState s, const Catalogue& t) {
  return t.Text("action_state_" + std::string(ActionStateKey(s)));
}

mstch::map ActionRowView(const FollowUpAction& a, const ActionRowContext& c, const Catalogue& t) {
  std::string when;
  if (a.due) when = t.Format("action_due_by", {{"date", DateText(*a.due, t.lang())}});
  else if (a.to_meeting) when = t.Format("action_back_to", {{"body", c.to_body}});
  else when = t.Text("action_no_due");
  return {{"id", std::to_string(a.id)},
          {"description", a.description},
          {"organisation", a.organisation},
          {"when", when},
          {"state", ActionStateText(a.state, t)},
          {"state_key", std::string(ActionStateKey(a.state))},
          {"is_open", IsOpenAction(a.state)},
          {"has_reason", !a.state_reason.empty()},
          {"reason", a.state_reason},
          {"case_label", c.case_label},
          {"case_url", c.case_url},
          {"edit_url", UrlFor(routes::kActionEdit, a.id)},
          {"state_url", UrlFor(routes::kActionState, a.id)},
          {"version", std::to_string(a.version)},
          {"has_brought_back", !c.brought_back_label.empty()},
          {"brought_back_label", c.brought_back_label},
          {"brought_back_url", c.brought_back_url}};
}

}  // namespace fremdrift
