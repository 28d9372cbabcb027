// The labels of a cost-sharing download (domain/cost_table_labels.h) in
// the catalogue's language.
#pragma once

#include "domain/cost_table_labels.h"
#include "render/i18n.h"

namespace fremdrift {

CostTableLabels CostTableLabelsFor(const Catalogue& t, int year);

}  // namespace fremdrift
