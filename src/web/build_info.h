// The version of this build (CMake's project version), for
// `fremdrift --version` and /metrics' fremdrift_build_info.
#pragma once

namespace fremdrift {

const char* FremdriftVersion();

}  // namespace fremdrift
