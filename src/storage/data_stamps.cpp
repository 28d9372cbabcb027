#include "storage/data_stamps.h"

namespace fremdrift {

DataStamps ReadDataStamps(SqlConnection& conn) {
  auto rows = conn.Query("SELECT stamp, tables_stamp FROM round_basis WHERE id = 1");
  if (rows.empty()) return {};
  return {rows[0].Int(0), rows[0].Int(1)};
}

}  // namespace fremdrift
