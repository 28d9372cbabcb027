// The version of the data that public pages are made from, for their
// ETags (docs/operations.md, "HTTP caching"). Every change is written to
// the audit log in its transaction, so the log's newest id and the number
// of its newest entries name a state of the data. The count covers a
// transaction that took a lower id but committed after a higher one
// (PostgreSQL with concurrent writers): its entry still changes the count.
// SQLite has one writer at a time, so its newest id alone is enough.
#pragma once

#include <string>

#include "storage/sql_connection.h"

namespace fremdrift {

// E.g. "4711.10000": the newest audit id and how many entries lie within
// the newest 10,000 ids, one index range read (PostgreSQL); "4711.s", the
// newest id, one seek (SQLite).
std::string ReadDataVersion(SqlConnection& conn);

}  // namespace fremdrift
