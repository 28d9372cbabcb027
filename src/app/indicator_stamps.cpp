#include "app/indicator_stamps.h"

#include "storage/indicator_store.h"

namespace fremdrift {

std::optional<IndicatorStamp> IndicatorStampOf(SqlConnection& conn, const std::string& code) {
  return IndicatorStore(conn).Stamp(code);
}

}  // namespace fremdrift
