// `fremdrift round`: opens a reporting round on a period from the command
// line, as an admin does on /rapport/{period}/dekning: the deadline (Oslo
// time), the reminder schedule and the strategy's reporting levels
// (docs/reporting.md). Audited as "cli".
#include <iostream>

#include "app/reporting_round.h"
#include "app/reporting_service.h"
#include "cli/cli_output.h"
#include "cli/commands.h"
#include "domain/failure.h"
#include "storage/migrations.h"

namespace fremdrift {

int RoundCommand(const Args& args) {
  args.AllowOnly({"db", "period", "strategy", "deadline", "reminders", "levels", "no-weekly"});
  std::string code = args.Required("period");
  nlohmann::json body{{"deadline", args.Required("deadline")}};
  if (auto r = args.Flag("reminders")) body["reminder_days"] = *r;
  if (args.Has("no-weekly")) body["weekly_when_overdue"] = false;
  if (auto levels = args.Flag("levels")) {
    body["reporting_levels"] = nlohmann::json::array();
    size_t start = 0;
    while (start <= levels->size()) {
      size_t comma = levels->find(',', start);
      std::string part = levels->substr(start, comma == std::string::npos ? std::string::npos : comma - start);
      try {
        size_t used = 0;
        int level = std::stoi(part, &used);
        if (used != part.size()) throw std::invalid_argument(part);
        body["reporting_levels"].push_back(level);
      } catch (const std::exception&) {
        throw Failure(FailureCode::kInvalid, "--levels must be plan levels such as 3,4", "levels");
      }
      if (comma == std::string::npos) break;
      start = comma + 1;
    }
  }
  auto conn = OpenConnection(args.DatabaseUrl());
  Migrate(*conn);
  auto [strategy, period] = FindPeriod(*conn, args.Flag("strategy").value_or(""), code, Viewer::Internal());
  User cli{0, "cli", "", Role::kAdmin};
  RoundSettings s = SetRound(*conn, cli, strategy, period, body);
  int expected = static_cast<int>(ExpectedReports(*conn, strategy, period).size());
  std::cout << CliLine("cli_round_set", {{"strategy", strategy.key},
                                          {"period", period.code},
                                          {"deadline", s.deadline},
                                          {"count", std::to_string(expected)}});
  return 0;
}

}  // namespace fremdrift
