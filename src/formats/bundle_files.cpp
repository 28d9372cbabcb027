#include "formats/bundle_files.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "domain/failure.h"

namespace fremdrift {
namespace fs = std::filesystem;

namespace {

// "line N: not valid JSON (...)" for a parse error in `text`.
std::string SyntaxMessage(const nlohmann::json::parse_error& e, const std::string& text) {
  // Turn the byte offset into a line number people can look up. `e.byte`
  // counts from 1 and points at the offending character.
  size_t offset = std::min<size_t>(e.byte > 0 ? e.byte - 1 : 0, text.size());
  size_t line = 1 + std::count(text.begin(), text.begin() + offset, '\n');
  return "line " + std::to_string(line) + ": not valid JSON (" + e.what() + ")";
}

}  // namespace

BundleFile ParseBundleText(const std::string& name, const std::string& text) {
  try {
    return {name, nlohmann::json::parse(text)};
  } catch (const nlohmann::json::parse_error& e) {
    throw Failure(FailureCode::kInvalid, name + ": " + SyntaxMessage(e, text), name);
  } catch (const nlohmann::json::exception& e) {  // e.g. out_of_range 406: "1e309"
    throw Failure(FailureCode::kInvalid, name + ": not valid JSON (" + e.what() + ")", name);
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
