// The version of the published data (storage/data_version.h) for web's
// HTTP caching of public pages.
#pragma once

#include <string>

#include "storage/sql_connection.h"

namespace fremdrift {

// Changes with every audited change of the data.
std::string PublicDataVersion(SqlConnection& conn);

}  // namespace fremdrift
