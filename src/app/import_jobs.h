// Measurement imports that run in the background, for large uploads
// through the API. A job's row in the `jobs` table says whether it is
// queued, running, done or failed, and holds its import summary when it
// ends, so any server process on the same database can answer a poll. The
// bytes read so far are also kept in this process's memory, since an SQLite
// import holds the write lock and cannot record progress in the database
// until it ends.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include <nlohmann/json.hpp>

#include "app/measurement_import.h"
#include "storage/connection_pool.h"

namespace fremdrift {

// Records a job and starts importing `body` on a thread of its own.
// Returns the job id.
int64_t StartImportJob(ConnectionPool& pool, std::string body, MeasurementFormat format,
                       MeasurementImportOptions options);

// Marks the jobs whose process died as failed with the error code
// "interrupted" (the import was one transaction, so nothing of it was
// kept). On PostgreSQL a job is interrupted when its runner's lock is free
// (JobStore::RunnerGone), on any call. On SQLite, where a server process is
// the only writer of its file, `at_process_start` counts every job still
// marked running as interrupted; otherwise none. Returns how many.
int FailInterruptedJobs(SqlConnection& conn, bool at_process_start);

// The job as JSON: id, kind, state, progress (bytes), total (bytes),
// created_by, created_at, finished_at, and result (the import summary).
// nullopt for an unknown id.
std::optional<nlohmann::ordered_json> JobStatus(SqlConnection& conn, int64_t id);

}  // namespace fremdrift
