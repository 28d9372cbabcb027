// One indicator as the monitor's overview shows it (templates/
// monitor_card.mustache): its latest figure with unit and period, the
// change since the value before, its achievement against targets (mark,
// word and reason), a small chart and a link to its page. An indicator
// without figures says so ("Ingen tall ennå") with its data note. A series
// by a dimension (when there is no national figure) shows the latest
// figure of each group instead.
#pragma once

#include <string>
#include <vector>

#include <mstch/mstch.hpp>

#include "domain/series.h"
#include "domain/indicator.h"
#include "render/i18n.h"

namespace fremdrift {

// A published indicator and its series as the monitor reads it: the
// national series, or the series by ChartDimension (domain/chart_dimension.h) when there are no
// national values.
struct MonitorEntry {
  Indicator indicator;
  IndicatorSeries series;
};

// The address of an indicator's page on the monitor.
std::string MonitorIndicatorUrl(const std::string& code);

// Keys: has_figures, no_figures_text, grouped, group_label,
// figures_caption, latest {value_text, number_text, unit_text, period_text,
// has_change, change {arrow, text, css}, provisional}, groups [{name, and
// the same keys as latest}].
mstch::map LatestFiguresView(const Indicator& indicator, const IndicatorSeries& series,
                             const Catalogue& t);

// Keys: status list "achievements" [AchievementView], has_achievements,
// achievement_none_text (why there is no assessment).
mstch::map AchievementsView(const Indicator& indicator, const IndicatorSeries& series,
                            const Catalogue& t);

// The card: code, name, url, description, kind_text, has_kind_text,
// data_note, has_data_note, note_with_figures, show_no_figures,
// composite_without_values, wide (a table of groups that needs two
// columns), part_of {name, url, number}, has_part_of, parts [{name, url,
// number, value_text}], has_parts, has_spark, spark_svg, spark_summary,
// plus LatestFiguresView and AchievementsView. `parts` are the entries of the
// indicator's published parts; `parent` the entry of its parent, if
// published. `chart_id` must be unique in the page.
mstch::map MonitorCardView(const MonitorEntry& entry, const std::vector<const MonitorEntry*>& parts,
                           const MonitorEntry* parent, const Catalogue& t,
                           const std::string& chart_id);

// The context templates/monitor_card.mustache is rendered in on its own,
// outside a page: `card` (MonitorCardView's keys) with the page's keys that
// the card's templates use, `t` and `data_lang`.
mstch::map MonitorCardContext(mstch::map card, const Catalogue& t);

}  // namespace fremdrift
