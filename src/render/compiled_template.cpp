#include "render/compiled_template.h"

#include <memory>
#include <sstream>

#include "domain/failure.h"

namespace fremdrift {

namespace {

using Token = CompiledTemplate::Token;
using TokenType = CompiledTemplate::TokenType;

constexpr size_t npos = std::string::npos;

TokenType TypeOfSigil(char c) {
  switch (c) {
    case '>': return TokenType::kPartial;
    case '^': return TokenType::kInvertedSectionOpen;
    case '/': return TokenType::kSectionClose;
    case '&': return TokenType::kUnescapedVariable;
    case '#': return TokenType::kSectionOpen;
    case '!': return TokenType::kComment;
    default: return TokenType::kVariable;
  }
}

Token TextToken(std::string text) {
  Token t;
  t.type = TokenType::kText;
  t.eol = !text.empty() && text.back() == '\n';
  t.ws_only = text.find_first_not_of(" \r\n\t") == npos;
  t.raw = std::move(text);
  return t;
}

// The first index in [from, to) whose character is not a space, else `to`.
size_t FirstNotSpace(const std::string& s, size_t from, size_t to) {
  for (size_t i = from; i < to; ++i) {
    if (s[i] != ' ') return i;
  }
  return to;
}

// One past the last index in [from, to] whose character is not a space,
// else `from` (mstch's backward scan).
size_t EndOfNotSpace(const std::string& s, size_t from, size_t to) {
  for (size_t i = to + 1; i-- > from;) {
    if (s[i] != ' ') return i + 1;
  }
  return from;
}

std::string Between(const std::string& s, size_t begin, size_t end) {
  return end > begin ? s.substr(begin, end - begin) : std::string();
}

// A tag as mstch's token constructor reads it: `raw` is the whole tag with
// its delimiters, `left` and `right` their lengths.
Token TagToken(std::string raw, size_t left, size_t right) {
  Token t;
  const size_t size = raw.size();
  if (raw[left] == '=' && raw[size - right - 1] == '=') {
    t.type = TokenType::kDelimiterChange;
  } else if (raw[left] == '{' && raw[size - right - 1] == '}') {
    t.type = TokenType::kUnescapedVariable;
    size_t begin = FirstNotSpace(raw, left + 1, size - right);
    size_t end = size >= right + 2 ? EndOfNotSpace(raw, left, size - right - 2) : left;
    t.name = Between(raw, begin, end);
  } else {
    size_t c = FirstNotSpace(raw, left, size - right);
    t.type = TypeOfSigil(raw[c]);
    if (t.type != TokenType::kVariable) c = FirstNotSpace(raw, c + 1, size - right);
    t.name = Between(raw, c, EndOfNotSpace(raw, left, size - 1 - right));
  }
  t.raw = std::move(raw);
  // mstch's lookup splits a dotted name on each render; here once.
  if (t.name == "." || t.name.find('.') == npos) {
    t.path = {t.name};
  } else {
    for (size_t start = 0;;) {
      size_t dot = t.name.find('.', start);
      t.path.push_back(t.name.substr(start, dot == npos ? npos : dot - start));
      if (dot == npos) break;
      start = dot + 1;
    }
  }
  return t;
}

bool IsOpen(TokenType t) { return t == TokenType::kSectionOpen || t == TokenType::kInvertedSectionOpen; }

}  // namespace

CompiledTemplate::CompiledTemplate(std::string_view name, const std::string& text) : name_(name) {
  Tokenize(text);
  StripStandaloneLines();
  MatchSections();
}

void CompiledTemplate::Tokenize(const std::string& text) {
  const std::string open = "{{", close = "}}";
  auto add_text = [&](size_t begin, size_t end) {
    size_t start = begin;
    for (size_t i = begin; i < end; ++i) {
      if (text[i] == '\n' || i == end - 1) {
        tokens_.push_back(TextToken(text.substr(start, i + 1 - start)));
        start = i + 1;
      }
    }
  };
  auto at = [&](size_t i) { return i < text.size() ? text[i] : '\0'; };
  for (size_t cur = 0; cur < text.size();) {
    size_t open_pos = text.find(open, cur);
    size_t close_pos = open_pos == npos ? npos : text.find(close, open_pos + 1);
    if (open_pos == npos || close_pos == npos) {
      add_text(cur, text.size());
      break;
    }
    if (at(open_pos + open.size()) == '{' && at(close_pos + close.size()) == '}') ++close_pos;
    add_text(cur, open_pos);
    cur = close_pos + close.size();
    tokens_.push_back(TagToken(text.substr(open_pos, cur - open_pos), open.size(), close.size()));
    if (tokens_.back().type == TokenType::kDelimiterChange) {
      throw Failure(FailureCode::kInternal, "template '" + name_ + "' changes its delimiters, which is not supported");
    }
    if (cur == text.size()) {
      tokens_.push_back(TextToken(""));
      tokens_.back().eol = true;
    }
  }
}

void CompiledTemplate::StripStandaloneLines() {
  // A line that holds tags other than variables, and otherwise only white
  // space, leaves only its tags; a partial alone on such a line keeps the
  // line's indentation as its prefix.
  size_t line_begin = 0;
  bool has_tag = false, non_space = false;
  for (size_t it = 0; it < tokens_.size(); ++it) {
    TokenType type = tokens_[it].type;
    if (type != TokenType::kText && type != TokenType::kVariable && type != TokenType::kUnescapedVariable) {
      has_tag = true;
    } else if (!tokens_[it].ws_only) {
      non_space = true;
    }
    if (!tokens_[it].eol) continue;
    if (has_tag && !non_space) {
      for (size_t cur = line_begin; !tokens_[cur].eol; ++cur) {
        if (tokens_[cur].type == TokenType::kPartial && cur != line_begin && tokens_[cur - 1].ws_only) {
          tokens_[cur].partial_prefix = tokens_[cur - 1].raw;
        }
      }
      size_t c = line_begin;
      for (bool end = false; !end;) {
        end = tokens_[c].eol;
        if (end) it = c - 1;
        if (tokens_[c].ws_only) {
          tokens_.erase(tokens_.begin() + static_cast<std::ptrdiff_t>(c));
        } else {
          ++c;
        }
      }
    }
    non_space = has_tag = false;
    line_begin = it + 1;
  }
}

void CompiledTemplate::MatchSections() {
  for (size_t i = 0; i < tokens_.size(); ++i) {
    if (!IsOpen(tokens_[i].type)) continue;
    // As mstch counts: any opening nests, any closing un-nests, and the
    // section ends at a closing of its own name at its own depth.
    int skipped = 0;
    size_t j = i + 1;
    for (; j < tokens_.size(); ++j) {
      const Token& t = tokens_[j];
      if (t.type == TokenType::kSectionClose) {
        if (t.name == tokens_[i].name && skipped == 0) break;
        --skipped;
      } else if (IsOpen(t.type)) {
        ++skipped;
      }
    }
    if (j == tokens_.size() || skipped < 0) {
      throw Failure(FailureCode::kInternal,
                    "template '" + name_ + "': section '" + tokens_[i].name + "' is not closed in its place");
    }
    tokens_[i].close = j;
  }
}

CompiledTemplate CompiledTemplate::Indented(const std::string& prefix) const {
  CompiledTemplate out;
  out.name_ = name_;
  out.tokens_.reserve(tokens_.size() * 2);
  for (size_t i = 0; i < tokens_.size(); ++i) {
    if (!prefix.empty() && (i == 0 || tokens_[i - 1].eol)) out.tokens_.push_back(TextToken(prefix));
    out.tokens_.push_back(tokens_[i]);
  }
  out.MatchSections();
  return out;
}

namespace {

const mstch::node kNullNode{};

// Renders over a stack of pointers into the caller's view (innermost last).
class Renderer {
 public:
  Renderer(const PartialSource& partials, void (*escape)(std::string&, std::string_view), std::string& out)
      : partials_(partials), escape_(escape), out_(out) {}

  void Render(const std::vector<Token>& t, size_t begin, size_t end) {
    for (size_t i = begin; i < end; ++i) {
      const Token& tok = t[i];
      switch (tok.type) {
        case TokenType::kText:
          out_ += tok.raw;
          break;
        case TokenType::kVariable:
          Print(Find(tok.path), true);
          break;
        case TokenType::kUnescapedVariable:
          Print(Find(tok.path), false);
          break;
        case TokenType::kPartial:
          if (const CompiledTemplate* p = partials_.Find(tok.name, tok.partial_prefix)) {
            Render(p->tokens(), 0, p->tokens().size());
          }
          break;
        case TokenType::kSectionOpen: {
          const mstch::node& n = Find(tok.path);
          if (!IsEmpty(n)) Section(n, t, i + 1, tok.close);
          i = tok.close;
          break;
        }
        case TokenType::kInvertedSectionOpen:
          if (IsEmpty(Find(tok.path))) {
            stack_.push_back(&kNullNode);
            Render(t, i + 1, tok.close);
            stack_.pop_back();
          }
          i = tok.close;
          break;
        default:  // comments, and closings MatchSections has placed
          break;
      }
    }
  }

  void Push(const mstch::node& root) { stack_.push_back(&root); }

 private:
  // `name` in `n`, or nullptr: a map's entry, an object's answer, and for
  // any other node "." is the node itself.
  static const mstch::node* In(const mstch::node& n, const std::string& name) {
    if (const auto* m = boost::get<mstch::map>(&n)) {
      auto it = m->find(name);
      return it == m->end() ? nullptr : &it->second;
    }
    if (const auto* o = boost::get<std::shared_ptr<mstch::object>>(&n)) {
      return (*o)->has(name) ? &(*o)->at(name) : nullptr;
    }
    return name == "." ? &n : nullptr;
  }

  // mstch's lookup: the first part of a dotted name from the innermost
  // node out, each further part in the node found before it.
  const mstch::node& Find(const std::vector<std::string>& path) {
    const mstch::node* found = nullptr;
    for (auto it = stack_.rbegin(); it != stack_.rend() && !found; ++it) found = In(**it, path.front());
    for (size_t i = 1; found && i < path.size(); ++i) found = In(*found, path[i]);
    return found ? *found : kNullNode;
  }

  static bool IsEmpty(const mstch::node& n) {
    if (boost::get<std::nullptr_t>(&n)) return true;
    if (const auto* i = boost::get<int>(&n)) return *i == 0;
    if (const auto* d = boost::get<double>(&n)) return *d == 0;
    if (const auto* b = boost::get<bool>(&n)) return !*b;
    if (const auto* s = boost::get<std::string>(&n)) return s->empty();
    if (const auto* a = boost::get<mstch::array>(&n)) return a->empty();
    return false;
  }

  static void RefuseLambda(const mstch::node& n) {
    if (boost::get<mstch::lambda>(&n)) throw Failure(FailureCode::kInternal, "a template view holds a lambda");
  }

  void Print(const mstch::node& n, bool escape) {
    if (const auto* s = boost::get<std::string>(&n)) {
      if (escape) {
        escape_(out_, *s);
      } else {
        out_ += *s;
      }
    } else if (const auto* i = boost::get<int>(&n)) {
      out_ += std::to_string(*i);
    } else if (const auto* d = boost::get<double>(&n)) {
      std::ostringstream ss;
      ss << *d;
      out_ += ss.str();
    } else if (const auto* b = boost::get<bool>(&n)) {
      out_ += *b ? "true" : "false";
    } else {
      RefuseLambda(n);
    }
  }

  // A section over `n`: once per item of an array, else once with `n`.
  void Section(const mstch::node& n, const std::vector<Token>& t, size_t begin, size_t end) {
    RefuseLambda(n);
    if (const auto* a = boost::get<mstch::array>(&n)) {
      for (const mstch::node& item : *a) {
        RefuseLambda(item);
        stack_.push_back(&item);
        Render(t, begin, end);
        stack_.pop_back();
      }
      return;
    }
    stack_.push_back(&n);
    Render(t, begin, end);
    stack_.pop_back();
  }

  const PartialSource& partials_;
  void (*escape_)(std::string&, std::string_view);
  std::string& out_;
  std::vector<const mstch::node*> stack_;
};

}  // namespace

std::string RenderCompiled(const CompiledTemplate& t, const mstch::node& root, const PartialSource& partials,
                           void (*escape)(std::string&, std::string_view)) {
  std::string out;
  out.reserve(16 * 1024);
  Renderer r(partials, escape, out);
  r.Push(root);
  r.Render(t.tokens(), 0, t.tokens().size());
  return out;
}

}  // namespace fremdrift
