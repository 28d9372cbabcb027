#include "web/follow_up_rows.h"

#include "app/governance_reads.h"
#include "app/minutes_queries.h"
#include "render/follow_up_view.h"
#include "render/url_for.h"
#include "web/page_frame.h"

namespace fremdrift {

mstch::array ActionRows(RequestContext& ctx, const std::vector<ActionInContext>& actions) {
  const Catalogue& t = PageCatalogue(ctx);
  auto label = [&](const Case& c, const Body& b) {
    return t.Format("gov_case_heading", {{"body", b.short_name}, {"number", CaseNumberLabel(c.number, c.year)}}) +
           " " + c.title;
  };
  mstch::array out;
  for (const auto& x : actions) {
    ActionRowContext rc{label(x.item, x.body), UrlFor(routes::kCase, x.item.id), x.to_body ? x.to_body->name : "", "", ""};
    if (x.action.brought_back_case_id) {
      if (auto later = FindCaseById(ctx.db(), *x.action.brought_back_case_id)) {
        const Body& b = x.to_body ? *x.to_body : x.body;
        rc.brought_back_label = label(*later, b);
        rc.brought_back_url = UrlFor(routes::kCase, later->id);
      }
    }
    out.push_back(ActionRowView(x.action, rc, t));
  }
  return out;
}

void AddOpenActionsConcerning(RequestContext& ctx, mstch::map& view, const std::string& kind,
                              const std::string& reference) {
  std::vector<FollowUpAction> open;
  for (auto& a : ActionsConcerning(ctx.db(), kind, reference)) {
    if (IsOpenAction(a.state)) open.push_back(std::move(a));
  }
  mstch::array rows = ActionRows(ctx, InContext(ctx.db(), open));
  view["has_open_actions"] = !rows.empty();
  view["open_actions"] = rows;
}

}  // namespace fremdrift
