// JsonText writes what nlohmann's dump() writes, byte for byte: the
// escapes, UTF-8 kept, numbers of every kind, both object orders, and the
// same refusal of invalid UTF-8; checked on chosen cases and on thousands
// of random documents.
#include <gtest/gtest.h>

#include <cmath>
#include <cstdint>
#include <limits>
#include <random>

#include "formats/json_text.h"

namespace fremdrift {
namespace {

using nlohmann::json;
using nlohmann::ordered_json;

TEST(JsonTextTest, EscapesAsNlohmannDoes) {
  std::string every_control;
  for (int c = 0; c < 0x20; ++c) every_control += static_cast<char>(c);
  const std::vector<std::string> texts = {
      "", "plain", "\"quoted\"", "back\\slash", "a/b", every_control, "\x7f",
      "æøå ÆØÅ", "😀 4-byte", "tab\there\nnew line\r\n", "ends with a backslash\\"};
  for (const auto& text : texts) {
    EXPECT_EQ(JsonText(json(text)), json(text).dump()) << text;
    ordered_json keyed{{text, text}};
    EXPECT_EQ(JsonText(keyed), keyed.dump()) << "as a key: " << text;
  }
  EXPECT_EQ(JsonText(json("\x01")), "\"\\u0001\"");
  EXPECT_EQ(JsonText(json("\x1f")), "\"\\u001f\"") << "lowercase hex";
}

TEST(JsonTextTest, NumbersAndOtherValuesAreWrittenAsNlohmannWritesThem) {
  const std::vector<json> values = {
      json(0), json(-1), json(std::numeric_limits<int64_t>::min()), json(std::numeric_limits<int64_t>::max()),
      json(std::numeric_limits<uint64_t>::max()), json(0.1), json(100.0), json(-0.0), json(1e21), json(1e-7),
      json(1234.5), json(std::nan("")), json(std::numeric_limits<double>::infinity()), json(true), json(false),
      json(nullptr), json::object(), json::array(), json::array({json::object(), json::array()}),
      json::binary({1, 2, 3})};
  for (const auto& v : values) EXPECT_EQ(JsonText(v), v.dump()) << v.dump();
}

TEST(JsonTextTest, ObjectsKeepTheirOrder) {
  ordered_json ordered;
  ordered["zeta"] = 1;
  ordered["alpha"] = {{"b", 2}, {"a", 1}};
  EXPECT_EQ(JsonText(ordered), R"({"zeta":1,"alpha":{"b":2,"a":1}})");
  json sorted = json::parse(ordered.dump());
  EXPECT_EQ(JsonText(sorted), sorted.dump());
  EXPECT_EQ(JsonText(sorted), R"({"alpha":{"a":1,"b":2},"zeta":1})");
}

TEST(JsonTextTest, InvalidUtf8IsRefusedAsNlohmannRefusesIt) {
  // The last after valid characters and escapes that are written first.
  for (const std::string bad : {"\xff", "ok \xc3", "\xed\xa0\x80 surrogate", "\xc0\xaf overlong",
                                "\"s\u00f8k\"\n\xf4\x90\x80\x80 above U+10FFFF"}) {
    std::string expected;
    try {
      json{{"k", bad}}.dump();
      ADD_FAILURE() << "nlohmann wrote it";
    } catch (const json::type_error& e) {
      expected = e.what();
    }
    try {
      JsonText(json{{"k", bad}});
      ADD_FAILURE() << "written";
    } catch (const json::type_error& e) {
      EXPECT_EQ(e.what(), expected);
    }
  }
}

// A random document of up to `depth` levels, its strings drawn from bytes
// that need escaping, ASCII and multi-byte characters.
template <typename Json>
Json RandomDocument(std::mt19937_64& rng, int depth) {
  static const std::vector<std::string> pieces = {
      "a", "Z", " ", "\"", "\\", "/", "\n", "\t", "\x01", "\x1f", "\x7f", "æ", "ø", "å", "€", "😀", "{", "]", ":"};
  auto text = [&] {
    std::string s;
    for (size_t n = rng() % 12; n > 0; --n) s += pieces[rng() % pieces.size()];
    return s;
  };
  switch (depth <= 0 ? rng() % 6 : rng() % 8) {
    case 0: return Json(text());
    case 1: return Json(static_cast<int64_t>(rng()));
    case 2: return Json(static_cast<uint64_t>(rng()));
    case 3: return Json(std::ldexp(static_cast<double>(static_cast<int64_t>(rng() % 2000001) - 1000000),
                                   static_cast<int>(rng() % 80) - 40));
    case 4: return Json(rng() % 2 == 0);
    case 5: return Json(nullptr);
    case 6: {
      Json a = Json::array();
      for (size_t n = rng() % 5; n > 0; --n) a.push_back(RandomDocument<Json>(rng, depth - 1));
      return a;
    }
    default: {
      Json o = Json::object();
      for (size_t n = rng() % 5; n > 0; --n) o[text()] = RandomDocument<Json>(rng, depth - 1);
      return o;
    }
  }
}

TEST(JsonTextTest, RandomDocumentsAreWrittenAsNlohmannWritesThem) {
  std::mt19937_64 rng(20261206);
  for (int i = 0; i < 3000; ++i) {
    json doc = RandomDocument<json>(rng, 4);
    ASSERT_EQ(JsonText(doc), doc.dump());
    ordered_json ordered = RandomDocument<ordered_json>(rng, 4);
    ASSERT_EQ(JsonText(ordered), ordered.dump());
  }
}

}  // namespace
}  // namespace fremdrift
