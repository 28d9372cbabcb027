// Why a status is suggested for an assessment (domain/status_rollup.h's
// Suggestion rule and parameters) in the catalogue's language: "Det
// dårligste av 3 vurderte: Mål 4 er Rød." Status keys read as the scale
// names them.
#pragma once

#include <string>

#include "domain/status_rollup.h"
#include "domain/status_scale.h"
#include "render/i18n.h"

namespace fremdrift {

// The catalogue's "<rule>" text filled with the suggestion's parameters;
// the English `reason` when the suggestion names no rule.
std::string RollupReasonText(const Suggestion& suggestion, const StatusScale& scale, const Catalogue& t);

}  // namespace fremdrift
