// The successful HTTP statuses by name, so that web code writes no status
// number of its own (tests/architecture/http_status_test.cpp): refusals
// come from web/error_response.h (HttpStatus(FailureCode),
// HttpStatus(HttpRefusal), FormStatus), successes from here. Kept apart
// from error_response.h because Response itself (request_context.h) needs
// them.
#pragma once

namespace fremdrift {

inline constexpr int kHttpOk = 200;
inline constexpr int kHttpCreated = 201;
inline constexpr int kHttpAccepted = 202;     // a job started (imports)
inline constexpr int kHttpNoContent = 204;
inline constexpr int kHttpSeeOther = 303;     // after a form, and to the sign-in page
inline constexpr int kHttpNotModified = 304;  // If-None-Match names the current ETag

}  // namespace fremdrift
