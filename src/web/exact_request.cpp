#include "web/exact_request.h"

#include <memory>
#include <strings.h>

namespace fremdrift {
namespace {

bool SameName(const std::string& a, const char* b) { return strcasecmp(a.c_str(), b) == 0; }

}  // namespace

void ExactRequestKey(const IncomingRequest& head, std::string& key) {
  key.clear();
  key += head.method;
  key += ' ';
  key += head.target;
  key += '\n';
  for (const auto& [name, value] : head.headers) {
    key += name;
    key += ':';
    key += value;
    key += '\n';
  }
}

void ExactRequestFromPeerKey(const IncomingRequest& head, std::string& key) {
  ExactRequestKey(head, key);
  key += head.peer_address;
}

bool IsBodilessRead(const IncomingRequest& head) {
  if (head.method != "GET" && head.method != "HEAD") return false;
  for (const auto& [name, value] : head.headers) {
    if (SameName(name, "Transfer-Encoding")) return false;
    if (SameName(name, "Content-Length") && value != "0") return false;
  }
  return true;
}

bool AnswerMayBeShared(const Response& answer) {
  if (answer.status != kHttpOk && answer.status != kHttpNotModified) return false;
  for (const auto& [name, value] : answer.headers) {
    if (SameName(name, "Set-Cookie")) return false;
  }
  return true;
}

Response WithSharedBody(Response answer) {
  if (!answer.shared_body) answer.shared_body = std::make_shared<const std::string>(std::move(answer.body));
  answer.body.clear();
  return answer;
}

}  // namespace fremdrift
