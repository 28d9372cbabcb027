#include "cli/cli_language.h"

#include <cstdlib>

#include "render/problem_text.h"
#include "web/server.h"

namespace fremdrift {

std::string CliLanguage() {
  if (const char* lang = std::getenv("FREMDRIFT_LANG"); lang && *lang) {
    return std::string(lang) == "en" ? "en" : "nb";
  }
  for (const char* name : {"LC_ALL", "LC_MESSAGES", "LANG"}) {
    const char* value = std::getenv(name);
    if (!value || !*value) continue;
    std::string v(value);
    for (const char* norwegian : {"nb", "nn", "no"}) {
      if (v.rfind(norwegian, 0) == 0) return "nb";
    }
    return "en";
  }
  return "en";
}

namespace {

std::string& CliAssetsDir() {
  static std::string dir;
  return dir;
}

}  // namespace

void UseCliAssetsDir(const std::string& dir) { CliAssetsDir() = dir; }

const Catalogue& CliCatalogue() {
  const std::string& dir = CliAssetsDir();
  return CatalogueFor(dir.empty() ? DefaultAssetsDir() : dir, CliLanguage());
}

std::string CliFailureText(const Failure& f) {
  const Catalogue& t = CliCatalogue();
  std::string text = FailureText(t, f);
  std::string out = "fremdrift: " + text + "\n";
  // The operator's own terminal: the technical detail helps, even of an
  // internal failure, which a web client never sees.
  std::string detail = f.what();
  if (!detail.empty() && detail != text) out += "  (" + detail + ")\n";
  for (const auto& p : f.problems()) {
    // The path names the very row or member (a bundle's
    // $.strategies[0].items[2].end); the label says what it is.
    std::string label = FieldLabel(t, p.field);
    out += "  " + p.field + (label.empty() || label == p.field ? "" : " (" + label + ")") + ": " + ProblemText(t, p);
    if (!p.rule.empty() && p.message != ProblemText(t, p)) out += " (" + p.message + ")";
    out += "\n";
  }
  return out;
}

}  // namespace fremdrift
