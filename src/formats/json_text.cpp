#include "formats/json_text.h"

#include <charconv>

#include "domain/text_field_rules.h"

namespace fremdrift {
namespace {

template <typename Json>
void AppendString(std::string& out, const std::string& s) {
  static constexpr char kHex[] = "0123456789abcdef";
  const size_t start = out.size();
  out += '"';
  size_t run = 0;
  for (size_t i = 0; i < s.size(); ++i) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (c >= 0x80) {
      // Checked as it is copied, in the same pass. nlohmann refuses
      // invalid UTF-8: its own dump says how.
      const size_t n = Utf8SequenceLength(s, i);
      if (n == 0) {
        out.resize(start);
        out += Json(s).dump();
        return;
      }
      i += n - 1;
      continue;
    }
    if (c >= 0x20 && c != '"' && c != '\\') continue;
    out.append(s, run, i - run);
    run = i + 1;
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\b': out += "\\b"; break;
      case '\t': out += "\\t"; break;
      case '\n': out += "\\n"; break;
      case '\f': out += "\\f"; break;
      case '\r': out += "\\r"; break;
      default:
        out += "\\u00";
        out += kHex[c >> 4];
        out += kHex[c & 15];
    }
  }
  out.append(s, run, std::string::npos);
  out += '"';
}

template <typename Number>
void AppendNumber(std::string& out, Number n) {
  char buf[24];
  auto [end, ec] = std::to_chars(buf, buf + sizeof buf, n);
  (void)ec;  // 24 characters hold any 64-bit integer
  out.append(buf, end);
}

template <typename Json>
void Append(std::string& out, const Json& j) {
  using nlohmann::detail::value_t;
  switch (j.type()) {
    case value_t::object: {
      const auto& members = j.template get_ref<const typename Json::object_t&>();
      out += '{';
      bool first = true;
      for (const auto& [key, value] : members) {
        if (!first) out += ',';
        first = false;
        AppendString<Json>(out, key);
        out += ':';
        Append(out, value);
      }
      out += '}';
      return;
    }
    case value_t::array: {
      const auto& items = j.template get_ref<const typename Json::array_t&>();
      out += '[';
      for (size_t i = 0; i < items.size(); ++i) {
        if (i > 0) out += ',';
        Append(out, items[i]);
      }
      out += ']';
      return;
    }
    case value_t::string:
      AppendString<Json>(out, j.template get_ref<const typename Json::string_t&>());
      return;
    case value_t::boolean:
      out += j.template get<bool>() ? "true" : "false";
      return;
    case value_t::number_integer:
      AppendNumber(out, j.template get<typename Json::number_integer_t>());
      return;
    case value_t::number_unsigned:
      AppendNumber(out, j.template get<typename Json::number_unsigned_t>());
      return;
    case value_t::null:
      out += "null";
      return;
    default:  // numbers with a fraction, binary values, a discarded value
      out += j.dump();
      return;
  }
}

template <typename Json>
std::string Text(const Json& doc) {
  std::string out;
  Append(out, doc);
  return out;
}

}  // namespace

std::string JsonText(const nlohmann::json& doc) { return Text(doc); }
std::string JsonText(const nlohmann::ordered_json& doc) { return Text(doc); }

}  // namespace fremdrift
