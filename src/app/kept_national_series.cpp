#include "app/kept_national_series.h"

namespace fremdrift {

KeptNationalSeries& KeptNationalSeriesOfProcess() {
  static KeptNationalSeries kept(50000);
  return kept;
}

}  // namespace fremdrift
