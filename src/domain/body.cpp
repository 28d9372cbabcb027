#include "domain/body.h"

namespace fremdrift {

std::string_view MemberRoleKey(MemberRole r) {
  switch (r) {
    case MemberRole::kChair: return "chair";
    case MemberRole::kMember: return "member";
    case MemberRole::kObserver: return "observer";
  }
  return "member";
}

std::optional<MemberRole> MemberRoleFromKey(std::string_view key) {
  if (key == "chair") return MemberRole::kChair;
  if (key == "member") return MemberRole::kMember;
  if (key == "observer") return MemberRole::kObserver;
  return std::nullopt;
}

std::vector<CaseType> DefaultCaseTypes() {
  return {{"approval", "Godkjenning"},
          {"information", "Orientering"},
          {"discussion", "Drøfting"},
          {"recommendation", "Anbefaling"}};
}

bool MemberOn(const BodyMember& m, const Date& day) {
  if (m.from && day < *m.from) return false;
  if (m.to && *m.to < day) return false;
  return true;
}

const CaseType* FindCaseType(const Body& body, std::string_view key) {
  for (const auto& t : body.case_types) {
    if (t.key == key) return &t;
  }
  return nullptr;
}

}  // namespace fremdrift
