#include "render/template_renderer.h"

#include <filesystem>
#include <fstream>
#include <memory>
#include <mutex>
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
}

const std::string& TemplateSet::Text(const std::string& name) const {
  auto it = templates_.find(name);
  if (it == templates_.end()) {
    throw Failure(FailureCode::kInternal, "there is no template '" + name + "'");
  }
  return it->second;
}

std::string TemplateSet::Render(const std::string& name, const mstch::node& context) const {
  return mstch::render(Text(name), context, templates_);
}

std::string TemplateSet::RenderPage(const std::string& content,
                                    const mstch::node& context) const {
  std::map<std::string, std::string> partials = templates_;
  partials["content"] = Text(content);
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
