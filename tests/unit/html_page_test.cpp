// The page tests' HTML reader (tests/support/html_page.h): what it finds,
// how it normalises text, and that a question about a missing node fails
// with the XPath in its message.
#include <gtest/gtest-spi.h>
#include <gtest/gtest.h>

#include <string>

#include "support/html_page.h"

namespace fremdrift::testing {
namespace {

const char* kPage = R"(<!DOCTYPE html>
<html lang="nb"><head><title>Kostnadsdeling</title></head>
<body>
<header><nav><a href="/">Forside</a></nav></header>
<main id="main">
  <h1 lang="nb">Kostnadsdeling
      av   nasjonale løsninger</h1>
  <table><caption>Fordeling 2022</caption>
    <tr><th scope="col">Aktør</th><th scope="col">Andel</th></tr>
    <tr><th scope="row"><a href="/kostnadsdeling/2022">Helse Nord &amp; Vest</a></th><td>1&nbsp;234,5</td></tr>
  </table>
  <details><summary>Mer</summary><p>Skjult tekst</p></details>
  <svg viewBox="0 0 10 10" xmlns="http://www.w3.org/2000/svg"><rect x="1" width="2"><title>Søyle</title></rect></svg>
</main>
</body></html>)";

// The messages of the failures `run` adds, in order.
template <typename Run>
std::vector<std::string> FailuresOf(Run run) {
  ::testing::TestPartResultArray results;
  {
    ::testing::ScopedFakeTestPartResultReporter reporter(
        ::testing::ScopedFakeTestPartResultReporter::INTERCEPT_ONLY_CURRENT_THREAD, &results);
    run();
  }
  std::vector<std::string> messages;
  for (int i = 0; i < results.size(); ++i) messages.push_back(results.GetTestPartResult(i).message());
  return messages;
}

TEST(HtmlPage, TextIsWhitespaceNormalisedAndDecoded) {
  HtmlPage page(kPage);
  EXPECT_EQ(page.Text("//h1"), "Kostnadsdeling av nasjonale løsninger");
  EXPECT_EQ(page.Text("//th[@scope='row']/a"), "Helse Nord & Vest");
  EXPECT_EQ(page.Text("//td"), "1\u00a0234,5") << "a no-break space is text";
  EXPECT_EQ(page.Text("//html/@lang"), "nb") << "an attribute node reads as its value";
}

TEST(HtmlPage, CountsHasAndTexts) {
  HtmlPage page(kPage);
  EXPECT_EQ(page.Count("//th[@scope='col']"), 2u);
  EXPECT_EQ(page.Count("//h2"), 0u);
  EXPECT_TRUE(page.Has("//a[@href='/kostnadsdeling/2022']"));
  EXPECT_FALSE(page.Has("//script"));
  EXPECT_EQ(page.Texts("//th"), (std::vector<std::string>{"Aktør", "Andel", "Helse Nord & Vest"}));
  EXPECT_TRUE(page.Texts("//h6").empty());
  EXPECT_TRUE(page.HasText("//details", "Skjult tekst"));
  EXPECT_FALSE(page.HasText("//caption", "2023"));
}

TEST(HtmlPage, ReadsHtml5ElementsAndInlineSvg) {
  HtmlPage page(kPage);
  EXPECT_EQ(page.Attr("//main", "id"), "main");
  EXPECT_EQ(page.Text("//header/nav/a"), "Forside");
  EXPECT_EQ(page.Text("//details/summary"), "Mer");
  EXPECT_EQ(page.Text("//svg/rect/title"), "Søyle");
  EXPECT_EQ(page.Attr("//svg/rect", "width"), "2");
}

TEST(HtmlPage, AttrGivesTheValueAsWritten) {
  HtmlPage page(R"(<p><a href="/x?a=1&amp;b=2" title="  two  spaces ">x</a></p>)");
  EXPECT_EQ(page.Attr("//a", "href"), "/x?a=1&b=2");
  EXPECT_EQ(page.Attr("//a", "title"), "  two  spaces ");
}

TEST(HtmlPage, AMissingNodeFailsWithItsXPathAndAnExcerpt) {
  HtmlPage page(kPage);
  std::string text = "unchanged";
  auto failures = FailuresOf([&] { text = page.Text("//h2[@id='mangler']"); });
  ASSERT_EQ(failures.size(), 1u);
  EXPECT_NE(failures[0].find("no node matches XPath //h2[@id='mangler']"), std::string::npos) << failures[0];
  EXPECT_NE(failures[0].find("<main id=\"main\">"), std::string::npos) << "an excerpt: " << failures[0];
  EXPECT_EQ(text, "");

  failures = FailuresOf([&] { page.Attr("//h2", "id"); });
  ASSERT_EQ(failures.size(), 1u);
  EXPECT_NE(failures[0].find("//h2"), std::string::npos) << failures[0];

  failures = FailuresOf([&] { page.Attr("//h1", "id"); });
  ASSERT_EQ(failures.size(), 1u);
  EXPECT_NE(failures[0].find("has no attribute id"), std::string::npos) << failures[0];

  auto has = page.Has("//h2");
  EXPECT_FALSE(has);
  EXPECT_NE(std::string(has.message()).find("no node matches XPath //h2"), std::string::npos) << has.message();
}

TEST(HtmlPage, AFoundNodeThatShouldNotBeThereIsShown) {
  HtmlPage page(kPage);
  auto has = page.Has("//caption");
  EXPECT_TRUE(has);
  EXPECT_NE(std::string(has.message()).find("<caption>Fordeling 2022</caption>"), std::string::npos)
      << has.message();

  auto text = page.HasText("//th", "Andel i prosent");
  EXPECT_FALSE(text);
  EXPECT_NE(std::string(text.message()).find("\"Aktør\""), std::string::npos) << "the texts it saw: " << text.message();
}

TEST(HtmlPage, AnInvalidXPathFails) {
  HtmlPage page(kPage);
  auto failures = FailuresOf([&] { page.Count("//h1[@"); });
  ASSERT_EQ(failures.size(), 1u);
  EXPECT_NE(failures[0].find("invalid XPath //h1[@"), std::string::npos) << failures[0];
  EXPECT_FALSE(page.Has("count(//h1)")) << "a number is not a node";
}

TEST(HtmlPage, DefinitionFindsTheValueOfATerm) {
  HtmlPage page(R"(<dl><div><dt>Eier</dt><dd>Hdir</dd></div><div><dt> Start
    dato </dt><dd>01.10.2026</dd></div></dl><dl><dt>Eier</dt><dd>NHN</dd></dl>)");
  EXPECT_EQ(page.Texts(Definition("Eier")), (std::vector<std::string>{"Hdir", "NHN"}));
  EXPECT_EQ(page.Text("(//dl)[2]" + Definition("Eier")), "NHN") << "looked for in one part of the page";
  EXPECT_EQ(page.Text(Definition("Start dato")), "01.10.2026") << "the term is whitespace-normalised";
}

TEST(HtmlPage, AnEmptyBodyIsAnEmptyPage) {
  HtmlPage page("");
  EXPECT_EQ(page.Count("//h1"), 0u);
  EXPECT_FALSE(page.Has("//h1"));
}

}  // namespace
}  // namespace fremdrift::testing
