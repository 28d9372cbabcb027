// SqlConnection on an SQLite file. Opens with WAL, foreign keys on, a busy
// timeout and synchronous=FULL, so a committed change survives a crash.
#pragma once

#include <memory>
#include <string>

#include "storage/sql_connection.h"

namespace fremdrift {

std::unique_ptr<SqlConnection> OpenSqlite(const std::string& path);

}  // namespace fremdrift
