// What the server does with each request (http_connection.h's
// RequestDispatcher): checks the target, answers OPTIONS, TRACE and
// requests it must refuse before their body, gates writes on a signed-in
// user, then runs the route's handler with CSRF checked and failures
// mapped to JSON or HTML errors in one place.
#pragma once

#include "storage/connection_pool.h"
#include "web/http_connection.h"
#include "web/inline_answer_memo.h"
#include "web/router.h"
#include "web/shared_answers.h"

namespace fremdrift {

struct ServerConfig;

// Thread-safe: Admit and Refuse run on I/O threads, Gate and Handle on
// workers, all at once. Borrows `router`, `pool` and `config`.
class RouteDispatcher : public RequestDispatcher {
 public:
  RouteDispatcher(const Router& router, ConnectionPool& pool, const ServerConfig& config);

  Admission Admit(const IncomingRequest& head, std::optional<uint64_t> content_length) override;
  std::optional<Response> Gate(IncomingRequest& head) override;
  std::optional<Response> AnswerInline(const IncomingRequest& head) override;
  Response Handle(IncomingRequest head, std::string body) override;
  Response Refuse(const IncomingRequest& head, const Failure& failure) override;

 private:
  // The route of a request, matched once: its captures go into the
  // context's params; `allowed` names the other methods of the path.
  struct Match {
    const fremdrift::Route* route = nullptr;
    std::vector<std::string> allowed;
  };
  Match MatchRoute(RequestContext& ctx) const;
  Response Dispatch(RequestContext& ctx, const Match& match);
  Response Route(RequestContext& ctx, const Match& match);
  // A failure of a routed request: JSON on the API, else an HTML page (or
  // the sign-in page for a reader who must sign in).
  Response ErrorFor(RequestContext& ctx, const Failure& f);
  // Adds what every answer of Handle carries.
  void AddSignOutOrigins(Response& r) const;

  const Router& router_;
  ConnectionPool& pool_;
  const ServerConfig& config_;
  // Answers given inline, for the same request again (Admit).
  InlineAnswerMemo memo_;
  // Answers made by workers, for identical requests queued behind them.
  SharedAnswers shared_;
};

}  // namespace fremdrift
