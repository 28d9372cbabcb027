// SqlConnection on PostgreSQL 15 through libpq. Accepts the same `?`
// placeholders as SQLite and rewrites them to $1, $2, ...
#pragma once

#include <memory>
#include <string>

#include "storage/sql_connection.h"

namespace fremdrift {

// `url` is a libpq connection URI (postgresql://user@host:port/db).
std::unique_ptr<SqlConnection> OpenPostgres(const std::string& url);

}  // namespace fremdrift
