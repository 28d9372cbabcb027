// Fuzzes FormData::Parse, the reader of posted HTML forms
// (application/x-www-form-urlencoded and multipart/form-data). The input's
// first line is the request's Content-Type, the rest its body. Any bytes
// must give UTF-8 fields or Failure(kInvalid, field "body"), never a crash
// or another exception (which the server would answer with a 500).
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

#include <Poco/Net/HTTPRequest.h>

#include "domain/failure.h"
#include "domain/text_field_rules.h"
#include "web/form_data.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view input(reinterpret_cast<const char*>(data), size);
  size_t eol = input.find('\n');
  std::string content_type(input.substr(0, eol));
  std::string body(eol == std::string_view::npos ? std::string_view() : input.substr(eol + 1));

  try {
    fremdrift::FormData form = fremdrift::FormData::Parse(content_type, body);
    // Read it as the form handlers do.
    for (const char* name : {"version", "title", "file", "value", ""}) {
      std::string value = form.Get(name);
      if (!fremdrift::IsValidUtf8(value)) std::abort();
      if (form.Find(name) && *form.Find(name) != value) std::abort();
      auto all = form.GetAll(name);
      if (!all.empty() && all.front() != value) std::abort();
      if (const fremdrift::UploadedFile* f = form.File(name)) {
        if (f->content.size() > body.size()) std::abort();
      }
    }
    try {
      int64_t version = fremdrift::FormVersion(form);
      if (version < 0) std::abort();
    } catch (const fremdrift::Failure& f) {
      if (f.code() != fremdrift::FailureCode::kInvalid || f.field() != "version") std::abort();
    }
  } catch (const fremdrift::Failure& f) {
    if (f.code() != fremdrift::FailureCode::kInvalid || f.field() != "body") {
      std::fprintf(stderr, "unexpected failure: %s (field %s)\n", f.what(), f.field().c_str());
      std::abort();
    }
  }
  return 0;
}
