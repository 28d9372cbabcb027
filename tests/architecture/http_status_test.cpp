// HTTP statuses come from one place (docs/architecture.md, "Layers"): no
// code in src/web but web/error_response.* and web/http_status.h writes a
// status as a number; refusals ask HttpStatus(FailureCode),
// HttpStatus(HttpRefusal) or FormStatus(failure), successes name
// kHttpOk, kHttpCreated ... (web/http_status.h).
#include <gtest/gtest.h>

#include <regex>

#include "source_tree.h"

namespace fremdrift::architecture {
namespace {

// A number that is an HTTP status a server sends (RFC 9110 and the
// registry: 2xx, 3xx, 4xx, 5xx), not part of a longer number or a name.
const std::regex& ErrorStatus() {
  static const std::regex re(
      R"((^|[^\w.])(20[0-8]|226|30[0-8]|4(0\d|1[0-8]|2[1-689]|31|51)|50[0-8]|51[01])(?![\w.]))");
  return re;
}

// A limit with a name of its own, "constexpr int kMaxNotes = 500;": a count
// that happens to look like a status.
const std::regex& NamedLimit() {
  static const std::regex re(R"(\bconstexpr\s[^=]*\bk(Max|Min)\w*\s*=)");
  return re;
}

bool IsMappingFile(const std::string& path) {
  return path == "src/web/error_response.cpp" || path == "src/web/error_response.h" ||
         path == "src/web/http_status.h";
}

std::vector<std::string> LiteralStatuses(const std::vector<std::string>& code_lines, const std::string& path) {
  std::vector<std::string> findings;
  for (size_t i = 0; i < code_lines.size(); ++i) {
    const std::string& line = code_lines[i];
    std::smatch m;
    if (!std::regex_search(line, m, ErrorStatus()) || std::regex_search(line, NamedLimit())) continue;
    findings.push_back(path + ":" + std::to_string(i + 1) + ": `" + m.str(2) +
                       "`; web code takes statuses from web/error_response.h: HttpStatus(FailureCode::...), "
                       "HttpStatus(HttpRefusal::...) or FormStatus(failure), and successes from "
                       "web/http_status.h: kHttpOk, kHttpCreated ...");
  }
  return findings;
}

TEST(HttpStatusTest, WebCodeWritesNoStatusOutsideTheMapping) {
  std::vector<std::string> findings;
  for (const auto& f : Sources()) {
    if (f.layer != "web" || IsMappingFile(f.path)) continue;
    auto found = LiteralStatuses(f.code_lines, f.path);
    findings.insert(findings.end(), found.begin(), found.end());
  }
  EXPECT_TRUE(findings.empty()) << "HTTP statuses written as numbers outside web/error_response.cpp:\n"
                                << Listing(findings);
}

TEST(HttpStatusTest, TheCheckRecognisesAStatusAndNothingElse) {
  auto found = [](const std::string& line) { return !LiteralStatuses({line}, "x.cpp").empty(); };
  EXPECT_TRUE(found("    return EditPage(ctx, org, v, state, 409);"));
  EXPECT_TRUE(found("  r.status = 405;"));
  EXPECT_TRUE(found("  Response out = Response::Json(j.dump(), ready ? 200 : 503);"));
  EXPECT_TRUE(found("  constexpr int kStale = 409;"));
  EXPECT_TRUE(found("  return Response::Json(body, 201);"));
  EXPECT_TRUE(found("  if (r.status == 304) return;"));
  EXPECT_FALSE(found("  return Response::Json(body, kHttpCreated);"));
  EXPECT_FALSE(found("  out.reserve(512);"));
  EXPECT_FALSE(found("  std::vector<int> sizes(256);"));
  EXPECT_FALSE(found("  if (raw_path.size() > 4096) throw Refused();"));
  EXPECT_FALSE(found("  double share = 0.404;"));
  EXPECT_FALSE(found("  int k409 = 1;"));
  EXPECT_FALSE(found("constexpr int kMaxNotes = 500;"));
  // Comments and the contents of literals are blanked before the check.
  EXPECT_FALSE(found("  return Plain(HttpStatus(FailureCode::kNotFound), \"                 \");"));
}

}  // namespace
}  // namespace fremdrift::architecture
