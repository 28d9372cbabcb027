#include "domain/minutes.h"

#include <cctype>

namespace fremdrift {
namespace {

// Lower case with runs of white space as one space, trimmed.
std::string Normalised(std::string_view s) {
  std::string out;
  bool space = false;
  for (char c : s) {
    if (std::isspace(static_cast<unsigned char>(c))) {
      space = !out.empty();
      continue;
    }
    if (space) out.push_back(' ');
    space = false;
    out.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
  }
  return out;
}

}  // namespace

std::string_view MinutesStateKey(MinutesState s) {
  switch (s) {
    case MinutesState::kDraft: return "draft";
    case MinutesState::kCirculated: return "circulated";
    case MinutesState::kApproved: return "approved";
  }
  return "draft";
}

std::optional<MinutesState> MinutesStateFromKey(std::string_view key) {
  for (auto s : {MinutesState::kDraft, MinutesState::kCirculated, MinutesState::kApproved}) {
    if (MinutesStateKey(s) == key) return s;
  }
  return std::nullopt;
}

std::string_view AttendanceRoleKey(AttendanceRole r) {
  switch (r) {
    case AttendanceRole::kChair: return "chair";
    case AttendanceRole::kMember: return "member";
    case AttendanceRole::kObserver: return "observer";
    case AttendanceRole::kDeputy: return "deputy";
  }
  return "member";
}

std::optional<AttendanceRole> AttendanceRoleFromKey(std::string_view key) {
  for (auto r : {AttendanceRole::kChair, AttendanceRole::kMember, AttendanceRole::kObserver,
                 AttendanceRole::kDeputy}) {
    if (AttendanceRoleKey(r) == key) return r;
  }
  return std::nullopt;
}

std::vector<Attendance> AttendanceFromMembership(const Body& body, const Date& day) {
  std::vector<Attendance> out;
  for (const auto& m : body.members) {
    if (!MemberOn(m, day)) continue;
    AttendanceRole role = m.role == MemberRole::kChair      ? AttendanceRole::kChair
                          : m.role == MemberRole::kObserver ? AttendanceRole::kObserver
                                                            : AttendanceRole::kMember;
    out.push_back({m.person, m.organisation, role, true, ""});
  }
  return out;
}

bool DecisionDiffers(std::string_view proposed, std::string_view made) {
  std::string a = Normalised(proposed);
  std::string b = Normalised(made);
  return !a.empty() && !b.empty() && a != b;
}

}  // namespace fremdrift
