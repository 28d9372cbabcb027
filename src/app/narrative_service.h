// The narrative of a reporting period, written in the browser: for the
// strategy as a whole and for each goal, its summaries ("oppsummering"),
// strategic themes for discussion and other qualitative information
// (PeriodNote). The narrative's owner is the secretariat (admins) or an
// organisation the secretariat assigns; it follows the period's workflow
// (owners write while the period is open, admins also in review, nobody
// once it is approved) and every change is audited (entity
// "period_narrative", id "PERIOD_ID/strategy" or "PERIOD_ID/item:GOAL").
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "app/round_reads.h"
#include "domain/assessment.h"
#include "domain/plan_item.h"
#include "domain/reporting_period.h"
#include "domain/strategy.h"
#include "domain/user.h"
#include "storage/sql_connection.h"

namespace fremdrift {

// The subjects that have a narrative: the strategy and its goals
// (level-1 items). Throws kNotFound for anything else.
void RequireNarrativeSubject(SqlConnection& conn, const Strategy& strategy, const Subject& subject);

// The organisation assigned to write the narrative of `subject` ("" when
// it is the secretariat's).
std::string NarrativeOwner(SqlConnection& conn, const Strategy& strategy, const Subject& subject);

// Throws unless `actor` may write the narrative of `subject` in `period`
// now: kConflict once the period is approved (or in review, for
// non-admins), kForbidden for anyone but admins and editors of the
// assigned organisation.
void RequireMayWriteNarrative(SqlConnection& conn, const User& actor, const Strategy& strategy,
                              const ReportingPeriod& period, const Subject& subject);

// The notes of `subject` in the period, in order.
std::vector<PeriodNote> NarrativeNotes(SqlConnection& conn, const ReportingPeriod& period, const Subject& subject);

// A fingerprint of the notes, which the form carries back so that a
// change made by someone else in between is refused (kConflict, field
// "version").
std::string NarrativeVersion(const std::vector<PeriodNote>& notes);

// Replaces the notes of `subject` in the period with `notes` (kinds
// summary, theme, qualitative; empty texts are dropped). `version` must be
// the one the writer read.
void SaveNarrative(SqlConnection& conn, const User& actor, const Strategy& strategy,
                   const ReportingPeriod& period, const Subject& subject, std::vector<PeriodNote> notes,
                   const std::string& version);

// Assigns the narrative of `subject` to an organisation ("" gives it back
// to the secretariat). Admins only; audited.
void AssignNarrative(SqlConnection& conn, const User& actor, const Strategy& strategy, const Subject& subject,
                     const std::string& organisation);

// A narrative the secretariat has given an organisation to write, in a
// period that is open: `goal` is the goal's plan item, or nullopt for the
// strategy as a whole.
struct NarrativeTask {
  Strategy strategy;
  ReportingPeriod period;
  std::optional<PlanItem> goal;
};

// The narrative tasks of `organisation`, by strategy and period. A goal
// assigned but no longer in the plan is left out.
// Reads the strategies and their periods through `reads`.
std::vector<NarrativeTask> NarrativeTasksOf(RoundReads& reads, const std::string& organisation);

}  // namespace fremdrift
