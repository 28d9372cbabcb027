// The fields of an HTML form post: application/x-www-form-urlencoded or
// multipart/form-data (with uploaded files kept in memory; the request
// size limit bounds them).
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace fremdrift {

struct UploadedFile {
  std::string filename;
  std::string content_type;
  std::string content;
};

class FormData {
 public:
  // Parses `body` as the form of `content_type` (the Content-Type header)
  // declares. Throws Failure(kInvalid) for a malformed body.
  static FormData Parse(const std::string& content_type, const std::string& body);

  // The first value of `name`, or nullopt when the form has no such field.
  std::optional<std::string> Find(const std::string& name) const;
  // The first value of `name`, or "" when absent.
  std::string Get(const std::string& name) const { return Find(name).value_or(""); }
  // Every value of `name` in order (checkbox groups, multiple selects).
  std::vector<std::string> GetAll(const std::string& name) const;
  // The uploaded file of `name`, or nullptr.
  const UploadedFile* File(const std::string& name) const;

 private:
  std::vector<std::pair<std::string, std::string>> fields_;
  std::map<std::string, UploadedFile> files_;
};

// The `version` field of an edit form (the version the form was opened
// at). Throws Failure(kInvalid, field "version") when it is not a number.
int64_t FormVersion(const FormData& form);

}  // namespace fremdrift
