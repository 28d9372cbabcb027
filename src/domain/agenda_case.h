// A case ("sak") on a body's agenda: its number, which runs on through the
// body's year ("sak 21/22" is NUIT's 21st case of 2022), what it is about,
// who presents it, the proposed decision and the decision made, and what it
// concerns (links to plan items, indicators, reports...).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace fremdrift {

// planned, handled, postponed ("utsatt"), withdrawn ("trukket").
enum class CaseStatus { kPlanned, kHandled, kPostponed, kWithdrawn };
std::string_view CaseStatusKey(CaseStatus s);
std::optional<CaseStatus> CaseStatusFromKey(std::string_view key);

// A person who presents the case, with the organisation as the agenda
// writes it.
struct Presenter {
  std::string name;
  std::string organisation;
};

// What a case concerns: a kind (see CaseLinkKinds) and a reference whose
// form depends on the kind, e.g. {"plan_item", "nes-2023-2030/4A"},
// {"indicator", "kj-kommune"}, {"roadmap_version", "22.2"}.
struct CaseLink {
  std::string kind;
  std::string reference;
  bool operator==(const CaseLink&) const = default;
};

// A paper of the case: title and address.
struct CaseDocument {
  std::string title;
  std::string url;
};

struct Case {
  int64_t id = 0;
  int64_t body_id = 0;
  int64_t meeting_id = 0;  // the meeting whose agenda gave it its number
  int year = 0;            // the year of that meeting
  int number = 0;          // within the body and year; never reused
  int position = 0;        // order on that meeting's agenda
  std::string title;
  std::string type;  // a case type key of the body, or "" (e.g. "Eventuelt")
  std::vector<Presenter> presenters;
  std::string start_time;  // planned start, HH:MM or ""
  std::string summary;     // in our own words
  std::string proposed_decision;
  std::string decision;  // as made; "" until known
  CaseStatus status = CaseStatus::kPlanned;
  std::optional<int64_t> postponed_to;  // the later meeting it moved to
  std::vector<CaseLink> links;
  std::vector<CaseDocument> documents;
  std::string source;
  int64_t version = 1;
};

// "21/22": the case number with the year's last two digits.
std::string CaseNumberLabel(int number, int year);

// The number a new case of a body and year gets, given the highest number
// ever given in that year (0 when none). Numbers of deleted cases are never
// given again, so the caller keeps `last_given` even when cases go.
int NextCaseNumber(int last_given);

// The kinds a case link may have, in display order: plan_item, indicator,
// portfolio_item, roadmap_version, reporting_period, report, cost_sharing,
// app_catalogue (a health-app catalogue key, docs/health-apps.md),
// health_app (one app's key).
const std::vector<std::string>& CaseLinkKinds();

// Whether `reference` has the form its kind needs: "strategy/item" for
// plan_item, "strategy/period" for reporting_period and report, an
// indicator code, a portfolio key (a slug), a roadmap version such as
// "22.2", or a year such as "2023" for cost_sharing. Existence is checked
// by the app layer. Returns "" when fine, else the reason.
std::string CaseLinkProblem(const CaseLink& link);

}  // namespace fremdrift
