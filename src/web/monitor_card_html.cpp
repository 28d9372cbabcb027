#include "web/monitor_card_html.h"

#include <cstdio>

#include "app/data_version.h"
#include "render/monitor_card.h"
#include "render/template_renderer.h"
#include "web/kept_fragments.h"
#include "web/server.h"

namespace fremdrift {
namespace {

void AppendNumber(std::string& out, double v) {
  char text[32];
  std::snprintf(text, sizeof text, "%.17g", v);
  out += text;
}

void AppendOptional(std::string& out, const std::optional<double>& v) {
  if (v) AppendNumber(out, *v);
  out += '|';
}

// The indicator's state: id, version and data_updated_at.
void AppendIndicatorState(std::string& out, const Indicator& ind) {
  out += std::to_string(ind.id) + 'v' + std::to_string(ind.version) + '@' + ind.data_updated_at + ';';
}

// Every value of the series and its achievements, with a separator that
// no value holds (0x1f) between texts.
void AppendSeriesState(std::string& out, const IndicatorSeries& s) {
  auto text = [&](const std::string& t) {
    out += t;
    out += '\x1f';
  };
  text(s.by);
  for (const auto& g : s.groups) text(g);
  out += '/';
  for (const auto& d : s.dimensions) text(d);
  out += '/';
  for (const auto& v : s.values) {
    text(v.period);
    text(v.group);
    AppendNumber(out, v.value);
    out += ',' + std::to_string(v.n) + ',' + std::to_string(static_cast<int>(v.qualifier)) +
           (v.combined ? "c" : "") + (v.provisional ? "p" : "") + ';';
  }
  out += '/';
  for (const auto& a : s.achievements) {
    out += std::to_string(static_cast<int>(a.status)) + ',' + std::to_string(static_cast<int>(a.reason)) + ',';
    AppendNumber(out, a.target.value);
    out += ',';
    AppendOptional(out, a.actual);
    AppendOptional(out, a.expected);
    AppendOptional(out, a.start);
    text(a.actual_period);
    text(a.start_period);
    out += std::to_string(static_cast<int>(a.actual_qualifier)) + ';';
  }
  out += '/';
}

}  // namespace

MonitorCardHtml KeptMonitorCardHtml(RequestContext& ctx, const Catalogue& t) {
  const std::string stamp = std::to_string(DataBasisStamp(ctx.db()));
  // The database URL keeps servers over different databases in one
  // process (as in tests) apart.
  const std::string prefix = ctx.pool().url() + "|monitor-card|" + t.lang() + '|';
  std::string rule;
  AppendNumber(rule, ctx.config().achievement.tolerance);
  return [&ctx, &t, stamp, prefix, rule](const MonitorEntry& entry, const std::vector<const MonitorEntry*>& parts,
                                         const MonitorEntry* parent, const std::string& chart_id) {
    const std::string address = prefix + std::to_string(entry.indicator.id) + '|' + chart_id;
    std::string key = stamp + '|' + rule + '|';
    AppendIndicatorState(key, entry.indicator);
    AppendSeriesState(key, entry.series);
    for (const MonitorEntry* p : parts) {
      AppendIndicatorState(key, p->indicator);
      AppendSeriesState(key, p->series);
    }
    key += "parent:";
    if (parent) AppendIndicatorState(key, parent->indicator);
    return *KeptFragmentTexts().FindOrMake(address, key, [&] {
      return TemplatesFor(ctx.config().assets_dir)
          .Render("monitor_card", MonitorCardContext(MonitorCardView(entry, parts, parent, t, chart_id), t));
    });
  };
}

}  // namespace fremdrift
