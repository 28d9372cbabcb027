// One line of the audit log: who changed what, when, from what to what.
#pragma once

#include <cstdint>
#include <string>

namespace fremdrift {

struct AuditEntry {
  int64_t id = 0;
  std::string at;         // UTC, ISO 8601 with seconds: 2026-11-22T08:30:00Z
  std::string actor;      // user name, or "cli:<user>" / "import"
  std::string entity;     // e.g. "plan_item", "organisation"
  std::string entity_id;  // the record's id as text
  std::string action;     // "create", "update", "delete", "import"
  std::string before;     // JSON of the record before, "" when created
  std::string after;      // JSON after, "" when deleted
};

}  // namespace fremdrift
