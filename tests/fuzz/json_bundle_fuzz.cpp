// Fuzzes ParseBundleText: any bytes must give a document or a
// Failure(kInvalid) whose message starts with the file name, never a crash
// or another exception.
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>

#include "domain/failure.h"
#include "formats/bundle_files.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string text(reinterpret_cast<const char*>(data), size);
  try {
    fremdrift::BundleFile file = fremdrift::ParseBundleText("fuzz.json", text);
    if (file.name != "fuzz.json") std::abort();
    // Walk the document, as the importer will.
    for (const auto& [key, value] : file.json.items()) {
      if (key.size() > size || value.is_discarded()) std::abort();
    }
  } catch (const fremdrift::Failure& f) {
    std::string what = f.what();
    if (f.code() != fremdrift::FailureCode::kInvalid || f.field() != "fuzz.json" ||
        what.rfind("fuzz.json: ", 0) != 0) {
      std::fprintf(stderr, "unexpected failure: %s (field %s)\n", what.c_str(), f.field().c_str());
      std::abort();
    }
  }
  return 0;
}
