// Background jobs in the database (the `jobs` table): one row per job with
// its kind, state, progress in bytes and, when it ends, its result as JSON,
// so that any server process on the same database can answer a poll.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "storage/sql_connection.h"

namespace fremdrift {

// A job's state as stored.
enum class JobState { kRunning, kDone, kFailed };

// "running", "done", "failed": the stored and the API's word for `state`.
const char* JobStateKey(JobState state);

struct JobRecord {
  int64_t id = 0;
  std::string kind;  // "measurements_import"
  JobState state = JobState::kRunning;
  int64_t progress = 0;  // bytes read
  int64_t total = 0;     // bytes in all
  std::string result;    // JSON, "" while running
  std::string created_by;
  std::string created_at;
  std::optional<std::string> finished_at;
};

class JobStore {
 public:
  explicit JobStore(SqlConnection& conn) : conn_(conn) {}

  // Records a running job of `kind` over `total` bytes. Returns its id.
  int64_t Start(const std::string& kind, int64_t total, const std::string& created_by,
                const std::string& created_at);
  // Records the end of job `id`: its state, result and progress.
  void Finish(int64_t id, JobState state, const std::string& result, int64_t progress,
              const std::string& finished_at);
  std::optional<JobRecord> Find(int64_t id);

  // A job whose process died (killed, a crash, the machine stopping) must
  // not stay "running" for ever. On PostgreSQL the runner holds a session
  // advisory lock on its job from start to end (HoldRunner, ReleaseRunner,
  // on the connection that runs the job); the server drops it with the
  // session when the process dies, so a job whose lock can be taken has
  // no runner. SQLite has no such lock across processes: there
  // HoldRunner and ReleaseRunner do nothing and RunnerGone says false.
  void HoldRunner(int64_t id);
  void ReleaseRunner(int64_t id);
  bool RunnerGone(int64_t id);
  // The jobs still marked running, oldest first.
  std::vector<int64_t> Running();

 private:
  SqlConnection& conn_;
};

}  // namespace fremdrift
