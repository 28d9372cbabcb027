// The version of the published data (storage/data_version.h) for web's
// HTTP caching of public pages.
#pragma once

#include <cstdint>
#include <string>

#include "storage/sql_connection.h"

namespace fremdrift {

// Changes with every audited change of the data.
std::string PublicDataVersion(SqlConnection& conn);

// The database's basis stamp (storage/kept_rows.h): random per database,
// renewed by every insert or delete of indicators and plan items and every
// change of what they name from other rows. With a row's id and version it
// names one state of that row, for what is kept in memory across requests.
int64_t DataBasisStamp(SqlConnection& conn);

}  // namespace fremdrift
