#include "storage/kept_tables.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <functional>
#include <unordered_map>

namespace fremdrift {
namespace {

// The tables of migration 37's triggers: seldom written, read by most
// pages. A table added here needs its triggers in a new migration first.
constexpr std::array<std::string_view, 22> kKeptTables = {
    "api_tokens",      "assessments",        "bodies",         "body_members",
    "case_links",      "cases",              "follow_up_actions", "follow_up_links",
    "meetings",        "minutes",            "organisations",  "period_notes",
    "phase_scale_phases", "phase_scales",    "reporting_periods", "source_documents",
    "status_scale_levels", "status_scales",  "strategies",     "user_groups",
    "users",           "case_numbers",
};

// Functions a kept statement may call: none of them reads a clock, a
// random source or a sequence.
constexpr std::array<std::string_view, 14> kPureFunctions = {
    "abs", "avg", "cast", "coalesce", "count", "ifnull", "length",
    "lower", "max", "min", "nullif", "round", "substr", "sum",
};

// Words that may stand before "(" without being a function call.
constexpr std::array<std::string_view, 19> kKeywordsBeforeParenthesis = {
    "all", "and", "any", "as",   "by",     "case",  "else", "exists", "from", "in",
    "is",  "join", "not", "on",  "or",     "select", "then", "when",  "where",
};

// Words that may follow a table's name where an alias could stand: they
// end the table's part of the clause.
constexpr std::array<std::string_view, 19> kClauseWords = {
    "cross",  "except", "full",  "group",  "having", "inner",   "intersect",
    "join",   "left",   "limit", "natural", "offset", "on",     "order",
    "outer",  "right",  "union", "using",  "where",
};

// Words that make a statement more than a read of what is stored.
constexpr std::array<std::string_view, 16> kForbiddenWords = {
    "current_date", "current_time", "current_timestamp", "delete", "for", "insert", "into", "localtime",
    "localtimestamp", "lock", "merge", "replace", "returning", "set", "update", "with",
};

template <size_t N>
bool WordIsIn(const std::array<std::string_view, N>& words, std::string_view w) {
  return std::find(words.begin(), words.end(), w) != words.end();
}

struct SqlToken {
  enum Kind { kWord, kLiteral, kPunct } kind;
  std::string text;  // a word in lower case; one character of punctuation
};

// The statement's tokens; nullopt for anything this reader does not know
// (a comment, an unterminated quote).
std::optional<std::vector<SqlToken>> SqlTokensOf(std::string_view sql) {
  std::vector<SqlToken> out;
  size_t i = 0;
  while (i < sql.size()) {
    const char c = sql[i];
    if (std::isspace(static_cast<unsigned char>(c))) {
      ++i;
    } else if (std::isalpha(static_cast<unsigned char>(c)) || c == '_') {
      size_t j = i;
      std::string word;
      while (j < sql.size() && (std::isalnum(static_cast<unsigned char>(sql[j])) || sql[j] == '_')) {
        word += static_cast<char>(std::tolower(static_cast<unsigned char>(sql[j])));
        ++j;
      }
      out.push_back({SqlToken::kWord, std::move(word)});
      i = j;
    } else if (c == '"') {
      const size_t end = sql.find('"', i + 1);
      if (end == std::string_view::npos) return std::nullopt;
      std::string word(sql.substr(i + 1, end - i - 1));
      for (char& ch : word) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
      out.push_back({SqlToken::kWord, std::move(word)});
      i = end + 1;
    } else if (c == '\'') {
      size_t j = i + 1;
      for (;;) {
        if (j >= sql.size()) return std::nullopt;
        if (sql[j] == '\'') {
          if (j + 1 < sql.size() && sql[j + 1] == '\'') {
            j += 2;
            continue;
          }
          break;
        }
        ++j;
      }
      out.push_back({SqlToken::kLiteral, ""});
      i = j + 1;
    } else if (std::isdigit(static_cast<unsigned char>(c)) || c == '$' || c == '?') {
      size_t j = i + 1;
      while (j < sql.size() && (std::isalnum(static_cast<unsigned char>(sql[j])) || sql[j] == '.')) ++j;
      out.push_back({SqlToken::kLiteral, ""});
      i = j;
    } else if ((c == '-' && i + 1 < sql.size() && sql[i + 1] == '-') ||
               (c == '/' && i + 1 < sql.size() && sql[i + 1] == '*') || c == ';') {
      return std::nullopt;  // a comment, or a second statement
    } else {
      out.push_back({SqlToken::kPunct, std::string(1, c)});
      ++i;
    }
  }
  return out;
}

bool IsWordAt(const std::vector<SqlToken>& t, size_t i) { return i < t.size() && t[i].kind == SqlToken::kWord; }
bool IsPunctAt(const std::vector<SqlToken>& t, size_t i, char c) {
  return i < t.size() && t[i].kind == SqlToken::kPunct && t[i].text[0] == c;
}

// Checks the table list that starts at t[i] (after FROM or JOIN): each
// entry a kept table, with an optional alias, or a subquery, whose own
// FROM is checked in its turn.
bool TableListIsKept(const std::vector<SqlToken>& t, size_t i) {
  for (;;) {
    if (IsPunctAt(t, i, '(')) return true;
    if (!IsWordAt(t, i) || !WordIsIn(kKeptTables, t[i].text)) return false;
    ++i;
    if (IsWordAt(t, i) && t[i].text == "as") ++i;
    if (IsWordAt(t, i) && !WordIsIn(kClauseWords, t[i].text)) ++i;  // the alias
    if (!IsPunctAt(t, i, ',')) return true;
    ++i;
  }
}

// ReadsOnlyKeptTables without remembering.
bool StatementReadsOnlyKeptTables(std::string_view sql) {
  const auto tokens = SqlTokensOf(sql);
  if (!tokens || tokens->empty() || !IsWordAt(*tokens, 0) || (*tokens)[0].text != "select") return false;
  const std::vector<SqlToken>& t = *tokens;
  bool reads_a_table = false;
  for (size_t i = 0; i < t.size(); ++i) {
    if (t[i].kind != SqlToken::kWord) continue;
    const std::string& w = t[i].text;
    if (WordIsIn(kForbiddenWords, w)) return false;
    if (IsPunctAt(t, i + 1, '(') && !WordIsIn(kKeywordsBeforeParenthesis, w) && !WordIsIn(kPureFunctions, w)) return false;
    if (w == "from" || w == "join") {
      if (!TableListIsKept(t, i + 1)) return false;
      reads_a_table = true;
    }
  }
  return reads_a_table;
}

}  // namespace

const std::vector<std::string_view>& KeptTableNames() {
  static const std::vector<std::string_view> names(kKeptTables.begin(), kKeptTables.end());
  return names;
}

bool ReadsOnlyKeptTables(std::string_view sql) {
  // A server asks a few hundred statement texts again and again: each
  // thread remembers its answers rather than read each text anew.
  // Looked up by the view itself: every query of a GET passes here.
  struct Hash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };
  thread_local std::unordered_map<std::string, bool, Hash, std::equal_to<>> answers;
  if (auto it = answers.find(sql); it != answers.end()) return it->second;
  if (answers.size() >= 4096) answers.clear();
  const bool kept = StatementReadsOnlyKeptTables(sql);
  answers.emplace(std::string(sql), kept);
  return kept;
}

KeptTableReads& KeptTableResults() {
  static KeptTableReads kept(kMaxKeptTableReads);
  return kept;
}

}  // namespace fremdrift
