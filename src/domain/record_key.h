// The rules for a key that names a record in addresses and in the API,
// such as an organisation's short name or a user's name: it stands in a
// URL path segment and in the audit log, so it must be short, printable
// and free of characters with a meaning in a path.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace fremdrift {

// What is wrong with `key` as a record key of at most `max_bytes` bytes
// (UTF-8), or "" when it is fine. A key is not empty, has no control
// characters, none of / \ ? # %, and no space at either end; when
// `allow_inner_spaces` is false, no space at all.
std::string RecordKeyProblem(std::string_view key, size_t max_bytes, bool allow_inner_spaces);

}  // namespace fremdrift
