#include "storage/indicator_lock.h"

#include "storage/kept_rows.h"

namespace fremdrift {

void LockIndicatorForDataChange(SqlConnection& conn, int64_t indicator_id) {
  if (conn.dialect() != SqlDialect::kPostgres) return;
  conn.Query("SELECT id FROM indicators WHERE id = ? FOR NO KEY UPDATE", {indicator_id});
}

bool TryLockIndicatorForDataChange(SqlConnection& conn, int64_t indicator_id) {
  if (conn.dialect() != SqlDialect::kPostgres) return true;
  return !conn.Query("SELECT id FROM indicators WHERE id = ? FOR NO KEY UPDATE SKIP LOCKED",
                     {indicator_id})
              .empty();
}

std::optional<HeldIndicator> HoldIndicatorForDataChange(SqlConnection& conn, const std::string& code) {
  std::string sql =
      "SELECT id, code, kind, numerator, denominator, CASE WHEN version = spellings_version THEN 1 ELSE 0 END, "
      "version, data_updated_at FROM indicators WHERE code = ?";
  if (conn.dialect() == SqlDialect::kPostgres) sql += " FOR NO KEY UPDATE";
  auto rows = conn.Query(sql, {code});
  if (rows.empty()) return std::nullopt;
  HeldIndicator held;
  held.indicator.id = rows[0].Int(0);
  held.indicator.code = rows[0].Text(1);
  held.indicator.kind = IndicatorKindFromKey(rows[0].Text(2)).value_or(IndicatorKind::kSimple);
  held.indicator.numerator = rows[0].Text(3);
  held.indicator.denominator = rows[0].Text(4);
  held.spellings_current = rows[0].Int(5) != 0;
  held.before = {rows[0].Int(6), rows[0].Text(7)};
  return held;
}

void KeepHeldIndicatorAfterDataWrite(const HeldIndicator& held, const IndicatorDataStamp& after,
                                     const std::vector<std::string>& dimension_names) {
  const int64_t id = held.indicator.id;
  KeptIndicators().Advance(KeptRowKey{id, held.before.version, held.before.data_updated_at},
                           KeptRowKey{id, after.version, after.data_updated_at}, [&](Indicator& kept) {
                             kept.version = after.version;
                             kept.data_updated_at = after.data_updated_at;
                           });
  KeptIndicatorDimensions().Advance(KeptRowKey{id, held.before.version, ""}, KeptRowKey{id, after.version, ""},
                                    [&](IndicatorDimensionNames& kept) {
                                      kept.version = after.version;
                                      kept.names = dimension_names;
                                    });
}

}  // namespace fremdrift
