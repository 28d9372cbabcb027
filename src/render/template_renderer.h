// The Mustache templates of <assets_dir>/templates, rendered with mstch.
// Each file `name.mustache` is a template named `name` and is also
// available to every other template as the partial {{> name}}.
//
// mstch parses the template and every partial it is given on each render,
// so a render is given only the partials its template can reach (found
// once, when the folder is read), not the whole folder: parsing all of it
// was most of the time a page took.
//
// {{x}} is HTML-escaped (with EscapeHtml, installed as mstch's escape
// function by the first TemplateSet); templates must not use {{{x}}} for
// anything but markup built and escaped in C++ (the roadmap SVG).
#pragma once

#include <map>
#include <set>
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
  using Partials = std::map<std::string, std::string>;

  const std::string& Text(const std::string& name) const;
  // Adds to `out` the partials template `name` reaches, directly or through
  // other partials.
  void AddReachable(const std::string& name, Partials& out) const;

  Partials templates_;
  // The names each template names as a partial ({{> name}}).
  std::map<std::string, std::set<std::string>> partial_names_;
  // For each template, the partials it reaches, ready for mstch.
  std::map<std::string, Partials> reachable_;
};

// The templates of `assets_dir`, read once per process and folder (they
// are program files, not data). Thread-safe.
const TemplateSet& TemplatesFor(const std::string& assets_dir);

}  // namespace fremdrift
