// The minutes ("referat") of a meeting: who attended, and per case an
// account of the discussion, the decision as made and whether it differs
// from the proposed decision. Minutes go draft → circulated → approved; a
// later meeting approves them with a case of type "approval"
// ("Godkjenning"), as NUIT's case 17/22 approved the minutes of its two
// previous meetings. Plain data; the rules are in minutes_rules.h.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/body.h"
#include "domain/date.h"

namespace fremdrift {

// draft ("utkast") → circulated ("sendt på høring") → approved ("godkjent").
enum class MinutesState { kDraft, kCirculated, kApproved };
std::string_view MinutesStateKey(MinutesState s);  // draft, circulated, approved
std::optional<MinutesState> MinutesStateFromKey(std::string_view key);

// The part a person had in the meeting: a seat of the body (chair, member,
// observer) or a deputy ("vara") for a member.
enum class AttendanceRole { kChair, kMember, kObserver, kDeputy };
std::string_view AttendanceRoleKey(AttendanceRole r);  // chair, member, observer, deputy
std::optional<AttendanceRole> AttendanceRoleFromKey(std::string_view key);

// One line of the attendance list.
struct Attendance {
  std::string person;
  std::string organisation;
  AttendanceRole role = AttendanceRole::kMember;
  bool present = true;      // false: sent apologies ("forfall")
  std::string deputy_for;   // a deputy: the member they stood in for
  bool operator==(const Attendance&) const = default;
};

// What the minutes say about one case of the meeting's agenda.
struct MinutesCase {
  int64_t case_id = 0;
  std::string discussion;  // a short account; "" when none is written
  std::string decision;    // the decision as made
  // Whether the decision made differs from the proposed decision, as the
  // secretariat judges it (DecisionDiffers suggests it).
  bool differs_from_proposal = false;
  bool operator==(const MinutesCase&) const = default;
};

// An approval of the minutes that was set aside so that they could be
// corrected, with the reason given.
struct MinutesCorrection {
  std::optional<int64_t> approval_case_id;  // the case that had approved them
  std::string reason;
  std::string at;  // UTC time of the reopening, ISO 8601
  std::string by;  // the user who reopened them
};

// The content of approved minutes as they were approved, kept while a
// correction of them is in draft or circulated: what the public goes on
// reading until the corrected minutes are approved (PublicMinutes).
struct ApprovedMinutesVersion {
  std::vector<Attendance> attendance;
  std::vector<MinutesCase> cases;
  std::optional<int64_t> approval_case_id;
  std::string source;
  bool operator==(const ApprovedMinutesVersion&) const = default;
};

struct Minutes {
  int64_t meeting_id = 0;
  MinutesState state = MinutesState::kDraft;
  std::vector<Attendance> attendance;
  std::vector<MinutesCase> cases;  // in agenda order
  std::optional<int64_t> approval_case_id;  // the "Godkjenning" case that approved them
  std::vector<MinutesCorrection> corrections;  // oldest first
  std::string source;
  // While a correction is under way: the version last approved.
  std::optional<ApprovedMinutesVersion> approved_version;
  int64_t version = 1;
};

// The attendance the minutes start from: every seat of `body` held on
// `day` (chair, members, observers) as present, in the body's order.
std::vector<Attendance> AttendanceFromMembership(const Body& body, const Date& day);

// Whether `made` reads as a different decision from `proposed`: both
// non-empty and unequal once case and runs of white space are ignored.
bool DecisionDiffers(std::string_view proposed, std::string_view made);

}  // namespace fremdrift
