#include "render/template_renderer.h"

#include <filesystem>
#include <fstream>
#include <memory>
#include <mutex>
#include <sstream>

#include "domain/failure.h"
#include "render/html_escape.h"

namespace fremdrift {

namespace {

std::string IndentedKey(std::string_view name, std::string_view prefix) {
  std::string key(name);
  key += '\x1f';
  key += prefix;
  return key;
}

// Partials of a render: every template by name, and for a page the
// content template as {{> content}}.
class TemplatePartials : public PartialSource {
 public:
  TemplatePartials(const TemplateSet& set, const std::string* content) : set_(set), content_(content) {}
  const CompiledTemplate* Find(std::string_view name, std::string_view prefix) const override {
    if (content_ && name == "content") name = *content_;
    return set_.Partial(name, prefix);
  }

 private:
  const TemplateSet& set_;
  const std::string* content_;
};

}  // namespace

TemplateSet::TemplateSet(const std::string& dir) {
  namespace fs = std::filesystem;
  // mstch's own escaping also turns "/" into "&#x2F;", which makes every
  // href unreadable; EscapeHtml escapes & < > " ', which is what element
  // text and quoted attributes need. mstch gets it too, for tests that
  // compare with mstch's renderer. Set once, before any render here.
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
    sources_[entry.path().stem().string()] = buf.str();
  }
  if (sources_.empty()) {
    throw Failure(FailureCode::kInternal, "the template folder " + dir + " holds no templates");
  }
  for (const auto& [name, text] : sources_) compiled_.emplace(name, CompiledTemplate(name, text));
  // Each indented use of a partial, made once; {{> content}} may be any
  // template.
  for (const auto& [name, t] : compiled_) {
    for (const auto& token : t.tokens()) {
      if (token.type != CompiledTemplate::TokenType::kPartial || token.partial_prefix.empty()) continue;
      for (const auto& [target, partial] : compiled_) {
        if (token.name != "content" && token.name != target) continue;
        std::string key = IndentedKey(target, token.partial_prefix);
        if (!indented_.count(key)) indented_.emplace(std::move(key), partial.Indented(token.partial_prefix));
      }
    }
  }
}

const CompiledTemplate* TemplateSet::Partial(std::string_view name, std::string_view prefix) const {
  if (prefix.empty()) {
    auto it = compiled_.find(name);
    return it == compiled_.end() ? nullptr : &it->second;
  }
  auto it = indented_.find(IndentedKey(name, prefix));
  return it == indented_.end() ? nullptr : &it->second;
}

const std::string& TemplateSet::Source(const std::string& name) const {
  auto it = sources_.find(name);
  if (it == sources_.end()) {
    throw Failure(FailureCode::kInternal, "there is no template '" + name + "'");
  }
  return it->second;
}

const CompiledTemplate& TemplateSet::Compiled(const std::string& name) const {
  auto it = compiled_.find(name);
  if (it == compiled_.end()) {
    throw Failure(FailureCode::kInternal, "there is no template '" + name + "'");
  }
  return it->second;
}

std::string TemplateSet::Render(const std::string& name, const mstch::node& context) const {
  return RenderCompiled(Compiled(name), context, TemplatePartials(*this, nullptr), AppendEscapedHtml);
}

std::string TemplateSet::RenderPage(const std::string& content,
                                    const mstch::node& context) const {
  Compiled(content);  // an unknown content template is an error, not an empty page
  return RenderCompiled(Compiled("layout"), context, TemplatePartials(*this, &content), AppendEscapedHtml);
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
