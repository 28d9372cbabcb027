// Reading a bundle from disk: one JSON file, or a folder whose *.json
// files are read in file-name order (see docs/bundle-format.md).
#pragma once

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

namespace fremdrift {

struct BundleFile {
  std::string name;     // file name, used to prefix problem paths
  nlohmann::json json;  // the parsed document
};

// Throws Failure(kInvalid) listing every file with a JSON syntax error
// (field: the file name; message: "line N: not valid JSON (...)"), or
// kNotFound when `path` does not exist.
std::vector<BundleFile> ReadBundleFiles(const std::string& path);

// Parses one document; `name` is used in error messages.
BundleFile ParseBundleText(const std::string& name, const std::string& text);

}  // namespace fremdrift
