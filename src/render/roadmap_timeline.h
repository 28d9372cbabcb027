// The roadmap timeline, drawn on the server as SVG so that no JavaScript is
// needed: one bar per deliverable from its start to its end over year
// ticks, grouped under headings, with the phases written beside each bar.
//
// An undefined (or missing) start or end is drawn as an open bar that
// fades to the chart's edge with an arrow, and says so in text ("udefinert
// slutt"). A tentative schedule has a light fill with a dashed outline and
// says so in text. A legend at the top explains the marks, so that no
// meaning rests on colour alone. Every text from data is escaped.
//
// A bar with a phase is coloured by the phase the deliverable reaches (the
// last of its range), by that phase's place on the strategy's phase scale;
// the legend names each phase's colour and the phases are written under
// the bar, so colour is never the only cue. A bar without a phase keeps
// the plain blue.
//
// The SVG has role="img", a <title> and a <desc> (the text summary); the
// page shows the same rows in a data table for those who cannot see it.
// Each bar is one <rect class="tl-bar ...">; nothing else uses that class.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "domain/date.h"

namespace fremdrift {

// The phase that colours a bar: its place on the strategy's scale (0 =
// first), its key (class "tl-phase-<key>") and its name for the legend.
struct BarPhase {
  int position = 0;
  std::string key;
  std::string name;
};

struct TimelineBar {
  std::string label;    // the deliverable's title
  ScheduleDate start;   // kUndefined and kNone are drawn open
  ScheduleDate end;
  std::string dates;    // the dates in words, for the bar's tooltip
  std::string phases;   // the phase range in words
  bool tentative = false;
  std::optional<BarPhase> phase;  // colours the bar; none: the plain colour
};

struct TimelineGroup {
  // Heading lines, outermost first. A line equal to the previous group's
  // line at the same depth (with the same lines above it) is not repeated.
  std::vector<std::string> heading;
  std::vector<TimelineBar> bars;
};

// The translated words the chart uses.
struct TimelineTexts {
  std::string title;              // the chart's <title>
  std::string description;        // the chart's <desc>: a text summary
  std::string tentative;          // "tentativ tidsplan"
  std::string open_start;         // "udefinert start"
  std::string open_end;           // "udefinert slutt"
  std::string legend_firm;        // "Fast tidsplan"
  std::string legend_tentative;   // "Tentativ tidsplan (stiplet kant)"
  std::string legend_open_start;  // "Udefinert start"
  std::string legend_open_end;    // "Udefinert slutt"
  std::string today;              // "I dag"
  std::string legend_phase;       // "Farge: fasen leveransen når" (before the phase swatches)
};

struct TimelineYears {
  int first = 0;
  int last = 0;  // inclusive
};

// The years the axis spans: the earliest to the latest set date among the
// bars, and a year after the start of a bar with an open end (a year before
// the end of one with an open start) so that the openness shows;
// `fallback` when no bar has a set date.
TimelineYears TimelineYearSpan(const std::vector<TimelineGroup>& groups, TimelineYears fallback);

// The strategy period `period`, widened to the bars that fall outside it
// (TimelineYearSpan), so the axis always covers the whole period.
TimelineYears TimelinePeriodSpan(const std::vector<TimelineGroup>& groups, TimelineYears period);

// The colour of the bars of the phase at `position` on its scale
// ("#rrggbb"), at least 4.5:1 against white.
std::string PhaseColour(int position);

// The whole <svg> element. `today` draws a marked line when it falls
// within `years`.
std::string RenderTimelineSvg(const std::vector<TimelineGroup>& groups,
                              const TimelineTexts& texts, TimelineYears years,
                              std::optional<Date> today);

}  // namespace fremdrift
