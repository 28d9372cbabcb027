// The built-in status scales, as records: what migration 28 stored in the
// database (status_scales, status_scale_levels), with their levels, words,
// colours, shapes and good end. A strategy is assessed on the stored record
// its status_scale names (app/status_scales.h); these are kept as the
// record of what the migration stored (its test compares them) and as the
// traffic light a strategy falls back on when it names no stored scale.
//   traffic_light        Grønn, Gul, Rød (the default)
//   five_point           Grønn, Gul/grønn, Gul, Gul/rød, Rød
//   ikt_ressursrapport   the ICT resource report's words; the source shows
//                        only "Kommet langt" (data/demo/README.md)
//   robusthet            the knowledge base's robustness rating: the
//                        answers it shows, "I noen grad", "I begrenset
//                        grad", "I liten grad"
#pragma once

#include <vector>

#include "domain/status_scale.h"

namespace fremdrift {

// Every record, the default first.
const std::vector<StatusScaleRecord>& StatusScaleRecords();

}  // namespace fremdrift
