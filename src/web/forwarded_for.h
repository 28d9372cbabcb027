// The client address a trusted reverse proxy reports in X-Forwarded-For.
//
// Each proxy appends the address it received the request from, so only the
// last entry was written by our own proxy; earlier entries are whatever the
// client chose to send. Used only when `serve --trust-proxy yes` is set.
#pragma once

#include <string>
#include <string_view>

namespace fremdrift {

// The last comma-separated entry of `header`, without surrounding blanks;
// empty when the header is empty or its last entry is blank.
std::string LastForwardedHop(std::string_view header);

}  // namespace fremdrift
