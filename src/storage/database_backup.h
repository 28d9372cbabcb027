// Backing up a whole database to one file, and putting it back, while the
// server may be running (docs/admin.md, "Backup and restore").
//
// SQLite: the file is a copy of the database made with SQLite's online
// backup API, a consistent snapshot taken in one read transaction that
// writers (WAL mode) carry on beside. PostgreSQL: the file is a pg_dump
// archive (custom format), one consistent snapshot of every table; making
// and restoring it needs pg_dump and pg_restore (Debian: postgresql-client)
// of the server's major version or newer on the PATH.
//
// The file is written beside `out` and renamed into place when complete,
// so a backup interrupted half-way never leaves a file that looks whole.
// Restoring replaces the database's content with the backup's, in one
// step (SQLite: one write transaction; PostgreSQL: one transaction); stop
// the server first, as its caches do not see the change.
#pragma once

#include <string>

namespace fremdrift {

// Which engine wrote a backup file: "sqlite", "postgresql" or "" when the
// file is neither (or cannot be read).
std::string BackupFileEngine(const std::string& path);

// Writes a consistent snapshot of the database at `url` to file `out`.
// Throws Failure(kInvalid, "db") for an unknown URL and kInternal when the
// database or the file cannot be read or written.
void BackupDatabase(const std::string& url, const std::string& out);

// Replaces the content of the database at `url` with backup file `in`.
// Throws Failure(kInvalid, "FILE") when `in` is not a backup for that
// engine, kInternal when the restore fails (nothing is then changed).
void RestoreDatabase(const std::string& url, const std::string& in);

}  // namespace fremdrift
