#include "formats/bundle_files.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "domain/failure.h"
#include "domain/text_field_rules.h"
#include "formats/json_input.h"

namespace fremdrift {
namespace fs = std::filesystem;

namespace {

// "line N: not valid JSON (...)" for a parse error in `text`.
std::string SyntaxMessage(const nlohmann::json::parse_error& e, const std::string& text) {
  // Turn the byte offset into a line number people can look up. `e.byte`
  // counts from 1 and points at the offending character.
  size_t offset = std::min<size_t>(e.byte > 0 ? e.byte - 1 : 0, text.size());
  size_t line = 1 + std::count(text.begin(), text.begin() + offset, '\n');
  return "line " + std::to_string(line) + ": not valid JSON (" + ToValidUtf8(e.what()) + ")";
}

// What keeps `text` from being parsed safely (too deep, not UTF-8), or "".
std::string LimitProblem(const std::string& text) {
  if (JsonNestingDepth(text) > kMaxJsonDepth) {
    return "nested deeper than " + std::to_string(kMaxJsonDepth) + " levels of arrays and objects";
  }
  if (!IsValidUtf8(text)) return "not valid UTF-8 text";
  return "";
}

}  // namespace

BundleFile ParseBundleText(const std::string& name, const std::string& text) {
  if (std::string problem = LimitProblem(text); !problem.empty()) {
    throw Failure(FailureCode::kInvalid, name + ": " + problem, name);
  }
  try {
    return {name, nlohmann::json::parse(text)};
  } catch (const nlohmann::json::parse_error& e) {
    throw Failure(FailureCode::kInvalid, name + ": " + SyntaxMessage(e, text), name);
  } catch (const nlohmann::json::exception& e) {  // e.g. out_of_range 406: "1e309"
    throw Failure(FailureCode::kInvalid, name + ": not valid JSON (" + ToValidUtf8(e.what()) + ")", name);
  }
}

std::vector<BundleFile> ReadBundleFiles(const std::string& path) {
  std::vector<fs::path> files;
  std::error_code ec;
  if (fs::is_directory(path, ec)) {
    for (const auto& entry : fs::directory_iterator(path)) {
      if (entry.is_regular_file() && entry.path().extension() == ".json") {
        files.push_back(entry.path());
      }
    }
    std::sort(files.begin(), files.end());
    if (files.empty()) {
      throw Failure(FailureCode::kInvalid, "no .json files in " + path, "path");
    }
  } else if (fs::is_regular_file(path, ec)) {
    files.push_back(path);
  } else {
    throw Failure(FailureCode::kNotFound, "no such file or folder: " + path, "path");
  }
  // Every file is parsed, so that all syntax errors are reported at once.
  std::vector<BundleFile> out;
  std::vector<FieldProblem> problems;
  for (const auto& f : files) {
    std::ifstream in(f, std::ios::binary);
    std::stringstream buf;
    buf << in.rdbuf();
    std::string name = f.filename().string();
    if (std::string problem = LimitProblem(buf.str()); !problem.empty()) {
      problems.push_back({name, problem});
      continue;
    }
    try {
      out.push_back({name, nlohmann::json::parse(buf.str())});
    } catch (const nlohmann::json::parse_error& e) {
      problems.push_back({name, SyntaxMessage(e, buf.str())});
    }
  }
  if (!problems.empty()) throw Failure::Invalid(problems);
  return out;
}

}  // namespace fremdrift
