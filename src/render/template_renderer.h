// The Mustache templates of <assets_dir>/templates, rendered with mstch.
// Each file `name.mustache` is a template named `name` and is also
// available to every other template as the partial {{> name}}.
//
// {{x}} is HTML-escaped (with EscapeHtml, installed as mstch's escape
// function by the first TemplateSet); templates must not use {{{x}}} for
// anything but markup built and escaped in C++ (the roadmap SVG).
#pragma once

#include <map>
#include <string>

#include <mstch/mstch.hpp>

namespace fremdrift {

class TemplateSet {
 public:
  // Reads every *.mustache file in `dir`. Throws Failure(kInternal) when the
  // folder is missing or holds no templates.
  explicit TemplateSet(const std::string& dir);

  // Renders template `name`; throws Failure(kInternal) for an unknown name.
  std::string Render(const std::string& name, const mstch::node& context) const;

  // Renders "layout" with template `content` as its {{> content}} partial:
  // a whole page.
  std::string RenderPage(const std::string& content, const mstch::node& context) const;

  bool Has(const std::string& name) const { return templates_.count(name) != 0; }

 private:
  const std::string& Text(const std::string& name) const;
  std::map<std::string, std::string> templates_;
};

// The templates of `assets_dir`, read once per process and folder (they
// are program files, not data). Thread-safe.
const TemplateSet& TemplatesFor(const std::string& assets_dir);

}  // namespace fremdrift
