// Checks every rendered page must pass: the frame that makes it usable
// with a screen reader and a keyboard, and no JavaScript.
#pragma once

#include <gtest/gtest.h>

#include <string>

#include "support/html_page.h"
#include "support/test_server.h"
#include "support/text_search.h"  // Has and Count, which the page tests also use

namespace fremdrift::testing {

// The page is HTML in `lang` with one h1, a skip link to <main>, header,
// nav, main and footer landmarks, no script (no element, no event handler
// attribute, no javascript: link), and a label for every select.
inline void ExpectAccessibleFrame(const HttpResult& r, const std::string& lang) {
  HtmlPage page(r.body);
  EXPECT_EQ(page.Text("/html/@lang"), lang) << "lang";
  EXPECT_EQ(page.Count("//h1"), 1u) << "exactly one h1";
  EXPECT_TRUE(page.Has("//body//a[@class='skip-link'][@href='#main']")) << "skip link";
  EXPECT_TRUE(page.Has("//body//header")) << "header";
  EXPECT_TRUE(page.Has("//body//nav")) << "nav";
  EXPECT_EQ(page.Count("//main[@id='main']"), 1u) << "one main, the skip link's target";
  EXPECT_TRUE(page.Has("//body//footer")) << "footer";
  EXPECT_FALSE(page.Has("//script")) << "no JavaScript";
  EXPECT_FALSE(page.Has("//@*[starts-with(name(), 'on')]")) << "no event handler attributes";
  EXPECT_FALSE(page.Has("//@href[starts-with(normalize-space(.), 'javascript:')]")) << "no javascript: links";
  EXPECT_EQ(r.headers.at("Content-Type"), "text/html; charset=utf-8");
  EXPECT_FALSE(page.Has("//select[not(@id)]")) << "every select has an id for its label";
  for (const std::string& id : page.Texts("//select/@id")) {
    EXPECT_TRUE(page.Has("//label[@for='" + id + "']")) << id;
  }
}

}  // namespace fremdrift::testing
