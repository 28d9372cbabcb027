// A Mustache template parsed once and rendered over mstch's nodes, giving
// the very bytes mstch::render gives for the same template, view and
// partials.
//
// Why not mstch::render itself: it parses the template and each partial on
// every call, copies every node it enters (a whole view per section), and
// copies a section's tokens each time it meets one. Under load that was a
// fifth of the server's time. Here the parse happens once, the renderer
// keeps pointers into the caller's view, and a section is a jump in the
// token list.
//
// Kept from mstch, on purpose: its tokenizer, its rule for lines that hold
// only tags and white space (they vanish), indentation of a partial that
// stands alone on its line (put before each of the partial's lines, as
// mstch does), dotted names, "." and the way it prints numbers and
// booleans. Not supported: lambdas (no view of ours uses one; rendering one
// throws Failure(kInternal)). A template whose sections do not balance is
// refused when it is parsed.
//
// Values are immutable once built; rendering is thread-safe as far as the
// view is (mstch objects cache answers without a lock).
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include <mstch/mstch.hpp>

namespace fremdrift {

class CompiledTemplate {
 public:
  enum class TokenType {
    kText,
    kVariable,
    kSectionOpen,
    kSectionClose,
    kInvertedSectionOpen,
    kUnescapedVariable,
    kComment,
    kPartial,
    kDelimiterChange,
  };

  struct Token {
    TokenType type = TokenType::kText;
    std::string name;            // for tags
    std::vector<std::string> path;  // the name's parts at its dots ("." is one part)
    std::string raw;             // the text, or the tag as written
    std::string partial_prefix;  // a standalone partial's indentation
    bool eol = false;            // text that ends a line
    bool ws_only = false;        // text of white space only
    size_t close = 0;            // a section's closing token (index)
  };

  // Parses `text`. Throws Failure(kInternal) naming `name` when a section
  // is not closed, or closed by another name.
  CompiledTemplate(std::string_view name, const std::string& text);

  // This template included as a partial indented by `prefix`: the prefix
  // goes before its first token and after every line end, as mstch does.
  CompiledTemplate Indented(const std::string& prefix) const;

  const std::vector<Token>& tokens() const { return tokens_; }
  const std::string& name() const { return name_; }

 private:
  CompiledTemplate() = default;
  void Tokenize(const std::string& text);
  void StripStandaloneLines();
  void MatchSections();

  std::string name_;
  std::vector<Token> tokens_;
};

// Where a render finds the partials its templates name.
class PartialSource {
 public:
  virtual ~PartialSource() = default;
  // The partial `name` indented by `prefix` (empty for none), or nullptr
  // when there is none: it then renders as nothing, as in mstch.
  virtual const CompiledTemplate* Find(std::string_view name, std::string_view prefix) const = 0;
};

// Renders `t` with `root` as the view. `escape` appends {{name}} values
// to the page, escaped (not {{{name}}} or {{&name}}).
std::string RenderCompiled(const CompiledTemplate& t, const mstch::node& root, const PartialSource& partials,
                           void (*escape)(std::string&, std::string_view));

}  // namespace fremdrift
