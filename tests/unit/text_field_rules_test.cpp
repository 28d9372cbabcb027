// The rules every text field keeps (domain/text_field_rules.h) and their
// application to whole JSON inputs (app/input_text.h).
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "app/input_text.h"
#include "domain/text_field_rules.h"

namespace fremdrift {
namespace {

TEST(TextFieldRules, WellFormedUtf8IsValidAndBrokenSequencesAreNot) {
  EXPECT_TRUE(IsValidUtf8("Blåbærsyltetøy – ÆØÅ 😀"));
  EXPECT_FALSE(IsValidUtf8("\xC3"));                  // cut short
  EXPECT_FALSE(IsValidUtf8("\xC0\xAF"));              // overlong '/'
  EXPECT_FALSE(IsValidUtf8("\xED\xA0\x80"));          // a surrogate
  EXPECT_FALSE(IsValidUtf8("\xF4\x90\x80\x80"));      // above U+10FFFF
  EXPECT_FALSE(IsValidUtf8("ok\xFF"));
  EXPECT_EQ(ToValidUtf8("a\xFF" "b"), "a\xEF\xBF\xBD" "b");
}

TEST(TextFieldRules, ControlCharactersAreRefusedButLineBreaksAreFineInSeveralLines) {
  EXPECT_FALSE(TextFieldProblem("A comment\twith a tab\nand two lines\r\n", TextShape::kMultiLine, 100));
  EXPECT_TRUE(TextFieldProblem("A title\nwith a break", TextShape::kLine, 100));
  EXPECT_TRUE(TextFieldProblem(std::string("nul\0inside", 10), TextShape::kMultiLine, 100));
  EXPECT_TRUE(TextFieldProblem("bell\a", TextShape::kMultiLine, 100));
  EXPECT_TRUE(TextFieldProblem("del\x7F", TextShape::kMultiLine, 100));
  EXPECT_TRUE(TextFieldProblem("c1 \xC2\x85", TextShape::kMultiLine, 100));  // U+0085 NEL
  EXPECT_FALSE(TextFieldProblem("non-breaking\xC2\xA0space", TextShape::kLine, 100));
  EXPECT_EQ(*TextFieldProblem("\xFF", TextShape::kLine, 100), "is not valid UTF-8 text");
}

TEST(TextFieldRules, LengthIsCountedInCharactersNotBytes) {
  EXPECT_FALSE(TextFieldProblem(std::string(10, 'x'), TextShape::kLine, 10));
  EXPECT_EQ(*TextFieldProblem(std::string(11, 'x'), TextShape::kLine, 10),
            "must be at most 10 characters (it has 11)");
  std::string ten_aa;
  for (int i = 0; i < 10; ++i) ten_aa += "å";
  EXPECT_FALSE(TextFieldProblem(ten_aa, TextShape::kLine, 10));
}

TEST(TextFieldRules, TruncatedTextCutsAtACharacterAndSaysSo) {
  EXPECT_EQ(TruncatedText("kort", 10), "kort");
  EXPECT_EQ(TruncatedText("blåbær", 3), "blå\xE2\x80\xA6");
  EXPECT_EQ(TruncatedText(std::string(1'000'000, 'a'), 64).size(), 64u + 3u);
}

TEST(TextFieldRules, StoredLinksMustBeHttpOrHttps) {
  EXPECT_TRUE(IsHttpLinkUrl("https://www.ehelse.no/strategi"));
  EXPECT_TRUE(IsHttpLinkUrl("HTTP://example.org/a?b=c#d"));
  EXPECT_FALSE(IsHttpLinkUrl("javascript:alert(1)"));
  EXPECT_FALSE(IsHttpLinkUrl("JaVaScRiPt:alert(1)"));
  EXPECT_FALSE(IsHttpLinkUrl("data:text/html,<script>alert(1)</script>"));
  EXPECT_FALSE(IsHttpLinkUrl("vbscript:msgbox"));
  EXPECT_FALSE(IsHttpLinkUrl("//evil.example/"));
  EXPECT_FALSE(IsHttpLinkUrl("/relative"));
  EXPECT_FALSE(IsHttpLinkUrl("https://"));
  EXPECT_FALSE(IsHttpLinkUrl("https:///path"));
  EXPECT_FALSE(IsHttpLinkUrl(" https://example.org"));
  EXPECT_FALSE(IsHttpLinkUrl("https://example.org/a b"));
  EXPECT_FALSE(IsHttpLinkUrl("https://example.org/\nx"));
  EXPECT_FALSE(IsHttpLinkUrl("https:\\\\evil.example"));
  EXPECT_EQ(*LinkUrlProblem("javascript:alert(1)"), "must be an http:// or https:// address");
}

TEST(InputText, EveryStringOfAnInputIsCheckedByTheRuleOfItsMember) {
  nlohmann::json in = {
      {"title", std::string(kMaxNameChars + 1, 't')},
      {"description", "two\nlines are fine"},
      {"comment", std::string("nul \0 here", 10)},
      {"links", {{{"title", "ok"}, {"url", "javascript:alert(1)"}}}},
      {"key", "a\tb"},
  };
  auto problems = InputTextProblems(in);
  ASSERT_EQ(problems.size(), 4u);
  std::map<std::string, std::string> by_field;
  for (const auto& p : problems) by_field[p.field] = p.message;
  EXPECT_EQ(by_field["title"], "must be at most 300 characters (it has 301)");
  EXPECT_NE(by_field["comment"].find("control characters"), std::string::npos);
  EXPECT_EQ(by_field["links[0].url"], "must be an http:// or https:// address");
  EXPECT_NE(by_field["key"].find("line breaks"), std::string::npos);
}

TEST(InputText, TextBuiltFromFormValuesWithBrokenUtf8IsRefusedNotStored) {
  nlohmann::json in = {{"name", "Helse\xFF"}};  // nlohmann keeps the bytes as they are
  try {
    RequireValidInputText(in, "$");
    ADD_FAILURE() << "accepted";
  } catch (const Failure& f) {
    EXPECT_EQ(f.code(), FailureCode::kInvalid);
    EXPECT_EQ(f.field(), "$.name");
    ASSERT_EQ(f.problems().size(), 1u);
    EXPECT_EQ(f.problems()[0].message, "is not valid UTF-8 text");
  }
  EXPECT_TRUE(InputTextProblems({{"notes", std::string(kMaxLongTextChars, 'n')}}).empty());
  EXPECT_FALSE(InputTextProblems({{"notes", std::string(kMaxLongTextChars + 1, 'n')}}).empty());
}

}  // namespace
}  // namespace fremdrift
