#include "storage/job_store.h"

#include "domain/failure.h"

namespace fremdrift {

const char* JobStateKey(JobState state) {
  switch (state) {
    case JobState::kRunning: return "running";
    case JobState::kDone: return "done";
    case JobState::kFailed: return "failed";
  }
  return "running";
}

namespace {

JobState JobStateFromKey(const std::string& key) {
  if (key == "done") return JobState::kDone;
  if (key == "failed") return JobState::kFailed;
  if (key == "running") return JobState::kRunning;
  throw Failure(FailureCode::kInternal, "unknown job state '" + key + "'");
}

}  // namespace

int64_t JobStore::Start(const std::string& kind, int64_t total, const std::string& created_by,
                        const std::string& created_at) {
  return conn_
      .Query("INSERT INTO jobs (kind, state, progress, total, created_by, created_at) "
             "VALUES (?, 'running', 0, ?, ?, ?) RETURNING id",
             {kind, total, created_by, created_at})
      .at(0)
      .Int(0);
}

void JobStore::Finish(int64_t id, JobState state, const std::string& result, int64_t progress,
                      const std::string& finished_at) {
  conn_.Execute("UPDATE jobs SET state = ?, result = ?, progress = ?, finished_at = ? WHERE id = ?",
                {std::string(JobStateKey(state)), result, progress, finished_at, id});
}

std::optional<JobRecord> JobStore::Find(int64_t id) {
  auto rows = conn_.Query(
      "SELECT id, kind, state, progress, total, result, created_by, created_at, finished_at "
      "FROM jobs WHERE id = ?",
      {id});
  if (rows.empty()) return std::nullopt;
  const auto& r = rows[0];
  JobRecord j;
  j.id = r.Int(0);
  j.kind = r.Text(1);
  j.state = JobStateFromKey(r.Text(2));
  j.progress = r.Int(3);
  j.total = r.Int(4);
  j.result = r.Text(5);
  j.created_by = r.Text(6);
  j.created_at = r.Text(7);
  if (!r.IsNull(8)) j.finished_at = r.Text(8);
  return j;
}

namespace {
// The first key of the two-key advisory locks Fremdrift's jobs take; the
// second is the job id.
constexpr int64_t kJobLockClass = 0x4672656d;  // "Frem"
}  // namespace

void JobStore::HoldRunner(int64_t id) {
  if (conn_.dialect() != SqlDialect::kPostgres) return;
  conn_.Query("SELECT pg_advisory_lock(CAST(? AS integer), CAST(? AS integer))", {kJobLockClass, id});
}

void JobStore::ReleaseRunner(int64_t id) {
  if (conn_.dialect() != SqlDialect::kPostgres) return;
  conn_.Query("SELECT pg_advisory_unlock(CAST(? AS integer), CAST(? AS integer))", {kJobLockClass, id});
}

bool JobStore::RunnerGone(int64_t id) {
  if (conn_.dialect() != SqlDialect::kPostgres) return false;
  auto rows = conn_.Query(
      "SELECT CASE WHEN pg_try_advisory_lock(CAST(? AS integer), CAST(? AS integer)) THEN 1 ELSE 0 END",
      {kJobLockClass, id});
  if (rows.empty() || rows[0].Int(0) != 1) return false;
  ReleaseRunner(id);
  return true;
}

std::vector<int64_t> JobStore::Running() {
  std::vector<int64_t> out;
  for (const auto& r : conn_.Query("SELECT id FROM jobs WHERE state = 'running' ORDER BY id")) out.push_back(r.Int(0));
  return out;
}

}  // namespace fremdrift
