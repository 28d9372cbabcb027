// When an indicator's figures were last updated, in the reader's language
// and in Norwegian time (Europe/Oslo: UTC+1, UTC+2 from the last Sunday of
// March to the last Sunday of October, both at 01:00 UTC): "14. mars 2024
// kl. 09.30" / "14 March 2024, 09:30". The stored time is UTC as
// "2024-03-14T08:30:00Z", or as a source gives it: "2023", "2022-05" (mai
// 2022), "2022-05-19" (19.05.2022); "" reads as not known, and anything else
// that cannot be read is shown as it is.
#pragma once

#include <string>

#include "render/i18n.h"

namespace fremdrift {

std::string UpdatedText(const std::string& utc, const Catalogue& t);

}  // namespace fremdrift
