// "Min side" (/min-side): a signed-in user's own settings for the round's
// mail: the language of their mail and whether they get reminders and
// daily digests (docs/reporting.md, "Mail"). Admins set the address and
// the reporting-contact flag (/admin/brukere).
#pragma once

#include "web/router.h"

namespace fremdrift {

void RegisterMySettingsRoutes(Router& router);

}  // namespace fremdrift
