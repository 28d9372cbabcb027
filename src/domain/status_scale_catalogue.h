// The status scales a strategy may choose (Strategy::status_scale), as
// records: their levels, words, colours, shapes and good end are data in
// one place (status_scale_catalogue.cpp), not code spread over the pages.
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
