#include "render/template_renderer.h"

#include <filesystem>
#include <fstream>
#include <memory>
#include <mutex>
#include <regex>
#include <sstream>

#include "domain/failure.h"
#include "render/html_escape.h"

namespace fremdrift {

TemplateSet::TemplateSet(const std::string& dir) {
  namespace fs = std::filesystem;
  // mstch's own escaping also turns "/" into "&#x2F;", which makes every
  // href unreadable; EscapeHtml escapes & < > " ', which is what element
  // text and quoted attributes need. Set once, before any render here.
  static std::once_flag escape_once;
  std::call_once(escape_once, [] {
    mstch::config::escape = [](const std::string& text) { return EscapeHtml(text); };
  });
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) {
    throw Failure(FailureCode::kInternal, "the template folder " + dir + " is missing");
  }
  for (const auto& entry : fs::directory_iterator(dir, ec)) {
    if (!entry.is_regular_file() || entry.path().extension() != ".mustache") continue;
    std::ifstream in(entry.path());
    std::stringstream buf;
    buf << in.rdbuf();
    templates_[entry.path().stem().string()] = buf.str();
  }
  if (templates_.empty()) {
    throw Failure(FailureCode::kInternal, "the template folder " + dir + " holds no templates");
  }
  const std::regex partial_tag(R"(\{\{\s*>\s*([^\s}]+)\s*\}\})");
  for (const auto& [name, text] : templates_) {
    auto& names = partial_names_[name];
    for (std::sregex_iterator it(text.begin(), text.end(), partial_tag), end; it != end; ++it) {
      names.insert((*it)[1].str());
    }
  }
  for (const auto& [name, text] : templates_) AddReachable(name, reachable_[name]);
}

void TemplateSet::AddReachable(const std::string& name, Partials& out) const {
  auto names = partial_names_.find(name);
  if (names == partial_names_.end()) return;
  for (const auto& partial : names->second) {
    auto found = templates_.find(partial);
    // An unknown partial renders as nothing, as mstch does without it.
    if (found == templates_.end() || out.count(partial)) continue;
    out.emplace(partial, found->second);
    AddReachable(partial, out);
  }
}

const std::string& TemplateSet::Text(const std::string& name) const {
  auto it = templates_.find(name);
  if (it == templates_.end()) {
    throw Failure(FailureCode::kInternal, "there is no template '" + name + "'");
  }
  return it->second;
}

std::string TemplateSet::Render(const std::string& name, const mstch::node& context) const {
  const std::string& text = Text(name);
  return mstch::render(text, context, reachable_.at(name));
}

std::string TemplateSet::RenderPage(const std::string& content,
                                    const mstch::node& context) const {
  Partials partials = reachable_.at("layout");
  const std::string& text = Text(content);
  partials["content"] = text;
  AddReachable(content, partials);
  return mstch::render(Text("layout"), context, partials);
}

const TemplateSet& TemplatesFor(const std::string& assets_dir) {
  static std::mutex mutex;
  static std::map<std::string, std::unique_ptr<TemplateSet>> cache;
  std::string dir = (std::filesystem::path(assets_dir) / "templates").string();
  std::lock_guard<std::mutex> lock(mutex);
  auto it = cache.find(dir);
  if (it != cache.end()) return *it->second;
  auto set = std::make_unique<TemplateSet>(dir);
  return *cache.emplace(dir, std::move(set)).first->second;
}

}  // namespace fremdrift
