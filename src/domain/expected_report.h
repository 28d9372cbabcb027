// An expected report of a reporting round: what one organisation owes the
// secretariat for one subject (a plan item at the strategy's reporting
// levels, or an indicator with a responsible organisation) in an open
// period, and where it is in its workflow:
//   not started → draft → submitted → accepted,
//   submitted (or accepted) → returned (with the secretariat's comment)
//   → submitted again.
// Late is derived from the deadline, never a state.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/assessment.h"
#include "domain/date.h"
#include "domain/failure.h"

namespace fremdrift {

enum class ReportState { kNotStarted, kDraft, kSubmitted, kAccepted, kReturned };

// not_started, draft, submitted, accepted, returned
std::string_view ReportStateKey(ReportState s);
std::optional<ReportState> ReportStateFromKey(std::string_view key);

// What someone does to a report: the owner saves a draft or submits; the
// secretariat accepts or returns.
enum class ReportAction { kSaveDraft, kSubmit, kAccept, kReturn };
std::string_view ReportActionKey(ReportAction a);  // draft, submit, accept, return
std::optional<ReportAction> ReportActionFromKey(std::string_view key);

// Who acts on a report: an admin (the secretariat), an editor of an owner
// organisation, or anybody else.
enum class ReportActor { kSecretariat, kOwner, kOther };

// Checks `action` on a report in `from` by `actor`: nullopt when allowed,
// else the refusal to throw, with its rule for the message catalogue
// (kForbidden for someone who may not do it at all, kConflict for a step
// the report's state does not allow, kInvalid for a missing comment).
// Owners save and submit while the report is not started, a draft or
// returned; once submitted it is the secretariat's until it is returned.
// The secretariat may do everything an owner may, accepts a submitted
// report and returns a submitted or accepted one, with a non-empty
// `comment`.
std::optional<Failure> ReportActionRefusal(ReportState from, ReportAction action, ReportActor actor,
                                           std::string_view comment);

// The state after an allowed action. A draft saved on a returned report
// keeps it returned (the comment still stands); the secretariat saving a
// submitted or accepted report leaves its state alone.
ReportState StateAfter(ReportState from, ReportAction action);

// Whether the owner still has to act: not started, draft or returned.
bool IsOpenTask(ReportState s);

// Whether the report is in: submitted or accepted.
inline bool IsIn(ReportState s) { return s == ReportState::kSubmitted || s == ReportState::kAccepted; }

// Late: the deadline (seconds since 1970 UTC) has passed and the report is
// not in. No deadline, never late.
bool IsLate(ReportState s, std::optional<int64_t> deadline_utc, int64_t now_utc);

// Whole days from `today` to the deadline's date, both in Oslo; negative
// once it has passed, 0 on the day.
int DaysLeft(const Date& deadline_date, const Date& today);

// Moving an open period to review while `missing` expected reports are
// not in needs a stated reason; "" when the move may go on.
std::string ReviewGapRefusal(int missing, std::string_view reason);

// One expected report, as the task list and coverage show it.
struct ExpectedReport {
  Subject subject;
  std::string code;   // the item's code or the indicator's code
  std::string title;  // the item's title or the indicator's name
  std::vector<std::string> owners;  // organisation short names
  std::string goal_key;             // the goal it comes under ("" when none)
  int order = 0;                    // plan order within the strategy
  ReportState state = ReportState::kNotStarted;
  std::string return_comment;  // the secretariat's, when returned
  std::string changed_by;
  std::string changed_at;  // UTC timestamp of the last change of state
  std::string submitted_at;
  int64_t version = 0;  // 0 before the first change
};

// Orders a task list: returned reports first, then by the goal's order
// (`goal_order` gives each goal key its place; unknown goals last), then
// plan order.
void SortTasks(std::vector<ExpectedReport>& tasks, const std::vector<std::string>& goal_order);

// The first open task after `current` in `tasks` (already sorted), going
// round to the start; nullopt when no other open task is left.
std::optional<ExpectedReport> NextTask(const std::vector<ExpectedReport>& tasks, const Subject& current);

// Groups sorted tasks by goal, keeping the order of first appearance.
std::vector<std::pair<std::string, std::vector<ExpectedReport>>> GroupByGoal(
    const std::vector<ExpectedReport>& tasks);

}  // namespace fremdrift
