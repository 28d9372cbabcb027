// Which static file paths are served (web/static_files.h).
#include <gtest/gtest.h>

#include <filesystem>

#include "domain/failure.h"
#include "web/static_files.h"

namespace fremdrift {
namespace {

namespace fs = std::filesystem;

const fs::path kStaticDir = fs::path(FREMDRIFT_SOURCE_DIR) / "static";

FailureCode CodeFor(const std::string& raw) {
  try {
    ResolveStaticPath(kStaticDir, raw);
  } catch (const Failure& f) {
    return f.code();
  }
  return FailureCode::kInternal;  // not refused
}

TEST(StaticPath, ServesAFileInsideTheFolder) {
  EXPECT_EQ(ResolveStaticPath(kStaticDir, "site.css"), fs::canonical(kStaticDir / "site.css"));
}

TEST(StaticPath, RefusesTraversalAndEncodedPaths) {
  for (const char* raw : {"../CMakeLists.txt", "..", ".", "a/../site.css", "%2e%2e/CMakeLists.txt",
                          "..%2fCMakeLists.txt", "%2E%2E%2FCMakeLists.txt", "/etc/passwd",
                          "site.css/", "a//b.css", ".hidden.css", "..\\x.css", "c:/x.css"}) {
    EXPECT_EQ(CodeFor(raw), FailureCode::kInvalid) << raw;
  }
}

TEST(StaticPath, AMissingFileOrUnknownTypeIsNotFound) {
  EXPECT_EQ(CodeFor("nothing-here.css"), FailureCode::kNotFound);
  EXPECT_EQ(CodeFor("site.exe"), FailureCode::kNotFound);
}

TEST(StaticPath, KnowsTheCommonContentTypes) {
  EXPECT_EQ(StaticContentType("site.css"), "text/css; charset=utf-8");
  EXPECT_EQ(StaticContentType("logo.SVG"), "image/svg+xml");
  EXPECT_EQ(StaticContentType("x.sh"), std::nullopt);
}

}  // namespace
}  // namespace fremdrift
