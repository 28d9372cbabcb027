// The rules every piece of text a user sends must keep, whatever the field:
// valid UTF-8, no control characters (a tab or line break only where the
// field may hold several lines), and a documented maximum length counted
// in characters. Plain functions, shared by the API, the browser forms and
// the imports through the app layer (docs/api.md lists the limits).
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/failure.h"

namespace fremdrift {

// What a text field may hold besides printable characters.
enum class TextShape {
  kLine,       // one line: no control characters at all
  kMultiLine,  // may hold tab, line feed and carriage return
};

// The longest text each kind of field accepts, in characters.
inline constexpr size_t kMaxKeyChars = 100;         // keys, codes, short names
inline constexpr size_t kMaxNameChars = 300;        // names, titles, labels
inline constexpr size_t kMaxUrlChars = 2000;        // link addresses
inline constexpr size_t kMaxSearchChars = 200;      // search terms
inline constexpr size_t kMaxLongTextChars = 20000;  // descriptions, comments, notes, decisions
inline constexpr size_t kMaxAuditDetailChars = 200; // one value quoted in an audit row

// Whether `text` is well-formed UTF-8 (no overlong forms, surrogates or
// code points above U+10FFFF).
bool IsValidUtf8(std::string_view text);

// The length of the well-formed UTF-8 sequence that starts at text[i]
// (1 to 4 bytes), or 0 when none does.
size_t Utf8SequenceLength(std::string_view text, size_t i);

// The number of characters (code points) of valid UTF-8 `text`.
size_t Utf8Chars(std::string_view text);

// `text` with every byte that is not part of well-formed UTF-8 replaced by
// U+FFFD, for echoing untrusted text in messages and logs.
std::string ToValidUtf8(std::string_view text);

// At most `max_chars` characters of `text` (made valid UTF-8 first), cut
// at a character boundary, with "…" appended when something was cut.
std::string TruncatedText(std::string_view text, size_t max_chars);

// What is wrong with `text` as a field of `shape` holding at most
// `max_chars` characters, in English ("must be at most 300 characters"),
// or nullopt when it is fine. Invalid UTF-8 is reported before control
// characters, and those before the length.
std::optional<std::string> TextFieldProblem(std::string_view text, TextShape shape,
                                            size_t max_chars);

// The problem of `text` as in TextFieldProblem, with its rule
// ("text_not_utf8", "text_control_characters" with {position},
// "text_too_long" with {max} and {length}) and `field`, or nullopt.
std::optional<FieldProblem> TextFieldRule(const std::string& field, std::string_view text,
                                          TextShape shape, size_t max_chars);

// Appends {field, problem} to `problems` when `text` breaks the rule.
void CheckTextField(std::vector<FieldProblem>& problems, const std::string& field,
                    std::string_view text, TextShape shape, size_t max_chars);

// Whether `url` may be stored as a link that becomes an href: an absolute
// http:// or https:// address (scheme in any case) with a host, no spaces
// or control characters, at most kMaxUrlChars characters.
bool IsHttpLinkUrl(std::string_view url);

// The problem with `url` as a stored link (see IsHttpLinkUrl), or nullopt.
std::optional<std::string> LinkUrlProblem(std::string_view url);

}  // namespace fremdrift
