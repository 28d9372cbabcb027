// Turns the portable `?` placeholders Fremdrift writes its SQL with into the
// numbered `$1, $2, ...` form PostgreSQL expects.
#pragma once

#include <string>
#include <string_view>

namespace fremdrift {

// Returns `sql` with each `?` placeholder replaced by `$n`, numbered from 1
// in order of appearance. A `?` is left alone inside a single-quoted string
// literal ('it''s?'), a double-quoted identifier ("why?"), a `--` line
// comment or a `/* */` block comment. Only the portable forms are known:
// PostgreSQL-only E'...' escapes, $tag$ quoting and nested comments are not,
// and SQLite's numbered `?NNN` is not supported. An unterminated literal or
// comment runs to the end of the text, so the server reports the error.
std::string RewritePlaceholders(std::string_view sql);

}  // namespace fremdrift
