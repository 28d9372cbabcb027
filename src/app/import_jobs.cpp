#include "app/import_jobs.h"

#include <map>
#include <mutex>
#include <sstream>
#include <thread>

#include "domain/failure.h"
#include "storage/job_store.h"
#include "storage/timestamp.h"

namespace fremdrift {
namespace {

std::mutex g_progress_mutex;
std::map<int64_t, int64_t> g_progress;  // job id -> bytes read

void SetProgress(int64_t id, int64_t bytes) {
  std::lock_guard<std::mutex> lock(g_progress_mutex);
  g_progress[id] = bytes;
}

std::optional<int64_t> Progress(int64_t id) {
  std::lock_guard<std::mutex> lock(g_progress_mutex);
  auto it = g_progress.find(id);
  if (it == g_progress.end()) return std::nullopt;
  return it->second;
}

void Finish(ConnectionPool& pool, int64_t id, JobState state, const std::string& result,
            int64_t progress) {
  auto conn = pool.Acquire();
  JobStore(*conn).Finish(id, state, result, progress, UtcNow());
}

}  // namespace

int64_t StartImportJob(ConnectionPool& pool, std::string body, MeasurementFormat format,
                       MeasurementImportOptions options) {
  int64_t total = static_cast<int64_t>(body.size());
  // One connection runs the job from its record to its end and holds the
  // runner's lock all along (JobStore::HoldRunner), so no poll ever sees a
  // running job without its runner.
  auto lease = pool.Acquire();
  int64_t id = JobStore(*lease).Start("measurements_import", total, options.actor, UtcNow());
  JobStore(*lease).HoldRunner(id);
  SetProgress(id, 0);
  std::thread([&pool, lease = std::move(lease), id, total, body = std::move(body), format, options]() mutable {
    options.progress = [id](int64_t bytes) { SetProgress(id, bytes); };
    std::istringstream in(std::move(body));
    try {
      ImportSummary summary = ImportMeasurements(*lease, in, format, options);
      Finish(pool, id, summary.status == ImportStatus::kError ? JobState::kFailed : JobState::kDone,
             summary.ToJson().dump(), total);
    } catch (const std::exception& e) {
      nlohmann::json err{{"error", {{"code", "invalid"}, {"message", e.what()}}}};
      try {
        Finish(pool, id, JobState::kFailed, err.dump(), Progress(id).value_or(0));
      } catch (...) {
      }
    }
    try {
      JobStore(*lease).ReleaseRunner(id);
    } catch (...) {
      // A broken session has dropped the lock already.
    }
    SetProgress(id, total);
  }).detach();
  return id;
}

namespace {

// Ends job `id` as failed with the code "interrupted"; its import was one
// transaction, so nothing of it was kept.
void MarkInterrupted(JobStore& jobs, int64_t id, int64_t progress) {
  nlohmann::json err{{"error",
                      {{"code", "interrupted"},
                       {"rule", "job_interrupted"},
                       {"message", "the server stopped before the job ended; nothing of it was kept, "
                                   "so send the file again"}}}};
  jobs.Finish(id, JobState::kFailed, err.dump(), progress, UtcNow());
}

}  // namespace

int FailInterruptedJobs(SqlConnection& conn, bool at_process_start) {
  JobStore jobs(conn);
  int failed = 0;
  for (int64_t id : jobs.Running()) {
    if (Progress(id)) continue;  // this process runs it
    if (!at_process_start || conn.dialect() == SqlDialect::kPostgres) {
      if (!jobs.RunnerGone(id)) continue;
    }
    auto job = jobs.Find(id);
    MarkInterrupted(jobs, id, job ? job->progress : 0);
    ++failed;
  }
  return failed;
}

std::optional<nlohmann::ordered_json> JobStatus(SqlConnection& conn, int64_t id) {
  auto job = JobStore(conn).Find(id);
  if (!job) return std::nullopt;
  JobStore jobs(conn);
  if (job->state == JobState::kRunning && !Progress(id) && jobs.RunnerGone(id)) {
    MarkInterrupted(jobs, id, job->progress);
    job = jobs.Find(id);
  }
  nlohmann::ordered_json j;
  j["id"] = job->id;
  j["kind"] = job->kind;
  j["state"] = JobStateKey(job->state);
  int64_t progress = job->progress;
  if (job->state == JobState::kRunning) progress = Progress(id).value_or(progress);
  j["progress"] = progress;
  j["total"] = job->total;
  j["result"] = job->result.empty() ? nlohmann::ordered_json(nullptr)
                                    : nlohmann::ordered_json::parse(job->result);
  j["created_by"] = job->created_by;
  j["created_at"] = job->created_at;
  j["finished_at"] = job->finished_at ? nlohmann::ordered_json(*job->finished_at) : nlohmann::ordered_json(nullptr);
  return j;
}

}  // namespace fremdrift
