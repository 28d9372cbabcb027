// What two requests must share for one's answer to serve the other: the
// same method, target and header fields, in the same order, byte for byte
// (web/inline_answer_memo.h, web/shared_answers.h). Identical requests
// name the same user (Authorization, Cookie), language, conditions and
// formats, so whatever a handler makes of the request it makes alike.
#pragma once

#include <string>

#include "web/incoming_request.h"
#include "web/request_context.h"

namespace fremdrift {

// `head`'s method, target and header fields as sent, into `key` (its
// buffer reused). None can hold a line break (the HTTP parser refuses
// one), so the fields cannot run together.
void ExactRequestKey(const IncomingRequest& head, std::string& key);

// ExactRequestKey's key with the client's address after it: some answers
// depend on where the request came from (/metrics answers loopback only,
// web/service_routes.cpp).
void ExactRequestFromPeerKey(const IncomingRequest& head, std::string& key);

// Whether `head` is a GET or HEAD without a body: a read whose answer
// depends on nothing but its key, the database and the clock.
bool IsBodilessRead(const IncomingRequest& head);

// Whether `answer` may go to another request: a 200 or 304 that sets no
// cookie (a cookie belongs to the one client that was given it).
bool AnswerMayBeShared(const Response& answer);

// `answer` with its body behind a shared pointer, so that each copy
// given out copies no body.
Response WithSharedBody(Response answer);

}  // namespace fremdrift
