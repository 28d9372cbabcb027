// The columns of a measurement file (CSV) and the names a header may
// give them, in English or Norwegian: "indicator"/"indikator",
// "period"/"periode", "value"/"verdi", "status", "note"/"merknad",
// "source_ref"/"kilde", "qualifier"/"presisjon". Any other column is a dimension, named as the
// indicator names it (docs/indicators.md, "File format").
#pragma once

#include <string>
#include <string_view>

namespace fremdrift {

enum class MeasurementColumn { kIndicator, kPeriod, kValue, kStatus, kNote, kSourceRef, kQualifier,
                               kDimension };

// The column a header cell names. The fixed names are matched without
// regard to ASCII case and surrounding spaces; kDimension for any other name.
MeasurementColumn MeasurementColumnOf(std::string_view header);

// The Norwegian name of the fixed column `english` ("indicator" gives
// "indikator"), or `english` itself when it has none.
std::string MeasurementColumnNorwegian(std::string_view english);

}  // namespace fremdrift
