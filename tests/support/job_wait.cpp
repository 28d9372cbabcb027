#include "support/job_wait.h"

#include <gtest/gtest.h>

#include <thread>

#include "support/test_server.h"

namespace fremdrift::testing {

nlohmann::json WaitForJobUntil(int port, const std::string& job, const std::string& token,
                               const std::function<bool(const nlohmann::json&)>& until,
                               const std::string& what, std::chrono::milliseconds deadline) {
  const std::string path = !job.empty() && job[0] == '/' ? job : "/api/v1/jobs/" + job;
  const auto end = std::chrono::steady_clock::now() + deadline;
  std::map<std::string, std::string> headers;
  if (!token.empty()) headers["Authorization"] = "Bearer " + token;
  nlohmann::json last;
  std::string last_answer = "no answer";
  auto pause = std::chrono::milliseconds(10);
  while (true) {
    HttpResult r = HttpRequest(port, "GET", path, "", headers);
    last_answer = std::to_string(r.status) + " " + r.body;
    if (r.status == 200) {
      last = r.Json();
      if (until(last)) return last;
    }
    if (std::chrono::steady_clock::now() >= end) break;
    std::this_thread::sleep_for(pause);
    pause = std::min(pause * 2, std::chrono::milliseconds(100));
  }
  ADD_FAILURE() << "job " << path << " did not become " << what << " within " << deadline.count()
                << " ms; last seen: state " << (last.contains("state") ? last["state"].dump() : "none")
                << ", progress " << (last.contains("progress") ? last["progress"].dump() : "none")
                << " (" << last_answer << ")";
  return last;
}

nlohmann::json WaitForJob(int port, const std::string& job, const std::string& token,
                          const std::set<std::string>& states, std::chrono::milliseconds deadline) {
  std::string what;
  for (const auto& s : states) what += (what.empty() ? "" : " or ") + s;
  return WaitForJobUntil(
      port, job, token,
      [&](const nlohmann::json& j) {
        return j.contains("state") && j["state"].is_string() && states.count(j["state"].get<std::string>()) > 0;
      },
      what, deadline);
}

}  // namespace fremdrift::testing
