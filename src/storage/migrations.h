// Versioned schema migrations. Each migration runs once, in order, inside
// its own transaction, and is recorded in schema_migrations. Several
// server processes may start at once: on PostgreSQL an advisory lock, on
// SQLite the write lock, makes them take turns.
#pragma once

#include <string>
#include <vector>

#include "storage/sql_connection.h"

namespace fremdrift {

struct Migration {
  int version;
  std::string name;
  std::string sql;  // portable SQL with {pk}, {int} and {without_rowid} placeholders
  // When not empty, run on PostgreSQL instead of `sql` (for what the two
  // engines spell differently, such as triggers).
  std::string postgres_sql = "";
  // When set, runs on SQLite instead of `sql`, inside the migration's
  // transaction: for a change that SQL alone cannot say, such as editing
  // the stored text of a table's definition.
  void (*sqlite_code)(SqlConnection& conn) = nullptr;
};

// All migrations of this build, in version order.
const std::vector<Migration>& AllMigrations();

// Applies the migrations not yet applied and returns how many ran; with
// `up_to`, only those up to that version (tests of a migration use it to
// write data in the schema before it).
int Migrate(SqlConnection& conn, int up_to = 1 << 30);

// The highest applied version, 0 for an empty database. Call it outside a
// transaction (on PostgreSQL a failed read would end the transaction).
int SchemaVersion(SqlConnection& conn);

}  // namespace fremdrift
