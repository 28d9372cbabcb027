// A governing body ("utvalg"), such as NUIT, NUFA or Nasjonalt
// e-helsestyre: its members and observers over time, the case types its
// agendas use and the organisation that runs its secretariat. Plain data;
// the rules are in governance_rules.h.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/date.h"

namespace fremdrift {

// "leder", "medlem", "observatør".
enum class MemberRole { kChair, kMember, kObserver };
std::string_view MemberRoleKey(MemberRole r);  // chair, member, observer
std::optional<MemberRole> MemberRoleFromKey(std::string_view key);

// One person's seat in a body for a span of time. `organisation` is the
// actor as the papers write it ("Bærum kommune", "Representerer
// fastlegene"), which need not be an organisation of the dataset.
struct BodyMember {
  std::string person;
  std::string title;
  std::string organisation;
  MemberRole role = MemberRole::kMember;
  std::optional<Date> from;  // nullopt: not known
  std::optional<Date> to;    // nullopt: still a member (or not known)
  std::string source;
};

// A kind of case ("innretning"): key and display name.
struct CaseType {
  std::string key;   // e.g. approval
  std::string name;  // e.g. Godkjenning
};

// The four types of the NUIT 3/22 papers (approval, information, discussion,
// recommendation) with their Norwegian names; a body may configure others.
std::vector<CaseType> DefaultCaseTypes();

struct Body {
  int64_t id = 0;
  std::string key;          // slug used in addresses, e.g. nuit
  std::string short_name;   // e.g. NUIT
  std::string name;         // e.g. Nasjonalt utvalg for IT-prioritering
  std::string description;  // in our own words
  std::string secretariat;  // organisation short name; its editors may edit the body
  std::vector<CaseType> case_types;
  std::vector<BodyMember> members;
  std::string source;
  int64_t version = 1;
};

// Whether `m` sat in the body on `day` (an unknown from/to is open).
bool MemberOn(const BodyMember& m, const Date& day);

// The case type of `body` with this key, or nullptr.
const CaseType* FindCaseType(const Body& body, std::string_view key);

}  // namespace fremdrift
