// The append-only audit log. Every change is appended inside the same
// transaction as the change itself, so the log and the data never disagree.
#pragma once

#include <string>
#include <vector>

#include "domain/audit_entry.h"
#include "storage/sql_connection.h"

namespace fremdrift {

class AuditLog {
 public:
  explicit AuditLog(SqlConnection& conn) : conn_(conn) {}

  // Appends `entry`; an empty `at` is set to now. Actor, entity, entity id
  // and action are cut to kMaxAuditDetailChars characters. Returns the new
  // id.
  int64_t Append(AuditEntry entry);

  // Entries, newest first; `entity` and `entity_id` filter when not empty.
  std::vector<AuditEntry> List(const std::string& entity,
                               const std::string& entity_id, int limit = 500);

 private:
  SqlConnection& conn_;
};

}  // namespace fremdrift
