// The password the API and page tests give the users they sign in as.
#pragma once

namespace fremdrift::testing {

// Long enough for the password rules, and never a real one.
inline constexpr const char* kPassword = "a long enough password";

}  // namespace fremdrift::testing
