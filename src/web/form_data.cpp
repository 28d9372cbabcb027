#include "web/form_data.h"

#include <Poco/Net/HTMLForm.h>
#include <Poco/Net/HTTPRequest.h>
#include <Poco/Net/MessageHeader.h>
#include <Poco/Net/PartHandler.h>
#include <Poco/Exception.h>
#include <Poco/StreamCopier.h>

#include <sstream>

#include "domain/failure.h"
#include "domain/text_field_rules.h"

namespace fremdrift {
namespace {

class KeepFiles : public Poco::Net::PartHandler {
 public:
  explicit KeepFiles(std::map<std::string, UploadedFile>& files) : files_(files) {}
  void handlePart(const Poco::Net::MessageHeader& header, std::istream& stream) override {
    std::string disposition;
    Poco::Net::NameValueCollection params;
    Poco::Net::MessageHeader::splitParameters(header.get("Content-Disposition", ""), disposition,
                                              params);
    UploadedFile f;
    f.filename = params.get("filename", "");
    f.content_type = header.get("Content-Type", "application/octet-stream");
    Poco::StreamCopier::copyToString(stream, f.content);
    files_[params.get("name", "")] = std::move(f);
  }

 private:
  std::map<std::string, UploadedFile>& files_;
};

}  // namespace

FormData FormData::Parse(const std::string& content_type, const std::string& body) {
  FormData out;
  try {
    // POCO's form reader takes the content type from a request.
    Poco::Net::HTTPRequest request(Poco::Net::HTTPRequest::HTTP_POST, "/",
                                   Poco::Net::HTTPMessage::HTTP_1_1);
    if (!content_type.empty()) request.setContentType(content_type);
    Poco::Net::HTMLForm form;
    form.setFieldLimit(2000);
    std::istringstream in(body);
    KeepFiles files(out.files_);
    form.load(request, in, files);
    for (const auto& [k, v] : form) out.fields_.emplace_back(k, v);
  } catch (const Poco::Exception& e) {
    throw Failure(FailureCode::kInvalid, "the form could not be read: " + e.displayText(), "body");
  }
  // What is stored, shown and written as JSON must be UTF-8.
  for (const auto& [k, v] : out.fields_) {
    if (!IsValidUtf8(k) || !IsValidUtf8(v)) {
      throw Failure(FailureCode::kInvalid,
                    "the form field " + (IsValidUtf8(k) ? "'" + k + "'" : std::string("name")) +
                        " is not valid UTF-8",
                    "body");
    }
  }
  for (const auto& [k, f] : out.files_) {
    if (!IsValidUtf8(k) || !IsValidUtf8(f.filename) || !IsValidUtf8(f.content_type)) {
      throw Failure(FailureCode::kInvalid, "the name of an uploaded file is not valid UTF-8", "body");
    }
  }
  return out;
}

std::optional<std::string> FormData::Find(const std::string& name) const {
  for (const auto& [k, v] : fields_) {
    if (k == name) return v;
  }
  return std::nullopt;
}

std::vector<std::string> FormData::GetAll(const std::string& name) const {
  std::vector<std::string> out;
  for (const auto& [k, v] : fields_) {
    if (k == name) out.push_back(v);
  }
  return out;
}

const UploadedFile* FormData::File(const std::string& name) const {
  auto it = files_.find(name);
  return it == files_.end() ? nullptr : &it->second;
}

int64_t FormVersion(const FormData& form) {
  const std::string text = form.Get("version");
  if (text.empty() || text.size() > 15 || text.find_first_not_of("0123456789") != std::string::npos) {
    throw Failure(FailureCode::kInvalid, "the form has no valid version", "version");
  }
  return std::stoll(text);
}

}  // namespace fremdrift
