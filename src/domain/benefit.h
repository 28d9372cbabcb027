// One benefit to be realised ("gevinst", gevinstrealisering), which the
// knowledge base names as missing from the follow-up: what is to be
// gained, of which kind, who owns it, from what baseline to what target by
// when, how far it has come, and which plan items (one or more) bring it
// about, optionally with the indicator that measures it. Its history is
// the audit log. Documented in docs/strategy-model.md, "Benefits".
#pragma once

#include <cstdint>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "domain/date.h"
#include "domain/failure.h"

namespace fremdrift {

enum class BenefitKind { kQuality, kTime, kCost, kOther };
enum class BenefitState { kPlanned, kRealising, kRealised, kNotRealised };

std::string_view BenefitKindKey(BenefitKind k);    // "quality", "time", "cost", "other"
std::string_view BenefitStateKey(BenefitState s);  // "planned", "realising", "realised", "not_realised"
std::optional<BenefitKind> ParseBenefitKind(std::string_view key);
std::optional<BenefitState> ParseBenefitState(std::string_view key);

struct Benefit {
  int64_t id = 0;
  std::string key;  // unique; used by bundles
  std::string description;
  BenefitKind kind = BenefitKind::kOther;
  std::string owner;  // the benefit owner: an organisation's short name, "" when not given
  // The plan items that bring it about, as "<strategy key>/<item key>".
  std::vector<std::string> items;
  std::string indicator;  // the code of the indicator that measures it, or ""
  std::string baseline;   // in words or figures, as the source gives it
  std::string target;
  std::optional<Date> by;  // when the target is to be reached
  BenefitState state = BenefitState::kPlanned;
  std::string comment;  // on the state
  int64_t version = 1;
};

// The problems of `benefit`, each naming its field with a rule code for
// the catalogue: a missing key or description ("required"), no plan item
// ("benefit_items_required"), an item not written "<strategy>/<item>"
// ("not_an_item_ref") or given twice ("listed_twice"). Empty when none.
std::vector<FieldProblem> BenefitProblems(const Benefit& benefit);

// The benefits of `benefits` that at least one of `item_refs` ("<strategy
// key>/<item key>") helps bring about, each once, in their order: an
// item's benefits on its page, a goal's (its own and those of the items
// below it) in the status report.
std::vector<Benefit> BenefitsOfItems(const std::vector<Benefit>& benefits, const std::set<std::string>& item_refs);

}  // namespace fremdrift
