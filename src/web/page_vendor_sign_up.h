// The one-time vendor sign-up (docs/health-apps.md, "Vendor sign-up"): an
// admin makes a link on /helseapper/arbeid (POST /helseapper/arbeid/invitasjon)
// and sees it once; whoever opens /helseapper/registrer/{secret} chooses a
// user name and password and becomes an editor of the vendor.
#pragma once

#include "web/router.h"

namespace fremdrift {

void RegisterVendorSignUpPages(Router& router);

}  // namespace fremdrift
