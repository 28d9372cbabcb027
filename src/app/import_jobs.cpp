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
  int64_t id;
  {
    auto conn = pool.Acquire();
    id = JobStore(*conn).Start("measurements_import", total, options.actor, UtcNow());
  }
  SetProgress(id, 0);
  std::thread([&pool, id, total, body = std::move(body), format, options]() mutable {
    options.progress = [id](int64_t bytes) { SetProgress(id, bytes); };
    std::istringstream in(std::move(body));
    try {
      ImportSummary summary;
      {
        auto conn = pool.Acquire();
        summary = ImportMeasurements(*conn, in, format, options);
      }
      Finish(pool, id, summary.status == ImportStatus::kError ? JobState::kFailed : JobState::kDone,
             summary.ToJson().dump(), total);
    } catch (const std::exception& e) {
      nlohmann::json err{{"error", {{"code", "invalid"}, {"message", e.what()}}}};
      try {
        Finish(pool, id, JobState::kFailed, err.dump(), Progress(id).value_or(0));
      } catch (...) {
      }
    }
    SetProgress(id, total);
  }).detach();
  return id;
}

std::optional<nlohmann::ordered_json> JobStatus(SqlConnection& conn, int64_t id) {
  auto job = JobStore(conn).Find(id);
  if (!job) return std::nullopt;
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
