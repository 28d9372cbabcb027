#include "domain/expected_report.h"

#include <algorithm>

#include "domain/failure.h"
#include "domain/oslo_time.h"

namespace fremdrift {

std::string_view ReportStateKey(ReportState s) {
  switch (s) {
    case ReportState::kNotStarted: return "not_started";
    case ReportState::kDraft: return "draft";
    case ReportState::kSubmitted: return "submitted";
    case ReportState::kAccepted: return "accepted";
    case ReportState::kReturned: return "returned";
  }
  return "not_started";
}

std::optional<ReportState> ReportStateFromKey(std::string_view key) {
  for (ReportState s : {ReportState::kNotStarted, ReportState::kDraft, ReportState::kSubmitted,
                        ReportState::kAccepted, ReportState::kReturned}) {
    if (ReportStateKey(s) == key) return s;
  }
  return std::nullopt;
}

std::string_view ReportActionKey(ReportAction a) {
  switch (a) {
    case ReportAction::kSaveDraft: return "draft";
    case ReportAction::kSubmit: return "submit";
    case ReportAction::kAccept: return "accept";
    case ReportAction::kReturn: return "return";
  }
  return "draft";
}

std::optional<ReportAction> ReportActionFromKey(std::string_view key) {
  for (ReportAction a : {ReportAction::kSaveDraft, ReportAction::kSubmit, ReportAction::kAccept,
                         ReportAction::kReturn}) {
    if (ReportActionKey(a) == key) return a;
  }
  return std::nullopt;
}

std::optional<Failure> ReportActionRefusal(ReportState from, ReportAction action, ReportActor actor,
                                           std::string_view comment) {
  const bool secretariat = actor == ReportActor::kSecretariat;
  auto refuse = [](FailureCode code, const char* message, const char* field, const char* rule) {
    return std::optional<Failure>(Failure(code, message, field, rule, {}));
  };
  switch (action) {
    case ReportAction::kSaveDraft:
    case ReportAction::kSubmit:
      if (actor == ReportActor::kOther) {
        return refuse(FailureCode::kForbidden, "only the owner organisation or the secretariat may report on this",
                      "", "report_not_yours");
      }
      if (IsOpenTask(from)) return std::nullopt;
      if (secretariat) {
        if (action == ReportAction::kSaveDraft) return std::nullopt;
        return refuse(FailureCode::kConflict, "the report is already submitted or accepted", "state",
                      "report_already_in");
      }
      return refuse(FailureCode::kConflict,
                    "the report is submitted: it can be changed again only when the secretariat returns it",
                    "state", "report_not_open");
    case ReportAction::kAccept:
      if (!secretariat) {
        return refuse(FailureCode::kForbidden, "only the secretariat may accept a report", "",
                      "report_accept_by_secretariat");
      }
      if (from != ReportState::kSubmitted) {
        return refuse(FailureCode::kConflict, "only a submitted report can be accepted", "state",
                      "report_accept_needs_submitted");
      }
      return std::nullopt;
    case ReportAction::kReturn:
      if (!secretariat) {
        return refuse(FailureCode::kForbidden, "only the secretariat may return a report", "",
                      "report_return_by_secretariat");
      }
      if (from != ReportState::kSubmitted && from != ReportState::kAccepted) {
        return refuse(FailureCode::kConflict, "only a submitted or accepted report can be returned", "state",
                      "report_return_needs_submitted");
      }
      if (comment.find_first_not_of(" \t\r\n") == std::string_view::npos) {
        return refuse(FailureCode::kInvalid, "returning a report needs a comment", "comment",
                      "report_return_needs_comment");
      }
      return std::nullopt;
  }
  return refuse(FailureCode::kInvalid, "unknown action", "action", "report_unknown_action");
}

ReportState StateAfter(ReportState from, ReportAction action) {
  switch (action) {
    case ReportAction::kSaveDraft:
      return IsOpenTask(from) && from != ReportState::kReturned ? ReportState::kDraft : from;
    case ReportAction::kSubmit: return ReportState::kSubmitted;
    case ReportAction::kAccept: return ReportState::kAccepted;
    case ReportAction::kReturn: return ReportState::kReturned;
  }
  return from;
}

bool IsOpenTask(ReportState s) {
  return s == ReportState::kNotStarted || s == ReportState::kDraft || s == ReportState::kReturned;
}

bool IsLate(ReportState s, std::optional<int64_t> deadline_utc, int64_t now_utc) {
  return deadline_utc && now_utc > *deadline_utc && !IsIn(s);
}

int DaysLeft(const Date& deadline_date, const Date& today) {
  return static_cast<int>(DaysFromCivil(deadline_date) - DaysFromCivil(today));
}

std::string ReviewGapRefusal(int missing, std::string_view reason) {
  if (missing <= 0 || reason.find_first_not_of(" \t\r\n") != std::string_view::npos) return "";
  return std::to_string(missing) + " expected reports are not in: give a reason to go on to review with gaps";
}

void SortTasks(std::vector<ExpectedReport>& tasks, const std::vector<std::string>& goal_order) {
  auto goal_rank = [&](const std::string& key) {
    auto it = std::find(goal_order.begin(), goal_order.end(), key);
    return static_cast<size_t>(it - goal_order.begin());
  };
  std::stable_sort(tasks.begin(), tasks.end(), [&](const ExpectedReport& a, const ExpectedReport& b) {
    bool ra = a.state == ReportState::kReturned, rb = b.state == ReportState::kReturned;
    if (ra != rb) return ra;
    size_t ga = goal_rank(a.goal_key), gb = goal_rank(b.goal_key);
    if (ga != gb) return ga < gb;
    return a.order < b.order;
  });
}

std::optional<ExpectedReport> NextTask(const std::vector<ExpectedReport>& tasks, const Subject& current) {
  size_t start = 0;
  for (size_t i = 0; i < tasks.size(); ++i) {
    if (tasks[i].subject == current) start = i + 1;
  }
  for (size_t n = 0; n < tasks.size(); ++n) {
    const ExpectedReport& t = tasks[(start + n) % tasks.size()];
    if (t.subject != current && IsOpenTask(t.state)) return t;
  }
  return std::nullopt;
}

std::vector<std::pair<std::string, std::vector<ExpectedReport>>> GroupByGoal(
    const std::vector<ExpectedReport>& tasks) {
  std::vector<std::pair<std::string, std::vector<ExpectedReport>>> groups;
  for (const auto& t : tasks) {
    auto it = std::find_if(groups.begin(), groups.end(), [&](const auto& g) { return g.first == t.goal_key; });
    if (it == groups.end()) {
      groups.emplace_back(t.goal_key, std::vector<ExpectedReport>{});
      it = groups.end() - 1;
    }
    it->second.push_back(t);
  }
  return groups;
}

}  // namespace fremdrift
