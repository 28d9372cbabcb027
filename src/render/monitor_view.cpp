#include "render/monitor_view.h"

#include <algorithm>
#include <map>

#include "render/chart_number_text.h"
#include "render/filter_form_view.h"
#include "render/item_view.h"
#include "render/monitor_card.h"
#include "render/url_for.h"

namespace fremdrift {
namespace {

using EntriesByCode = std::map<std::string, const MonitorEntry*>;
using PartsByParent = std::map<std::string, std::vector<const MonitorEntry*>>;

// One group's indicators: cards for those with figures, and a compact
// list of those whose figures are still to come ("kommer").
struct GroupCards {
  mstch::array cards;
  mstch::array coming;
};

// True when neither the indicator nor any of its parts has a figure yet.
bool FiguresToCome(const MonitorEntry& entry, const std::vector<const MonitorEntry*>& parts) {
  if (!entry.series.values.empty()) return false;
  return std::all_of(parts.begin(), parts.end(),
                     [](const MonitorEntry* p) { return p->series.values.empty(); });
}

// Cards for the rows [begin, end) of one section, parts nested in their
// parents.
GroupCards Cards(const std::vector<const Indicator*>& rows, size_t begin, size_t end, const EntriesByCode& by_code,
                 const PartsByParent& parts_by_parent, const MonitorCardHtml& card_html, int& chart_counter) {
  GroupCards out;
  static const std::vector<const MonitorEntry*> kNone;
  for (size_t k = begin; k < end; ++k) {
    const Indicator* i = rows[k];
    const MonitorEntry* entry = by_code.at(i->code);
    auto found = parts_by_parent.find(i->code);
    const auto& parts = found == parts_by_parent.end() ? kNone : found->second;
    const MonitorEntry* parent = nullptr;
    if (!i->parent.empty()) {
      auto it = by_code.find(i->parent);
      if (it != by_code.end()) parent = it->second;
    }
    if (FiguresToCome(*entry, parts)) {
      out.coming.push_back(mstch::map{{"name", i->name}, {"url", MonitorIndicatorUrl(i->code)}});
      continue;
    }
    out.cards.push_back(mstch::map{{"html", card_html(*entry, parts, parent, "spark-" + std::to_string(++chart_counter))}});
  }
  return out;
}

std::string Count(size_t n, const Catalogue& t) { return FormatNumber(double(n), {t.lang(), "", 0}); }

std::string CountText(size_t n, const Catalogue& t) {
  return t.Format(n == 1 ? "monitor_count_one" : "monitor_count", {{"count", Count(n, t)}});
}

// The search form (render/filter_form_view.h): words and a goal.
FilterForm Filters(const MonitorPageData& d, const Catalogue& t) {
  FilterField words{"mon-f-q", "q", t.Text("monitor_filter_words"), d.choice.words};
  words.search = true;
  FilterField goal{"mon-f-mal", "mal", t.Text("monitor_filter_goal"), d.choice.goal};
  goal.data_lang = true;
  goal.options.push_back({"", t.Text("filter_all")});
  for (const auto* g : d.goals) goal.options.push_back({g->key, ItemHeading(*g, *d.strategy)});
  if (d.has_others) goal.options.push_back({std::string(kMonitorOthersKey), t.Text("monitor_others")});
  FilterForm form;
  form.action = UrlFor(routes::kMonitor);
  form.heading = t.Text("monitor_filters_heading");
  form.submit = t.Text("monitor_filters_submit");
  form.reset_url = UrlFor(routes::kMonitor);
  form.reset_text = t.Text("filter_reset");
  form.active_label = t.Text("active_filters");
  form.count_text = t.Format("monitor_filter_count",
                             {{"shown", Count(d.listing.indicators, t)}, {"total", Count(d.total, t)}});
  if (d.listing.pages > 1) {
    form.count_text += " " + t.Format("monitor_page_status", {{"page", Count(d.listing.page, t)},
                                                              {"pages", Count(d.listing.pages, t)}});
  }
  form.fields = {words};
  if (d.strategy && !d.goals.empty()) form.fields.push_back(goal);
  return form;
}

// Links to the pages before and after, and to each page.
mstch::map Pages(const MonitorPageData& d, const Catalogue& t) {
  const MonitorListing& l = d.listing;
  auto url = [&](size_t page) {
    MonitorChoice c = d.choice;
    c.page = page;
    return MonitorPageUrl(c);
  };
  mstch::array links;
  for (size_t p = 1; p <= l.pages; ++p) {
    links.push_back(mstch::map{{"url", url(p)},
                               {"number", Count(p, t)},
                               {"label", t.Format("monitor_page_number", {{"page", Count(p, t)}})},
                               {"current", p == l.page}});
  }
  mstch::map view{{"status", t.Format("monitor_page_status", {{"page", Count(l.page, t)}, {"pages", Count(l.pages, t)}})},
                  {"links", links}};
  view["previous"] = l.page > 1 ? mstch::map{{"url", url(l.page - 1)}} : mstch::map{};
  view["has_previous"] = l.page > 1;
  view["next"] = l.page < l.pages ? mstch::map{{"url", url(l.page + 1)}} : mstch::map{};
  view["has_next"] = l.page < l.pages;
  return view;
}

}  // namespace

mstch::map MonitorView(const MonitorPageData& d, const Catalogue& t, const MonitorCardHtml& card_html) {
  EntriesByCode by_code;
  PartsByParent parts_by_parent;
  for (const auto& e : d.entries) {
    by_code[e.indicator.code] = &e;
    if (!e.indicator.parent.empty()) parts_by_parent[e.indicator.parent].push_back(&e);
  }
  for (auto& [code, parts] : parts_by_parent) {
    std::stable_sort(parts.begin(), parts.end(), [](const MonitorEntry* a, const MonitorEntry* b) {
      return a->indicator.part_number < b->indicator.part_number;
    });
  }
  const MonitorListing& l = d.listing;
  mstch::map view{{"intro", t.Text("monitor_intro")},
                  {"count_text", t.Format("monitor_total", {{"count", Count(d.total, t)}})},
                  {"has_strategy", d.strategy.has_value()},
                  {"filter_form", FilterFormView(Filters(d, t))}};
  view["strategy"] = d.strategy ? mstch::map{{"name", d.strategy->name},
                                             {"url", UrlFor(routes::kStrategy, d.strategy->key)}}
                                : mstch::map{};
  int chart_counter = 0;
  mstch::array goals, toc;
  mstch::map others;
  bool has_others = false;
  for (const auto& s : l.sections) {
    std::string anchor = s.goal ? "mal-" + s.goal->key : std::string("andre-indikatorer");
    std::string heading = s.goal ? ItemHeading(*s.goal, *d.strategy) : t.Text("monitor_others");
    std::string count = CountText(s.rows.size(), t);
    bool shown = l.Shown(s);
    std::string href = "#" + anchor;
    if (!shown) {
      MonitorChoice c = d.choice;
      c.page = l.PageOf(s);
      href = MonitorPageUrl(c) + href;
    }
    toc.push_back(mstch::map{{"href", href}, {"text", heading}, {"count_text", count}});
    if (!shown) continue;
    auto [begin, end] = l.RowsOnPage(s);
    GroupCards cards = Cards(s.rows, begin, end, by_code, parts_by_parent, card_html, chart_counter);
    mstch::map section{{"anchor", anchor},
                       {"heading", heading},
                       {"cards", cards.cards},
                       {"has_cards", !cards.cards.empty()},
                       {"coming", cards.coming},
                       {"has_coming", !cards.coming.empty()},
                       {"continued", begin > 0}};
    if (s.goal) {
      section["url"] = UrlFor(routes::kItem, d.strategy->key, s.goal->key);
      section["is_empty"] = s.rows.empty();
      section["count_text"] = count;
      section["empty_text"] = t.Text("monitor_goal_empty");
      goals.push_back(section);
    } else {
      section["intro"] = t.Text("monitor_others_intro");
      others = section;
      has_others = true;
    }
  }
  view["goals"] = goals;
  view["toc"] = toc;
  view["has_toc"] = !toc.empty();
  view["others"] = others;
  view["has_others"] = has_others;
  bool chosen = !d.choice.words.empty() || !d.choice.goal.empty();
  view["has_none"] = chosen && l.rows == 0;
  view["none_text"] = t.Text("monitor_filter_none");
  view["has_pages"] = l.pages > 1;
  view["pages"] = l.pages > 1 ? Pages(d, t) : mstch::map{};
  return view;
}

}  // namespace fremdrift
