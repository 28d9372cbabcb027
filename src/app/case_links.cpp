#include "app/case_links.h"

#include <algorithm>
#include <set>

#include "app/external_case_links.h"
#include "app/visibility.h"
#include "storage/body_store.h"
#include "storage/case_store.h"
#include "storage/indicator_store.h"
#include "storage/meeting_store.h"
#include "storage/period_store.h"
#include "storage/plan_item_store.h"
#include "storage/strategy_store.h"

namespace fremdrift {

ResolvedCaseLink ResolveCaseLink(SqlConnection& conn, const CaseLink& link) {
  ResolvedCaseLink out;
  out.link = link;
  auto slash = link.reference.find('/');
  std::string first = slash == std::string::npos ? "" : link.reference.substr(0, slash);
  std::string second = slash == std::string::npos ? "" : link.reference.substr(slash + 1);
  if (link.kind == "plan_item") {
    if (auto s = StrategyStore(conn).FindByKey(first)) {
      if (auto item = PlanItemStore(conn).FindByKey(s->id, second)) {
        out.found = true;
        out.title = (item->code.empty() ? "" : item->code + " ") + item->title;
        out.strategy_key = s->key;
        out.target_key = item->key;
        out.public_target = MaySee(Viewer::Public(), *s);
      }
    }
  } else if (link.kind == "report" || link.kind == "reporting_period") {
    if (auto s = StrategyStore(conn).FindByKey(first)) {
      if (auto p = PeriodStore(conn).Find(s->id, second)) {
        out.found = true;
        out.title = p->title.empty() ? p->code : p->title;
        out.strategy_key = s->key;
        out.target_key = p->code;
        out.public_target = MaySee(Viewer::Public(), *s, *p);
      }
    }
  } else if (link.kind == "indicator") {
    if (auto ind = IndicatorStore(conn).FindByCode(link.reference)) {
      out.found = true;
      out.title = ind->name;
      out.target_key = ind->code;
      out.public_target = MaySee(Viewer::Public(), *ind);
    }
  } else if (auto ext = ResolveExternalCaseLink(conn, link)) {
    out.found = true;
    out.title = ext->title;
    out.target_key = ext->key;
  }
  return out;
}

std::vector<FieldProblem> MissingLinkTargets(SqlConnection& conn, const std::vector<CaseLink>& links,
                                             const std::string& path) {
  std::vector<FieldProblem> out;
  for (size_t i = 0; i < links.size(); ++i) {
    if (!CaseLinkProblem(links[i]).empty()) continue;
    if (!ResolveCaseLink(conn, links[i]).found) {
      out.push_back({path + "links[" + std::to_string(i) + "].reference",
                     "no " + links[i].kind + " '" + links[i].reference + "'"});
    }
  }
  return out;
}

std::vector<CaseMention> CasesConcerning(SqlConnection& conn, const std::vector<std::string>& kinds,
                                         const std::string& reference) {
  std::vector<CaseMention> out;
  std::set<int64_t> seen;
  CaseStore cases(conn);
  MeetingStore meetings(conn);
  BodyStore bodies(conn);
  for (const auto& kind : kinds) {
    for (const auto& c : cases.LinkedTo(kind, reference)) {
      if (!seen.insert(c.id).second) continue;
      auto m = meetings.FindById(c.meeting_id);
      auto b = bodies.FindById(c.body_id);
      out.push_back({c.id, CaseNumberLabel(c.number, c.year), b ? b->short_name : "", c.title,
                     m ? m->date.ToIso() : "", c.status});
    }
  }
  std::sort(out.begin(), out.end(), [](const CaseMention& a, const CaseMention& b) {
    if (a.meeting_date != b.meeting_date) return a.meeting_date < b.meeting_date;
    return a.case_id < b.case_id;
  });
  return out;
}

}  // namespace fremdrift
