// A web page as the page tests read it: the body of an HTTP answer parsed
// by libxml2's HTML parser and asked with XPath 1.0, so that a test says
// which element carries a text or an attribute instead of matching a
// string of markup.
//
//   HtmlPage page(r.body);
//   EXPECT_EQ(page.Text("//h1"), "Kostnadsdeling 2022");
//   EXPECT_TRUE(page.Has("//a[@href='/kostnadsdeling/2022']"));
//   EXPECT_EQ(page.Count("//table//th[@scope='col']"), 5u);
//
// Text is always whitespace-normalised as XPath's normalize-space() does:
// runs of spaces, tabs and line breaks become one space, and the ends are
// trimmed (a no-break space is text, not whitespace). Entities are decoded,
// so `&amp;` reads as `&`. The parser is lenient, as a browser is: it never
// refuses a page, and it reads no file or network resource.
//
// A question that fails says so at the caller's line, with the XPath and an
// excerpt of the page. A page is not copyable; it is safe to read from one
// thread at a time.
#pragma once

#include <gtest/gtest.h>

#include <memory>
#include <source_location>
#include <string>
#include <vector>

namespace fremdrift::testing {

class HtmlPage {
 public:
  // Parses `html` (UTF-8). A page with no markup at all is an empty page.
  explicit HtmlPage(const std::string& html);
  ~HtmlPage();
  HtmlPage(const HtmlPage&) = delete;
  HtmlPage& operator=(const HtmlPage&) = delete;

  // How many nodes `xpath` selects. An invalid XPath adds a failure and
  // counts 0.
  size_t Count(const std::string& xpath,
               std::source_location where = std::source_location::current()) const;

  // Whether `xpath` selects at least one node. For EXPECT_TRUE the message
  // names the XPath and shows an excerpt of the page; for EXPECT_FALSE it
  // shows the first node that was found.
  ::testing::AssertionResult Has(const std::string& xpath) const;

  // Whether a node that `xpath` selects has `text` in its normalised text.
  // The message lists the texts of the nodes it did select.
  ::testing::AssertionResult HasText(const std::string& xpath, const std::string& text) const;

  // The normalised text of the first node `xpath` selects (for an attribute
  // node, its value). Adds a failure and gives "" when there is none.
  std::string Text(const std::string& xpath,
                   std::source_location where = std::source_location::current()) const;

  // The normalised texts of every node `xpath` selects, in document order;
  // empty when there is none (no failure: an empty list may be the point).
  std::vector<std::string> Texts(const std::string& xpath,
                                 std::source_location where = std::source_location::current()) const;

  // The value of attribute `name` of the first node `xpath` selects, as
  // written (not normalised). Adds a failure and gives "" when there is no
  // such node or it has no such attribute.
  std::string Attr(const std::string& xpath, const std::string& name,
                   std::source_location where = std::source_location::current()) const;

 private:
  struct Parsed;
  std::unique_ptr<Parsed> parsed_;
};

// The XPath of the <dd> a description list gives for `term` (the <dt>
// whose text is `term`): page.Text(Definition("Startdato")). Prefix it with
// a path to look in one part of the page.
inline std::string Definition(const std::string& term) {
  return "//dt[normalize-space(.)='" + term + "']/following-sibling::dd[1]";
}

// The XPath of the table row of a subject ("item:2B",
// "indicator:dho-spredning"), as the report pages mark their rows.
inline std::string SubjectRow(const std::string& subject) { return "//tr[@data-subject='" + subject + "']"; }

}  // namespace fremdrift::testing
