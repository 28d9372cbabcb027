#include "app/benefit_item_choices.h"

#include <map>

#include "domain/plan_item_rules.h"
#include "domain/plan_tree.h"
#include "storage/plan_item_store.h"
#include "storage/strategy_store.h"

namespace fremdrift {
namespace {

std::string ItemLabel(const PlanItem& item) { return (item.code.empty() ? "" : item.code + " ") + item.title; }

}  // namespace

std::vector<BenefitItemChoice> BenefitItemChoices(SqlConnection& conn, const User& user) {
  std::vector<BenefitItemChoice> out;
  if (user.role == Role::kReader) return out;
  for (const auto& s : StrategyStore(conn).List(ListScope::kAll)) {
    auto items = PlanItemStore(conn).List(s.id);
    const ItemsById by_id = IndexById(items);
    for (const auto& item : items) {
      if (!MayEditItem(user, item)) continue;
      const PlanItem* goal = TopAncestorOf(item, by_id);
      out.push_back({s.key + "/" + item.key, ItemLabel(item), s.name, s.key + "/" + goal->key, ItemLabel(*goal)});
    }
  }
  return out;
}

std::vector<BenefitGoalChoice> GoalsOfChoices(const std::vector<BenefitItemChoice>& choices) {
  std::vector<BenefitGoalChoice> out;
  std::map<std::string, size_t> index;
  for (const auto& c : choices) {
    auto [it, added] = index.emplace(c.goal, out.size());
    if (added) out.push_back({c.goal, c.goal_label, c.group, 0});
    ++out[it->second].items;
  }
  return out;
}

std::string SuggestionGoal(const std::vector<BenefitItemChoice>& choices, const std::string& asked,
                           const std::vector<std::string>& chosen) {
  if (!asked.empty()) {
    for (const auto& c : choices) {
      if (c.goal == asked) return asked;
    }
  }
  for (const auto& ref : chosen) {
    for (const auto& c : choices) {
      if (c.ref == ref) return c.goal;
    }
  }
  return "";
}

std::vector<BenefitItemChoice> SuggestedItemChoices(const std::vector<BenefitItemChoice>& choices,
                                                    const std::string& goal, size_t limit) {
  if (goal.empty()) return choices.size() <= limit ? choices : std::vector<BenefitItemChoice>{};
  std::vector<BenefitItemChoice> out;
  for (const auto& c : choices) {
    if (c.goal == goal) out.push_back(c);
  }
  return out;
}

std::vector<std::string> TypedItemRefs(const std::string& typed, const std::vector<BenefitItemChoice>& choices) {
  std::vector<std::string> out;
  std::string word;
  auto flush = [&] {
    const size_t first = word.find_first_not_of(" \t");
    word = first == std::string::npos ? "" : word.substr(first, word.find_last_not_of(" \t") - first + 1);
    if (word.empty()) return;
    if (word.find('/') == std::string::npos) {
      const BenefitItemChoice* only = nullptr;
      int matches = 0;
      for (const auto& c : choices) {
        if (c.ref.substr(c.ref.find('/') + 1) == word) {
          only = &c;
          ++matches;
        }
      }
      if (matches == 1) word = only->ref;
    }
    out.push_back(word);
    word.clear();
  };
  for (char ch : typed) {
    if (ch == ',' || ch == ';' || ch == '\n' || ch == '\r') {
      flush();
    } else {
      word += ch;
    }
  }
  flush();
  return out;
}

}  // namespace fremdrift
