// An object's history from the audit log, as the "Historikk" section of its
// page shows it (templates/history.mustache): newest first, each entry with
// its time, what was done and which fields changed. Who made the change is
// shown to signed-in users only.
#pragma once

#include <string>
#include <vector>

#include <mstch/mstch.hpp>

#include "domain/audit_entry.h"
#include "render/i18n.h"

namespace fremdrift {

// The top-level fields whose values differ between two JSON objects given
// as text ("" counts as an empty object), in the order they first appear.
// A field holding a secret ("password", "password_hash", "token") is never
// named by its value, only listed.
std::vector<std::string> ChangedFields(const std::string& before_json,
                                       const std::string& after_json);

// {"has_history": bool, "history": [{at, action, actor, has_actor,
// fields, has_fields}]} for `entries` (newest first).
mstch::map HistoryView(const std::vector<AuditEntry>& entries, const Catalogue& t,
                       bool show_actor);

}  // namespace fremdrift
