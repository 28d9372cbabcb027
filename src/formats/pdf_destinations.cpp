#include "formats/pdf_destinations.h"

#include <cctype>
#include <cstdlib>
#include <functional>
#include <optional>
#include <set>
#include <vector>

namespace fremdrift {
namespace {

bool IsSpace(char c) { return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f' || c == '\0'; }
bool IsDelimiter(char c) {
  return IsSpace(c) || c == '/' || c == '[' || c == ']' || c == '<' || c == '>' || c == '(' || c == ')';
}

// The offsets of the objects, by number, from the cross-reference table
// that `startxref` points to (and the ones its trailers' /Prev point to).
std::map<int, size_t> CrossReferences(std::string_view pdf) {
  std::map<int, size_t> out;
  size_t at = pdf.rfind("startxref");
  if (at == std::string_view::npos) return out;
  std::set<size_t> seen;
  size_t xref = std::strtoull(std::string(pdf.substr(at + 9, 24)).c_str(), nullptr, 10);
  while (xref < pdf.size() && seen.insert(xref).second && pdf.substr(xref, 4) == "xref") {
    size_t pos = xref + 4;
    // Sections: "first count" then count lines of "oooooooooo ggggg n".
    while (true) {
      while (pos < pdf.size() && IsSpace(pdf[pos])) ++pos;
      if (pos >= pdf.size() || !std::isdigit(static_cast<unsigned char>(pdf[pos]))) break;
      char* end = nullptr;
      std::string head(pdf.substr(pos, 40));
      long first = std::strtol(head.c_str(), &end, 10);
      long count = std::strtol(end, &end, 10);
      pos += static_cast<size_t>(end - head.c_str());
      for (long i = 0; i < count && pos < pdf.size(); ++i) {
        while (pos < pdf.size() && IsSpace(pdf[pos])) ++pos;
        if (pos + 18 > pdf.size()) return out;
        std::string entry(pdf.substr(pos, 18));
        size_t offset = std::strtoull(entry.substr(0, 10).c_str(), nullptr, 10);
        if (entry[17] == 'n' && !out.count(static_cast<int>(first + i))) out[static_cast<int>(first + i)] = offset;
        pos += 18;
      }
    }
    size_t trailer = pdf.find("trailer", pos);
    if (trailer == std::string_view::npos) break;
    size_t prev = pdf.find("/Prev", trailer);
    size_t end_of_trailer = pdf.find("startxref", trailer);
    if (prev == std::string_view::npos || prev > end_of_trailer) break;
    xref = std::strtoull(std::string(pdf.substr(prev + 5, 24)).c_str(), nullptr, 10);
  }
  return out;
}

// The text of object `number` up to its stream or its end.
std::string_view ObjectText(std::string_view pdf, const std::map<int, size_t>& xref, int number) {
  auto it = xref.find(number);
  if (it == xref.end() || it->second >= pdf.size()) return {};
  std::string_view from = pdf.substr(it->second);
  size_t end = std::min(from.find("endobj"), from.find("stream"));
  return end == std::string_view::npos ? from : from.substr(0, end);
}

// The object number that `key` (e.g. "/Pages") refers to in `text` ("/Pages 3 0 R").
std::optional<int> Reference(std::string_view text, std::string_view key) {
  for (size_t at = text.find(key); at != std::string_view::npos; at = text.find(key, at + 1)) {
    size_t after = at + key.size();
    if (after < text.size() && !IsDelimiter(text[after])) continue;  // "/Pages" in "/PagesX"
    std::string rest(text.substr(after, 32));
    char* end = nullptr;
    long n = std::strtol(rest.c_str(), &end, 10);
    if (end == rest.c_str()) return std::nullopt;
    long generation = std::strtol(end, &end, 10);
    (void)generation;
    while (*end && IsSpace(*end)) ++end;
    if (*end == 'R') return static_cast<int>(n);
    return std::nullopt;
  }
  return std::nullopt;
}

// The object numbers of an array of references "[2 0 R 17 0 R]" after `key`.
std::vector<int> References(std::string_view text, std::string_view key) {
  std::vector<int> out;
  size_t at = text.find(key);
  if (at == std::string_view::npos) return out;
  size_t open = text.find('[', at);
  size_t close = text.find(']', open);
  if (open == std::string_view::npos || close == std::string_view::npos) return out;
  std::string list(text.substr(open + 1, close - open - 1));
  const char* p = list.c_str();
  while (*p) {
    char* end = nullptr;
    long n = std::strtol(p, &end, 10);
    if (end == p) break;
    std::strtol(end, &end, 10);
    while (*end && IsSpace(*end)) ++end;
    if (*end != 'R') break;
    out.push_back(static_cast<int>(n));
    p = end + 1;
  }
  return out;
}

std::string DecodeName(std::string_view name) {
  std::string out;
  for (size_t i = 0; i < name.size(); ++i) {
    if (name[i] == '#' && i + 2 < name.size() && std::isxdigit(static_cast<unsigned char>(name[i + 1])) &&
        std::isxdigit(static_cast<unsigned char>(name[i + 2]))) {
      out += static_cast<char>(std::strtol(std::string(name.substr(i + 1, 2)).c_str(), nullptr, 16));
      i += 2;
    } else {
      out += name[i];
    }
  }
  return out;
}

}  // namespace

std::map<std::string, int> PdfDestinationPages(std::string_view pdf) {
  std::map<std::string, int> out;
  std::map<int, size_t> xref = CrossReferences(pdf);
  if (xref.empty()) return out;
  size_t trailer = pdf.rfind("trailer");
  if (trailer == std::string_view::npos) return out;
  auto root = Reference(pdf.substr(trailer), "/Root");
  if (!root) return out;
  std::string_view catalog = ObjectText(pdf, xref, *root);
  auto pages_root = Reference(catalog, "/Pages");
  auto dests = Reference(catalog, "/Dests");
  if (!pages_root || !dests) return out;

  // Pages in order: the leaves of the page tree, depth first.
  std::map<int, int> page_number;
  std::set<int> visited;
  std::function<void(int)> walk = [&](int number) {
    if (!visited.insert(number).second) return;  // a broken tree with a cycle
    std::string_view node = ObjectText(pdf, xref, number);
    if (node.find("/Kids") != std::string_view::npos) {
      for (int kid : References(node, "/Kids")) walk(kid);
    } else {
      int next = static_cast<int>(page_number.size()) + 1;
      page_number[number] = next;
    }
  };
  walk(*pages_root);

  // /name [page 0 R /XYZ x y zoom] ...
  std::string_view dict = ObjectText(pdf, xref, *dests);
  size_t open = dict.find("<<");
  if (open == std::string_view::npos) return out;
  for (size_t at = dict.find('/', open); at != std::string_view::npos; at = dict.find('/', at + 1)) {
    size_t end = at + 1;
    while (end < dict.size() && !IsDelimiter(dict[end])) ++end;
    std::string name = DecodeName(dict.substr(at + 1, end - at - 1));
    size_t bracket = end;
    while (bracket < dict.size() && IsSpace(dict[bracket])) ++bracket;
    if (bracket >= dict.size() || dict[bracket] != '[') continue;  // "/XYZ" inside an array
    std::vector<int> target = References(dict.substr(bracket), "");
    size_t close = dict.find(']', bracket);
    if (!target.empty()) {
      if (auto it = page_number.find(target.front()); it != page_number.end()) out[name] = it->second;
    }
    if (close == std::string_view::npos) break;
    at = close;
  }
  return out;
}

}  // namespace fremdrift
