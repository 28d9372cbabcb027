#include "source_file.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <regex>
#include <sstream>

namespace fremdrift::architecture {
namespace {

namespace fs = std::filesystem;

// Splits `text` into code (comments and literal contents replaced by
// spaces, newlines kept) and its string literals.
void Lex(const std::string& text, std::string& code, std::vector<Literal>& literals) {
  code.assign(text.size(), ' ');
  int line = 1;
  bool joinable = false;  // only blanks and comments since the last literal
  size_t i = 0;
  auto copy_newline = [&](size_t at) {
    if (text[at] == '\n') {
      code[at] = '\n';
      ++line;
    }
  };
  while (i < text.size()) {
    char c = text[i];
    if (c == '/' && i + 1 < text.size() && text[i + 1] == '/') {
      while (i < text.size() && text[i] != '\n') ++i;
      continue;
    }
    if (c == '/' && i + 1 < text.size() && text[i + 1] == '*') {
      i += 2;
      while (i + 1 < text.size() && !(text[i] == '*' && text[i + 1] == '/')) copy_newline(i++);
      i += 2;
      continue;
    }
    bool raw = c == 'R' && i + 1 < text.size() && text[i + 1] == '"' &&
               (i == 0 || !(std::isalnum(static_cast<unsigned char>(text[i - 1])) || text[i - 1] == '_'));
    if (raw) {
      size_t open = text.find('(', i + 2);
      if (open == std::string::npos) break;
      std::string delim = ")";
      delim += text.substr(i + 2, open - i - 2);
      delim += '"';
      size_t close = text.find(delim, open);
      if (close == std::string::npos) break;
      std::string body = text.substr(open + 1, close - open - 1);
      if (joinable && !literals.empty()) {
        literals.back().text += body;
      } else {
        literals.push_back({line, body});
      }
      code[i] = '"';
      for (size_t k = i; k < close + delim.size(); ++k) copy_newline(k);
      i = close + delim.size();
      joinable = true;
      continue;
    }
    if (c == '"' || c == '\'') {
      size_t k = i + 1;
      std::string body;
      while (k < text.size() && text[k] != c && text[k] != '\n') {
        if (text[k] == '\\' && k + 1 < text.size()) body += text[k++];
        body += text[k++];
      }
      if (c == '"') {
        if (joinable && !literals.empty()) {
          literals.back().text += body;
        } else {
          literals.push_back({line, body});
        }
        joinable = true;
      }
      code[i] = c;
      if (k < text.size()) code[k] = c;
      i = k + 1;
      continue;
    }
    if (c == '\n') {
      copy_newline(i++);
      continue;
    }
    if (!std::isspace(static_cast<unsigned char>(c))) joinable = false;
    code[i] = c;
    ++i;
  }
}

std::vector<std::string> Lines(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string l; std::getline(in, l);) lines.push_back(l);
  return lines;
}

}  // namespace

std::string ReadAll(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

std::string IncludeLayer(const std::string& include_path) {
  auto slash = include_path.find('/');
  return slash == std::string::npos ? "" : include_path.substr(0, slash);
}

std::vector<SourceFile> ReadSourceTree(const std::string& source_dir) {
  static const std::regex include_re(R"(^\s*#\s*include\s*([<"])([^>"]+)[>"])");
  std::vector<SourceFile> files;
  const fs::path root(source_dir);
  for (const auto& entry : fs::recursive_directory_iterator(root / "src")) {
    if (!entry.is_regular_file()) continue;
    auto ext = entry.path().extension();
    if (ext != ".h" && ext != ".cpp") continue;
    SourceFile f;
    f.path = fs::relative(entry.path(), root).generic_string();
    f.layer = fs::relative(entry.path(), root / "src").begin()->generic_string();
    std::string text = ReadAll(entry.path());
    auto raw_lines = Lines(text);
    for (size_t n = 0; n < raw_lines.size(); ++n) {
      std::smatch m;
      if (std::regex_search(raw_lines[n], m, include_re)) {
        f.includes.push_back({static_cast<int>(n + 1), m[2].str(), m[1].str() == "<"});
      }
    }
    std::string code;
    Lex(text, code, f.literals);
    f.code_lines = Lines(code);
    files.push_back(std::move(f));
  }
  std::sort(files.begin(), files.end(),
            [](const SourceFile& a, const SourceFile& b) { return a.path < b.path; });
  return files;
}

}  // namespace fremdrift::architecture
