// Waiting for a background job (GET /api/v1/jobs/ID, app/import_jobs.h) as
// a client does: polling the job until it is where the test needs it, with
// a deadline. When the deadline passes the test fails, naming the state
// (and progress) last seen, rather than sleeping a fixed time and hoping.
#pragma once

#include <chrono>
#include <functional>
#include <set>
#include <string>

#include <nlohmann/json.hpp>

namespace fremdrift::testing {

// How long a job may take in the tests unless a test says otherwise.
inline constexpr std::chrono::milliseconds kJobDeadline = std::chrono::seconds(60);

// Polls `job` (its path, the Location of the 202 that started it, or its
// id) on the server at 127.0.0.1:`port` as the holder of `token` until
// `until` holds for its answer, and returns that answer. When `deadline`
// passes first it records a failure saying the job never became `what`,
// with the answer last seen, and returns that answer.
nlohmann::json WaitForJobUntil(int port, const std::string& job, const std::string& token,
                               const std::function<bool(const nlohmann::json&)>& until,
                               const std::string& what, std::chrono::milliseconds deadline = kJobDeadline);

// Until the job's state is one of `states` ("running", "done", "failed").
nlohmann::json WaitForJob(int port, const std::string& job, const std::string& token,
                          const std::set<std::string>& states,
                          std::chrono::milliseconds deadline = kJobDeadline);

// The same for any server with a port() (TestServer, ServerProcess).
template <class Server>
nlohmann::json WaitForJob(Server& server, const std::string& job, const std::string& token,
                          const std::set<std::string>& states,
                          std::chrono::milliseconds deadline = kJobDeadline) {
  return WaitForJob(server.port(), job, token, states, deadline);
}

}  // namespace fremdrift::testing
