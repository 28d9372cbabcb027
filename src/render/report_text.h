// The words of a status report that the HTML view and the Markdown writer
// share: a status as a word with the colour of its level (never the colour
// alone), the trend against the previous period in words, an indicator's
// latest figures and current targets, and headings built from the plan.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/status_report.h"
#include "render/i18n.h"

namespace fremdrift {

// A status as a reader sees it. `key` is the level's key, "not_assessed" or
// "no_data" (a missing assessment reads "not assessed"); `colour` is the
// level's colour from the strategy's scale, "" for the two values outside
// the scale.
struct StatusText {
  std::string key;
  std::string word;    // "Rød", "Ikke vurdert"
  std::string colour;  // "#c62828", or ""
  StatusShape shape = StatusShape::kCircle;  // the level's mark beside the word
};

StatusText DescribeStatus(std::string_view status, const StatusScale& scale, const Catalogue& t);
StatusText DescribeStatus(const std::optional<Assessment>& a, const StatusScale& scale,
                          const Catalogue& t);

// The trend from `previous` to `now` in words: "Bedre", "Verre", "Uendret",
// "Kan ikke sammenlignes", or "Ingen tidligere vurdering" when there is no
// previous assessment (or no previous period).
std::string TrendText(const std::optional<Assessment>& previous, const std::optional<Assessment>& now,
                      const StatusScale& scale, const Catalogue& t);
// The trend's key: improved, worsened, unchanged, not_comparable or none.
std::string TrendKeyOf(const std::optional<Assessment>& previous, const std::optional<Assessment>& now,
                       const StatusScale& scale);

// Whether a suggestion is worth showing beside `status`: it is a level of
// the scale and differs from the status set.
bool SuggestionDiffers(const std::optional<Suggestion>& suggestion, std::string_view status,
                       const StatusScale& scale);

// "Mål 1: Aktiv medvirkning i egen og næres helse".
std::string GoalHeading(const Strategy& strategy, const PlanItem& goal);
// "2B Helsepersonell skal ha ...", or the title alone without a code.
std::string ItemName(const PlanItem& item);

// The owners of an item as the initiative table shows them: short names,
// joined with ", " ("Hdir, NHN"); "" for none.
std::string OwnersText(const std::vector<std::string>& owners);

// The figures of a row: "76 % (1. kvartal 2023)"; a group's with its name,
// "Ja: 37 % (1. kvartal 2023)"; a part's of a composite indicator with the
// part's name unless its unit says what it counts, "283 søknader (2022)".
// Provisional figures say so. None when the figures are not shown.
std::vector<std::string> FigureTexts(const ReportIndicatorRow& row, const Catalogue& t);
// What the figure cell says when there are no figures: "Ingen tall ennå",
// or that the figures are not public.
std::string NoFiguresText(const ReportIndicatorRow& row, const Catalogue& t);
// The targets of a row: "80 % innen 31.12.2023", "Sykehjem: 80 % innen 31.12.2023".
std::vector<std::string> TargetTexts(const ReportIndicatorRow& row, const Catalogue& t);

// The heading of a progress column: the target label the rows share
// ("Fremdrift mot 2025"), else "Fremdrift".
std::string ProgressHeading(const std::vector<const Assessment*>& rows, const Catalogue& t);

// A period's name: "1. kvartal 2023" / "Q1 2023".
std::string PeriodName(const std::string& code, const Catalogue& t);

// The state of a period in words: "Publisert", "Åpen" ...
std::string PeriodStateText(PeriodState state, const Catalogue& t);

// When the report was published, as its title page says it: the date the
// period was last published ("12.05.2023"), "Dato ikke registrert" for a
// published period whose date is not known, "Ikke publisert" for a period
// that is not published (a draft). Never the date it was rendered.
std::string PublishedText(const ReportingPeriod& period, const Catalogue& t);

// Text split into paragraphs at line breaks, without empty ones.
std::vector<std::string> Paragraphs(const std::string& text);

// The report's title: "Statusrapport 1. kvartal 2023 – Nasjonal e-helsestrategi 2023–2030".
std::string ReportDocumentTitle(const StatusReport& report, const Catalogue& t);

// A file name for a download: "statusrapport-2023-Q1.pdf" /
// "status-report-2023-Q1.md" (codes are [A-Za-z0-9-]; other characters
// become "-").
std::string ReportFileName(const std::string& code, const std::string& extension, const Catalogue& t);

}  // namespace fremdrift
