#include "domain/reporting_period.h"

#include "domain/period.h"

namespace fremdrift {

std::string_view PeriodStateKey(PeriodState s) {
  switch (s) {
    case PeriodState::kOpen: return "open";
    case PeriodState::kInReview: return "in_review";
    case PeriodState::kApproved: return "approved";
    case PeriodState::kPublished: return "published";
  }
  return "open";
}

std::optional<PeriodState> PeriodStateFromKey(std::string_view key) {
  for (PeriodState s : {PeriodState::kOpen, PeriodState::kInReview, PeriodState::kApproved,
                        PeriodState::kPublished}) {
    if (PeriodStateKey(s) == key) return s;
  }
  return std::nullopt;
}

std::string_view CadenceKey(Cadence c) {
  switch (c) {
    case Cadence::kYearly: return "yearly";
    case Cadence::kTertial: return "tertial";
    case Cadence::kQuarterly: return "quarterly";
  }
  return "yearly";
}

std::optional<Cadence> CadenceFromKey(std::string_view key) {
  for (Cadence c : {Cadence::kYearly, Cadence::kTertial, Cadence::kQuarterly}) {
    if (CadenceKey(c) == key) return c;
  }
  return std::nullopt;
}

bool CodeFitsCadence(std::string_view code, Cadence cadence) {
  auto p = Period::Parse(code);
  if (!p) return false;
  switch (cadence) {
    case Cadence::kYearly: return p->type() == PeriodType::kYear;
    case Cadence::kTertial: return p->type() == PeriodType::kTertial;
    case Cadence::kQuarterly: return p->type() == PeriodType::kQuarter;
  }
  return false;
}

std::string TransitionRefusal(const ReportingPeriod& period, PeriodState to, const User& actor,
                              std::string_view reason) {
  if (actor.role != Role::kAdmin) return "only an admin may move a reporting period";
  PeriodState from = period.state;
  bool allowed = (from == PeriodState::kOpen && to == PeriodState::kInReview) ||
                 (from == PeriodState::kInReview && to == PeriodState::kOpen) ||
                 (from == PeriodState::kInReview && to == PeriodState::kApproved) ||
                 (from == PeriodState::kApproved && to == PeriodState::kPublished) ||
                 ((from == PeriodState::kApproved || from == PeriodState::kPublished) &&
                  to == PeriodState::kOpen);
  if (!allowed) {
    return "a period that is " + std::string(PeriodStateKey(from)) + " cannot move to " +
           std::string(PeriodStateKey(to));
  }
  bool reopening = to == PeriodState::kOpen &&
                   (from == PeriodState::kApproved || from == PeriodState::kPublished);
  if (reopening && reason.find_first_not_of(" \t\n") == std::string_view::npos) {
    return "reopening an approved period needs a reason";
  }
  return "";
}

bool AssessmentsEditable(const ReportingPeriod& period, const User& actor) {
  if (period.state == PeriodState::kOpen) return actor.role != Role::kReader;
  if (period.state == PeriodState::kInReview) return actor.role == Role::kAdmin;
  return false;
}

}  // namespace fremdrift
