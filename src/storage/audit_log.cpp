#include "storage/audit_log.h"

#include "domain/text_field_rules.h"
#include "storage/timestamp.h"

namespace fremdrift {

int64_t AuditLog::Append(AuditEntry e) {
  if (e.at.empty()) e.at = UtcNow();
  // The columns that name who did what to which record are bounded, so no
  // input can make one row large; the JSON of before and after is bounded
  // by the text rules its fields keep (domain/text_field_rules.h).
  for (std::string* s : {&e.actor, &e.entity, &e.entity_id, &e.action}) {
    if (s->size() > kMaxAuditDetailChars) *s = TruncatedText(*s, kMaxAuditDetailChars);
  }
  auto nullable = [](const std::string& s) -> SqlValue {
    if (s.empty()) return nullptr;
    return s;
  };
  auto rows = conn_.Query(
      "INSERT INTO audit_log (at, actor, entity, entity_id, action, "
      "before_json, after_json) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id",
      {e.at, e.actor, e.entity, e.entity_id, e.action, nullable(e.before),
       nullable(e.after)});
  return rows.at(0).Int(0);
}

std::vector<AuditEntry> AuditLog::List(const std::string& entity,
                                       const std::string& entity_id, int limit) {
  std::string sql =
      "SELECT id, at, actor, entity, entity_id, action, before_json, "
      "after_json FROM audit_log WHERE 1 = 1";
  SqlParams params;
  if (!entity.empty()) {
    sql += " AND entity = ?";
    params.push_back(entity);
  }
  if (!entity_id.empty()) {
    sql += " AND entity_id = ?";
    params.push_back(entity_id);
  }
  sql += " ORDER BY id DESC LIMIT ?";
  params.push_back(static_cast<int64_t>(limit));
  std::vector<AuditEntry> out;
  for (const auto& r : conn_.Query(sql, params)) {
    out.push_back({r.Int(0), r.Text(1), r.Text(2), r.Text(3), r.Text(4),
                   r.Text(5), r.Text(6), r.Text(7)});
  }
  return out;
}

}  // namespace fremdrift
