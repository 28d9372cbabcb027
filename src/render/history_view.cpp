#include "render/history_view.h"

#include <nlohmann/json.hpp>

namespace fremdrift {
namespace {

nlohmann::ordered_json ObjectOf(const std::string& text) {
  if (text.empty()) return nlohmann::ordered_json::object();
  auto j = nlohmann::ordered_json::parse(text, nullptr, false);
  return j.is_object() ? j : nlohmann::ordered_json::object();
}

// "2026-11-22T08:30:00Z" as "2026-11-22 08:30 UTC".
std::string TimeText(const std::string& at) {
  if (at.size() < 16) return at;
  return at.substr(0, 10) + " " + at.substr(11, 5) + " UTC";
}

}  // namespace

std::vector<std::string> ChangedFields(const std::string& before_json,
                                       const std::string& after_json) {
  auto before = ObjectOf(before_json);
  auto after = ObjectOf(after_json);
  std::vector<std::string> out;
  for (auto it = after.begin(); it != after.end(); ++it) {
    if (!before.contains(it.key()) || before[it.key()] != it.value()) out.push_back(it.key());
  }
  for (auto it = before.begin(); it != before.end(); ++it) {
    if (!after.contains(it.key())) out.push_back(it.key());
  }
  return out;
}

mstch::map HistoryView(const std::vector<AuditEntry>& entries, const Catalogue& t,
                       bool show_actor) {
  mstch::array rows;
  for (const auto& e : entries) {
    std::string key = "history_action_" + e.action;
    std::string action = t.Has(key) ? t.Text(key) : e.action;
    std::string fields;
    // A creation or deletion names no fields: everything changed.
    if (!e.before.empty() && !e.after.empty()) {
      auto before = ObjectOf(e.before), after = ObjectOf(e.after);
      for (const auto& f : ChangedFields(e.before, e.after)) {
        if (f == "version") continue;
        std::string text = f;
        // A move along a workflow shows its old and new state, and the
        // reason given for it.
        if (f == "state" && before.value("state", nlohmann::ordered_json()).is_string() &&
            after.value("state", nlohmann::ordered_json()).is_string()) {
          text += ": " + before["state"].get<std::string>() + " → " + after["state"].get<std::string>();
        } else if (f == "reason" && after.value("reason", nlohmann::ordered_json()).is_string()) {
          text += ": «" + after["reason"].get<std::string>() + "»";
        }
        fields += (fields.empty() ? "" : ", ") + text;
      }
    }
    rows.push_back(mstch::map{{"at", TimeText(e.at)},
                              {"action", action},
                              {"has_actor", show_actor},
                              {"actor", e.actor},
                              {"has_fields", !fields.empty()},
                              {"fields", fields}});
  }
  return mstch::map{{"has_audit_history", !rows.empty()}, {"audit_history", rows},
                    {"history_show_actor", show_actor}};
}

}  // namespace fremdrift
