// The words for an indicator's kind of facts that pages and downloads
// show: which direction is better, and what kind of indicator it is, in
// the catalogue's language.
#pragma once

#include <string>

#include "domain/indicator.h"
#include "render/i18n.h"

namespace fremdrift {

// "Høyere er bedre" / "Higher is better", "Ingen retning er bedre"...
std::string DirectionText(Direction direction, const Catalogue& t);

// "Enkel indikator", "Sammensatt indikator", "Fordeling"...
std::string KindText(IndicatorKind kind, const Catalogue& t);

}  // namespace fremdrift
