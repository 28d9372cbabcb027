#include "support/html_page.h"

#include <libxml/HTMLparser.h>
#include <libxml/HTMLtree.h>
#include <libxml/tree.h>
#include <libxml/xpath.h>

namespace fremdrift::testing {
namespace {

constexpr size_t kExcerptLength = 400;

// Runs of ASCII whitespace become one space; the ends are trimmed.
std::string Normalised(const std::string& text) {
  std::string out;
  bool space = false;
  for (char c : text) {
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f') {
      space = !out.empty();
    } else {
      if (space) out += ' ';
      space = false;
      out += c;
    }
  }
  return out;
}

std::string Shortened(const std::string& text) {
  if (text.size() <= kExcerptLength) return text;
  size_t cut = kExcerptLength;
  while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;  // whole UTF-8 characters
  return text.substr(0, cut) + " …";
}

std::string TextOf(xmlNodePtr node) {
  xmlChar* content = xmlNodeGetContent(node);
  std::string text = content ? reinterpret_cast<const char*>(content) : "";
  xmlFree(content);
  return Normalised(text);
}

// The node as markup, shortened.
std::string MarkupOf(xmlDocPtr doc, xmlNodePtr node) {
  xmlBufferPtr buffer = xmlBufferCreate();
  htmlNodeDump(buffer, doc, node);
  std::string markup(reinterpret_cast<const char*>(xmlBufferContent(buffer)), xmlBufferLength(buffer));
  xmlBufferFree(buffer);
  return Shortened(markup);
}

std::string Quoted(const std::string& text) { return "\"" + text + "\""; }

}  // namespace

struct HtmlPage::Parsed {
  xmlDocPtr doc = nullptr;
  xmlXPathContextPtr context = nullptr;

  ~Parsed() {
    if (context) xmlXPathFreeContext(context);
    if (doc) xmlFreeDoc(doc);
  }

  // The nodes `xpath` selects, or an error message in `error`. The result
  // is owned by the caller (xmlXPathFreeObject).
  xmlXPathObjectPtr Select(const std::string& xpath, std::string& error) const {
    xmlXPathObjectPtr result = xmlXPathEvalExpression(reinterpret_cast<const xmlChar*>(xpath.c_str()), context);
    if (!result) {
      error = "invalid XPath " + xpath;
      return nullptr;
    }
    if (result->type != XPATH_NODESET) {
      xmlXPathFreeObject(result);
      error = "XPath " + xpath + " selects no nodes but a number, string or boolean";
      return nullptr;
    }
    return result;
  }

  std::vector<xmlNodePtr> Nodes(const std::string& xpath, std::string& error) const {
    std::vector<xmlNodePtr> nodes;
    xmlXPathObjectPtr result = Select(xpath, error);
    if (!result) return nodes;
    if (result->nodesetval) {
      for (int i = 0; i < result->nodesetval->nodeNr; ++i) nodes.push_back(result->nodesetval->nodeTab[i]);
    }
    xmlXPathFreeObject(result);
    return nodes;
  }

  // A short excerpt of the page to show beside a failure: its <main> (or
  // else <body>) as markup.
  std::string Excerpt() const {
    std::string error;
    for (const char* part : {"main", "body"}) {
      auto nodes = Nodes(std::string("//") + part, error);
      if (!nodes.empty()) return "the page's <" + std::string(part) + "> begins: " + MarkupOf(doc, nodes[0]);
    }
    return "the page is empty";
  }

  std::string Missing(const std::string& xpath) const {
    return "no node matches XPath " + xpath + "\n" + Excerpt();
  }
};

HtmlPage::HtmlPage(const std::string& html) : parsed_(std::make_unique<Parsed>()) {
  parsed_->doc = htmlReadMemory(html.data(), static_cast<int>(html.size()), nullptr, "UTF-8",
                                HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET);
  // libxml2 gives no document for a body without markup: read it as an
  // empty page.
  if (!parsed_->doc) parsed_->doc = htmlNewDocNoDtD(nullptr, nullptr);
  parsed_->context = xmlXPathNewContext(parsed_->doc);
  // An invalid XPath's message goes into the failure, not to stderr.
  parsed_->context->error = [](void*, xmlErrorPtr) {};
}

HtmlPage::~HtmlPage() = default;

size_t HtmlPage::Count(const std::string& xpath, std::source_location where) const {
  std::string error;
  auto nodes = parsed_->Nodes(xpath, error);
  if (!error.empty()) ADD_FAILURE_AT(where.file_name(), where.line()) << error;
  return nodes.size();
}

::testing::AssertionResult HtmlPage::Has(const std::string& xpath) const {
  std::string error;
  auto nodes = parsed_->Nodes(xpath, error);
  if (!error.empty()) return ::testing::AssertionFailure() << error;
  if (nodes.empty()) return ::testing::AssertionFailure() << parsed_->Missing(xpath);
  return ::testing::AssertionSuccess() << "XPath " << xpath << " selects " << nodes.size()
                                       << (nodes.size() == 1 ? " node" : " nodes") << ", the first: "
                                       << MarkupOf(parsed_->doc, nodes[0]);
}

::testing::AssertionResult HtmlPage::HasText(const std::string& xpath, const std::string& text) const {
  std::string error;
  auto nodes = parsed_->Nodes(xpath, error);
  if (!error.empty()) return ::testing::AssertionFailure() << error;
  if (nodes.empty()) return ::testing::AssertionFailure() << parsed_->Missing(xpath);
  std::string seen;
  for (xmlNodePtr node : nodes) {
    std::string own = TextOf(node);
    if (own.find(text) != std::string::npos) {
      return ::testing::AssertionSuccess() << Quoted(text) << " is in the text of " << xpath << ": "
                                           << Quoted(Shortened(own));
    }
    seen += "\n  " + Quoted(Shortened(own));
  }
  return ::testing::AssertionFailure() << Quoted(text) << " is not in the text of any node XPath " << xpath
                                       << " selects; their texts:" << seen;
}

std::string HtmlPage::Text(const std::string& xpath, std::source_location where) const {
  std::string error;
  auto nodes = parsed_->Nodes(xpath, error);
  if (error.empty() && nodes.empty()) error = parsed_->Missing(xpath);
  if (!error.empty()) {
    ADD_FAILURE_AT(where.file_name(), where.line()) << error;
    return "";
  }
  return TextOf(nodes[0]);
}

std::vector<std::string> HtmlPage::Texts(const std::string& xpath, std::source_location where) const {
  std::string error;
  auto nodes = parsed_->Nodes(xpath, error);
  if (!error.empty()) ADD_FAILURE_AT(where.file_name(), where.line()) << error;
  std::vector<std::string> texts;
  for (xmlNodePtr node : nodes) texts.push_back(TextOf(node));
  return texts;
}

std::string HtmlPage::Attr(const std::string& xpath, const std::string& name, std::source_location where) const {
  std::string error;
  auto nodes = parsed_->Nodes(xpath, error);
  if (error.empty() && nodes.empty()) error = parsed_->Missing(xpath);
  if (error.empty() && !xmlHasProp(nodes[0], reinterpret_cast<const xmlChar*>(name.c_str()))) {
    error = "the node XPath " + xpath + " selects has no attribute " + name + ": " +
            MarkupOf(parsed_->doc, nodes[0]);
  }
  if (!error.empty()) {
    ADD_FAILURE_AT(where.file_name(), where.line()) << error;
    return "";
  }
  xmlChar* value = xmlGetProp(nodes[0], reinterpret_cast<const xmlChar*>(name.c_str()));
  std::string attribute = value ? reinterpret_cast<const char*>(value) : "";
  xmlFree(value);
  return attribute;
}

}  // namespace fremdrift::testing
