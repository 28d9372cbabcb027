// Checks every rendered page must pass: the frame that makes it usable
// with a screen reader and a keyboard, and no JavaScript.
#pragma once

#include <gtest/gtest.h>

#include <regex>
#include <string>

#include "support/test_server.h"
#include "support/text_search.h"

namespace fremdrift::testing {

// The page is HTML in `lang` with one h1, a skip link, header, nav, main
// and footer landmarks, no script, and a label for every select.
inline void ExpectAccessibleFrame(const HttpResult& r, const std::string& lang) {
  const std::string& b = r.body;
  EXPECT_TRUE(Has(b, "<html lang=\"" + lang + "\">")) << "lang";
  EXPECT_EQ(Count(b, "<h1"), 1u) << "exactly one h1";
  EXPECT_TRUE(Has(b, "<a class=\"skip-link\" href=\"#main\">")) << "skip link";
  EXPECT_TRUE(Has(b, "<header")) << "header";
  EXPECT_TRUE(Has(b, "<nav")) << "nav";
  EXPECT_TRUE(Has(b, "<main id=\"main\"")) << "main";
  EXPECT_TRUE(Has(b, "<footer")) << "footer";
  EXPECT_FALSE(Has(b, "<script")) << "no JavaScript";
  EXPECT_EQ(r.headers.at("Content-Type"), "text/html; charset=utf-8");
  std::regex select("<select id=\"([a-z-]+)\"");
  for (std::sregex_iterator it(b.begin(), b.end(), select), end; it != end; ++it) {
    EXPECT_TRUE(Has(b, "<label for=\"" + (*it)[1].str() + "\"")) << (*it)[1];
  }
}

}  // namespace fremdrift::testing
