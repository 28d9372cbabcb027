#include "formats/bundle_files.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "domain/failure.h"

namespace fremdrift {
namespace fs = std::filesystem;

BundleFile ParseBundleText(const std::string& name, const std::string& text) {
  try {
    return {name, nlohmann::json::parse(text)};
  } catch (const nlohmann::json::parse_error& e) {
    // Turn the byte offset into a line number people can look up.
    size_t offset = std::min<size_t>(e.byte, text.size());
    size_t line = 1 + std::count(text.begin(), text.begin() + offset, '\n');
    throw Failure(FailureCode::kInvalid,
                  name + ": line " + std::to_string(line) + ": not valid JSON (" +
                      e.what() + ")",
                  name);
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
  std::vector<BundleFile> out;
  for (const auto& f : files) {
    std::ifstream in(f, std::ios::binary);
    std::stringstream buf;
    buf << in.rdbuf();
    out.push_back(ParseBundleText(f.filename().string(), buf.str()));
  }
  return out;
}

}  // namespace fremdrift
