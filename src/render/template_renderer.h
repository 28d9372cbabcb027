// The Mustache templates of <assets_dir>/templates, parsed once when the
// folder is read and rendered over mstch's nodes (render/compiled_template.h:
// the bytes mstch::render gives, without parsing on every render). Each
// file `name.mustache` is a template named `name` and is also available to
// every other template as the partial {{> name}}.
//
// {{x}} is HTML-escaped (with EscapeHtml, installed as mstch's escape
// function by the first TemplateSet); templates must not use {{{x}}} for
// anything but markup built and escaped in C++ (the roadmap SVG) or made
// by rendering one of these templates (the monitor's cards).
#pragma once

#include <map>
#include <string>
#include <string_view>

#include <mstch/mstch.hpp>

#include "render/compiled_template.h"

namespace fremdrift {

class TemplateSet {
 public:
  // Reads every *.mustache file in `dir`. Throws Failure(kInternal) when the
  // folder is missing or holds no templates.
  // Also throws Failure(kInternal) naming a template whose sections do not
  // balance.
  explicit TemplateSet(const std::string& dir);

  // Renders template `name`; throws Failure(kInternal) for an unknown name.
  std::string Render(const std::string& name, const mstch::node& context) const;

  // Renders "layout" with template `content` as its {{> content}} partial:
  // a whole page.
  std::string RenderPage(const std::string& content, const mstch::node& context) const;

  bool Has(const std::string& name) const { return compiled_.count(name) != 0; }

  // The source of template `name`, as read (for tests that hold the
  // renderer to mstch's); throws Failure(kInternal) for an unknown name.
  const std::string& Source(const std::string& name) const;

  // Template `name` as the partial {{> name}} indented by `prefix`, or
  // nullptr when there is no such template.
  const CompiledTemplate* Partial(std::string_view name, std::string_view prefix) const;

 private:
  const CompiledTemplate& Compiled(const std::string& name) const;

  std::map<std::string, std::string, std::less<>> sources_;
  std::map<std::string, CompiledTemplate, std::less<>> compiled_;
  // Templates as partials that stand indented on their line, by name, a
  // 0x1f and the indentation: every such use in the folder, made at once.
  std::map<std::string, CompiledTemplate, std::less<>> indented_;
};

// The templates of `assets_dir`, read once per process and folder (they
// are program files, not data). Thread-safe.
const TemplateSet& TemplatesFor(const std::string& assets_dir);

}  // namespace fremdrift
