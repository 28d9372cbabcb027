#include "app/import_jobs.h"

#include <map>
#include <mutex>
#include <sstream>
#include <thread>

#include "domain/failure.h"
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

void Finish(ConnectionPool& pool, int64_t id, const std::string& state, const std::string& result,
            int64_t progress) {
  auto conn = pool.Acquire();
  conn->Execute("UPDATE jobs SET state = ?, result = ?, progress = ?, finished_at = ? WHERE id = ?",
                {state, result, progress, UtcNow(), id});
}

}  // namespace

int64_t StartImportJob(ConnectionPool& pool, std::string body, MeasurementFormat format,
                       MeasurementImportOptions options) {
  int64_t total = static_cast<int64_t>(body.size());
  int64_t id;
  {
    auto conn = pool.Acquire();
    id = conn->Query(
                 "INSERT INTO jobs (kind, state, progress, total, created_by, created_at) "
                 "VALUES ('measurements_import', 'running', 0, ?, ?, ?) RETURNING id",
                 {total, options.actor, UtcNow()})
             .at(0)
             .Int(0);
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
      Finish(pool, id, summary.status == "error" ? "failed" : "done", summary.ToJson().dump(), total);
    } catch (const std::exception& e) {
      nlohmann::json err{{"error", {{"code", "invalid"}, {"message", e.what()}}}};
      try {
        Finish(pool, id, "failed", err.dump(), Progress(id).value_or(0));
      } catch (...) {
      }
    }
    SetProgress(id, total);
  }).detach();
  return id;
}

std::optional<nlohmann::ordered_json> JobStatus(SqlConnection& conn, int64_t id) {
  auto rows = conn.Query(
      "SELECT id, kind, state, progress, total, result, created_by, created_at, finished_at "
      "FROM jobs WHERE id = ?",
      {id});
  if (rows.empty()) return std::nullopt;
  const auto& r = rows[0];
  nlohmann::ordered_json j;
  j["id"] = r.Int(0);
  j["kind"] = r.Text(1);
  j["state"] = r.Text(2);
  int64_t progress = r.Int(3);
  if (r.Text(2) == "running") progress = Progress(id).value_or(progress);
  j["progress"] = progress;
  j["total"] = r.Int(4);
  j["result"] = r.Text(5).empty() ? nlohmann::ordered_json(nullptr)
                                  : nlohmann::ordered_json::parse(r.Text(5));
  j["created_by"] = r.Text(6);
  j["created_at"] = r.Text(7);
  j["finished_at"] = r.IsNull(8) ? nlohmann::ordered_json(nullptr) : nlohmann::ordered_json(r.Text(8));
  return j;
}

}  // namespace fremdrift
