// The compiled templates give the very bytes mstch::render gives: for the
// cases of Mustache our templates use, and for every template of the
// folder, alone and as a page.
#include <gtest/gtest.h>

#include <filesystem>
#include <map>
#include <set>
#include <string>

#include "domain/failure.h"
#include "render/compiled_template.h"
#include "render/html_escape.h"
#include "render/string_table_node.h"
#include "render/template_renderer.h"

namespace fremdrift {
namespace {

using Partials = std::map<std::string, std::string>;

class MapPartials : public PartialSource {
 public:
  explicit MapPartials(const Partials& sources) {
    for (const auto& [name, text] : sources) plain_.emplace(name, CompiledTemplate(name, text));
  }
  const CompiledTemplate* Find(std::string_view name, std::string_view prefix) const override {
    auto it = plain_.find(std::string(name));
    if (it == plain_.end()) return nullptr;
    if (prefix.empty()) return &it->second;
    std::string key = std::string(name) + '\x1f' + std::string(prefix);
    auto found = indented_.find(key);
    if (found == indented_.end()) found = indented_.emplace(key, it->second.Indented(std::string(prefix))).first;
    return &found->second;
  }

 private:
  std::map<std::string, CompiledTemplate> plain_;
  mutable std::map<std::string, CompiledTemplate> indented_;
};

std::string Ours(const std::string& text, const mstch::node& view, const Partials& partials = {}) {
  return RenderCompiled(CompiledTemplate("test", text), view, MapPartials(partials), AppendEscapedHtml);
}

std::string Mstch(const std::string& text, const mstch::node& view, const Partials& partials = {}) {
  TemplatesFor(FREMDRIFT_SOURCE_DIR);  // installs EscapeHtml as mstch's escape
  return mstch::render(text, view, partials);
}

void ExpectSame(const std::string& text, const mstch::node& view, const Partials& partials = {}) {
  EXPECT_EQ(Ours(text, view, partials), Mstch(text, view, partials)) << "template:\n" << text;
}

mstch::map Items() {
  return mstch::map{{"name", std::string("Bodø & <Vest>")},
                    {"n", 3},
                    {"x", 2.5},
                    {"yes", true},
                    {"no", false},
                    {"empty", std::string()},
                    {"none", mstch::array{}},
                    {"words", mstch::array{std::string("a"), std::string("b&c")}},
                    {"items", mstch::array{mstch::map{{"label", std::string("én")}, {"n", 1}},
                                           mstch::map{{"label", std::string("to")}, {"yes", false}}}},
                    {"nested", mstch::map{{"inner", mstch::map{{"leaf", std::string("blad")}}}}},
                    {"html", std::string("<b>fet</b>")}};
}

TEST(CompiledTemplate, VariablesNumbersAndEscapesAsMstch) {
  ExpectSame("Hei {{name}}! {{{name}}} {{& name}} {{ name }} {{missing}}.", Items());
  ExpectSame("{{n}} {{x}} {{yes}} {{no}} {{empty}} {{items}} {{nested}}", Items());
  ExpectSame("{{html}} {{{html}}}", Items());
  EXPECT_EQ(Ours("{{html}}", Items()), "&lt;b&gt;fet&lt;/b&gt;");
}

TEST(CompiledTemplate, EveryCharacterThatMarkupReadsBecomesAnEntity) {
  EXPECT_EQ(EscapeHtml("a&b<c>d\"e'f"), "a&amp;b&lt;c&gt;d&quot;e&#39;f");
  EXPECT_EQ(EscapeHtml("<<"), "&lt;&lt;");
  EXPECT_EQ(EscapeHtml("Fylkesvis oversikt"), "Fylkesvis oversikt");
  EXPECT_EQ(EscapeHtml(""), "");
  std::string page = "<p>";
  AppendEscapedHtml(page, "ø & å");
  EXPECT_EQ(page, "<p>ø &amp; å");
}

TEST(CompiledTemplate, SectionsAndInvertedSectionsAsMstch) {
  ExpectSame("{{#items}}<li>{{label}} {{n}} {{name}}</li>{{/items}}", Items());
  ExpectSame("{{#words}}[{{.}}]{{/words}}{{^none}}ingen{{/none}}{{#none}}x{{/none}}", Items());
  ExpectSame("{{#yes}}ja {{name}}{{/yes}}{{#no}}nei{{/no}}{{^no}}ikke{{/no}}{{^yes}}x{{/yes}}", Items());
  ExpectSame("{{#name}}({{.}}){{/name}}{{#empty}}tom{{/empty}}{{^empty}}tom{{/empty}}", Items());
  ExpectSame("{{#items}}{{#yes}}y{{/yes}}{{^yes}}n{{/yes}}{{#items}}*{{/items}}{{/items}}", Items());
  ExpectSame("{{#nested}}{{#inner}}{{leaf}}{{name}}{{/inner}}{{/nested}}{{^missing}}m{{.}}{{/missing}}", Items());
}

TEST(CompiledTemplate, DottedNamesAsMstch) {
  ExpectSame("{{nested.inner.leaf}} {{nested.none.leaf}} {{nested.inner}} {{.a}} {{a.}}", Items());
  ExpectSame("{{#nested.inner}}{{leaf}}{{/nested.inner}}{{#items}}{{nested.inner.leaf}}{{/items}}", Items());
  StringTable table{{"hello", "Hei & hå"}, {"bye", "Ha det"}};
  mstch::map view{{"t", StringTableNode(NewStringTableId(), table)}, {"items", Items().at("items")}};
  ExpectSame("{{t.hello}} {{t.bye}} {{t.nothing}} {{#items}}{{t.hello}}{{/items}}", view);
}

TEST(CompiledTemplate, StandaloneLinesVanishAsInMstch) {
  const std::string text =
      "<ul>\n"
      "  {{#items}}\n"
      "  <li>{{label}}</li>\n"
      "  {{/items}}\n"
      "  {{! a comment }}\n"
      "\t{{^none}}\r\n"
      "  none\n"
      "\t{{/none}}\r\n"
      "  {{name}}\n"
      "</ul>\n"
      "{{#yes}}end{{/yes}}";
  ExpectSame(text, Items());
  ExpectSame("{{#items}}\n{{label}}\n{{/items}}", Items());
  ExpectSame("only {{ text", Items());
  ExpectSame("", Items());
  ExpectSame("\n\n  \n", Items());
}

TEST(CompiledTemplate, PartialsAndTheirIndentationAsMstch) {
  Partials partials{{"row", "<li>{{label}}</li>\n"},
                    {"list", "<ul>\n  {{#items}}\n  {{> row}}\n  {{/items}}\n</ul>\n"},
                    {"inline", "[{{name}}]"}};
  ExpectSame("a {{> inline}} b {{> missing}} c\n", Items(), partials);
  ExpectSame("<div>\n    {{> list}}\n</div>\n", Items(), partials);
  ExpectSame("<div>\n\t{{> row}}\n  {{> inline}}\n</div>", Items(), partials);
}

TEST(CompiledTemplate, AnUnbalancedSectionIsRefusedWhenParsed) {
  EXPECT_THROW(CompiledTemplate("bad", "{{#a}}x"), Failure);
  EXPECT_THROW(CompiledTemplate("bad", "{{#a}}x{{/b}}"), Failure);
  EXPECT_THROW(CompiledTemplate("bad", "{{=<% %>=}}"), Failure);
  EXPECT_NO_THROW(CompiledTemplate("good", "{{#a}}{{#b}}{{/b}}{{/a}}{{/c}}"));
}

// Every name a template uses, by whether it opens a section.
void NamesIn(const CompiledTemplate& t, std::set<std::string>& values, std::set<std::string>& sections) {
  for (const auto& token : t.tokens()) {
    using Type = CompiledTemplate::TokenType;
    std::string head = token.name.substr(0, token.name.find('.'));
    if (token.type == Type::kVariable || token.type == Type::kUnescapedVariable) values.insert(head);
    if (token.type == Type::kSectionOpen || token.type == Type::kInvertedSectionOpen) sections.insert(head);
  }
}

// A view that gives every template of the folder something to show: each
// value a string that needs escaping, each section two items whose own
// sections are false (so that a template that includes itself, as a tree
// does, ends), and the message table ("t") and route links ("u") as the
// pages have them.
mstch::map FullView(const TemplateSet& set, const std::set<std::string>& names) {
  std::set<std::string> values, sections;
  for (const auto& name : names) NamesIn(CompiledTemplate(name, set.Source(name)), values, sections);
  StringTable table;
  mstch::map item;
  for (const auto& v : values) {
    std::string text = "<" + v + " & 'x'>";
    item[v] = text;
    table[v] = text;
  }
  mstch::map leaf = item, root = item;
  for (const auto& s : sections) leaf[s] = false;
  for (const auto& s : sections) root[s] = mstch::array{leaf, leaf};
  root["t"] = StringTableNode(NewStringTableId(), table);
  root["u"] = root["t"];
  return root;
}

// Template `name` and the templates it reaches as partials; {{> content}}
// reaches `content` when given.
void Reachable(const TemplateSet& set, const std::string& name, const std::string& content,
               std::set<std::string>& out) {
  if (!set.Has(name) || !out.insert(name).second) return;
  for (const auto& token : CompiledTemplate(name, set.Source(name)).tokens()) {
    if (token.type != CompiledTemplate::TokenType::kPartial) continue;
    Reachable(set, token.name == "content" && !content.empty() ? content : token.name, content, out);
  }
}

TEST(CompiledTemplate, EveryTemplateOfTheFolderRendersAsInMstch) {
  const TemplateSet& set = TemplatesFor(FREMDRIFT_SOURCE_DIR);
  Partials all;
  for (const auto& entry : std::filesystem::directory_iterator(std::string(FREMDRIFT_SOURCE_DIR) + "/templates")) {
    if (entry.path().extension() == ".mustache") all[entry.path().stem().string()] = set.Source(entry.path().stem());
  }
  ASSERT_GT(all.size(), 50u);
  const mstch::node nothing = mstch::map{};
  for (const auto& [name, text] : all) {
    std::set<std::string> alone, page_names;
    Reachable(set, name, "", alone);
    Reachable(set, "layout", name, page_names);
    const mstch::node full = FullView(set, alone), full_page = FullView(set, page_names);
    EXPECT_EQ(set.Render(name, full), Mstch(text, full, all)) << "template " << name;
    EXPECT_EQ(set.Render(name, nothing), Mstch(text, nothing, all)) << "template " << name;
    if (name == "layout") continue;  // a page inside itself never ends
    Partials page = all;
    page["content"] = text;
    EXPECT_EQ(set.RenderPage(name, full_page), Mstch(all.at("layout"), full_page, page)) << "page " << name;
    EXPECT_EQ(set.RenderPage(name, nothing), Mstch(all.at("layout"), nothing, page)) << "page " << name;
  }
}

}  // namespace
}  // namespace fremdrift
