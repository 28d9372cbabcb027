#include "web/request_target.h"

#include <strings.h>

#include <cstdint>

#include "domain/failure.h"
#include "domain/text_field_rules.h"

namespace fremdrift {
namespace {

[[noreturn]] void Refuse(const std::string& why) {
  throw Failure(FailureCode::kInvalid, "the request's address is not valid: " + why, "uri", "address_invalid", {});
}

int HexValue(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// Decodes %XX escapes (and '+' as a space in a query), then checks the
// result: valid UTF-8 and no control characters, but for tab, CR and LF in
// a query (a text field sent by a GET form). `what` names the part.
std::string Decoded(std::string_view text, bool query, const char* what) {
  const bool plus_is_space = query;
  std::string out;
  // Nothing to decode (most paths): the text as it is.
  const bool plain = text.find_first_of(query ? "%+" : "%") == std::string_view::npos;
  if (plain) out.assign(text);
  else out.reserve(text.size());
  for (size_t i = 0; !plain && i < text.size(); ++i) {
    char c = text[i];
    if (c == '%') {
      if (i + 2 >= text.size()) Refuse(std::string("a % escape is cut short in the ") + what);
      int hi = HexValue(text[i + 1]), lo = HexValue(text[i + 2]);
      if (hi < 0 || lo < 0) Refuse(std::string("a % escape is not two hex digits in the ") + what);
      out += static_cast<char>(hi * 16 + lo);
      i += 2;
    } else if (c == '+' && plus_is_space) {
      out += ' ';
    } else {
      out += c;
    }
  }
  for (unsigned char c : out) {
    if (query && (c == '\t' || c == '\n' || c == '\r')) continue;
    if (c < 0x20 || c == 0x7f) Refuse(std::string("the ") + what + " holds a control character");
  }
  if (!IsValidUtf8(out)) Refuse(std::string("the ") + what + " is not valid UTF-8");
  return out;
}

}  // namespace

RequestTarget ParseRequestTarget(std::string_view target, std::string_view host) {
  if (target.empty()) Refuse("it is empty");
  for (unsigned char c : target) {
    // Bytes above 0x7f (unencoded UTF-8, as some clients send) are checked
    // as UTF-8 once decoded.
    if (c <= 0x20 || c == 0x7f) Refuse("it holds a space or a control character");
  }
  if (target.front() != '/') {
    // The absolute form: accepted only for our own host.
    size_t scheme_end = target.find("://");
    if (scheme_end == std::string_view::npos) Refuse("it does not start with '/'");
    std::string_view scheme = target.substr(0, scheme_end);
    if (strncasecmp(scheme.data(), "http", scheme.size()) != 0 || (scheme.size() != 4 &&
        !(scheme.size() == 5 && (scheme[4] == 's' || scheme[4] == 'S')))) {
      Refuse("it names another scheme than http");
    }
    std::string_view rest = target.substr(scheme_end + 3);
    size_t slash = rest.find_first_of("/?");
    std::string_view authority = rest.substr(0, slash);
    if (host.empty() || authority.size() != host.size() ||
        strncasecmp(authority.data(), host.data(), host.size()) != 0) {
      Refuse("it names another host");
    }
    if (slash == std::string_view::npos) return ParseRequestTarget("/", host);
    if (rest[slash] != '/') Refuse("it does not start with '/'");
    return ParseRequestTarget(rest.substr(slash), host);
  }
  RequestTarget out;
  out.origin_form = std::string(target);
  size_t q = target.find('?');
  std::string_view raw_path = target.substr(0, q);
  if (raw_path.find('#') != std::string_view::npos) Refuse("it holds a fragment");
  out.path = Decoded(raw_path, false, "path");
  if (q != std::string_view::npos) {
    out.query = std::string(target.substr(q + 1));
    std::string_view rest = out.query;
    while (!rest.empty()) {
      size_t amp = rest.find('&');
      std::string_view pair = rest.substr(0, amp);
      rest = amp == std::string_view::npos ? std::string_view() : rest.substr(amp + 1);
      if (pair.empty()) continue;
      size_t eq = pair.find('=');
      std::string name = Decoded(pair.substr(0, eq), true, "query");
      std::string value = eq == std::string_view::npos ? "" : Decoded(pair.substr(eq + 1), true, "query");
      out.query_params.emplace_back(std::move(name), std::move(value));
    }
  }
  return out;
}

}  // namespace fremdrift
