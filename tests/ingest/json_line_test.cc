#include "ingest/json_line.h"

#include <string>

#include "gtest/gtest.h"

namespace wirecheck {
namespace {

struct GoodCase {
  const char* name;
  std::string line;
  const char* key;
  JsonField::Type type;
  std::string value;
};

class JsonGoodTest : public testing::TestWithParam<GoodCase> {};

TEST_P(JsonGoodTest, Decodes) {
  const GoodCase& c = GetParam();
  JsonObject obj;
  ASSERT_TRUE(ParseJsonObject(c.line, &obj).ok())
      << ParseJsonObject(c.line, &obj);
  const JsonField* f = obj.Find(c.key);
  ASSERT_NE(f, nullptr);
  EXPECT_EQ(f->type, c.type);
  EXPECT_EQ(f->value, c.value);
}

using T = JsonField::Type;
INSTANTIATE_TEST_SUITE_P(
    Cases, JsonGoodTest,
    testing::Values(
        GoodCase{"plain", R"({"a":"b"})", "a", T::kString, "b"},
        GoodCase{"spaces", " \t{ \"a\" : \"b\" } \r", "a", T::kString, "b"},
        GoodCase{"simple_escapes", R"({"a":"q\" s\\ f\/ \b\f\n\r\t"})", "a",
                 T::kString, "q\" s\\ f/ \b\f\n\r\t"},
        GoodCase{"bmp_escape", R"({"a":"\u1ea1\u00E9"})", "a", T::kString,
                 "\xE1\xBA\xA1\xC3\xA9"},
        GoodCase{"nul_escape", R"({"a":"x\u0000y"})", "a", T::kString,
                 std::string("x\0y", 3)},
        GoodCase{"surrogate_pair", R"({"a":"\ud83d\ude00"})", "a", T::kString,
                 "\xF0\x9F\x98\x80"},
        GoodCase{"lone_high_surrogate", R"({"a":"\ud83dx"})", "a", T::kString,
                 "\xEF\xBF\xBDx"},
        GoodCase{"high_then_non_low", R"({"a":"\ud83d\u0041"})", "a",
                 T::kString,
                 "\xEF\xBF\xBD"
                 "A"},
        GoodCase{"lone_low_surrogate", R"({"a":"\udc00"})", "a", T::kString,
                 "\xEF\xBF\xBD"},
        GoodCase{"raw_utf8", "{\"a\":\"Tổng thống\"}", "a", T::kString,
                 "Tổng thống"},
        GoodCase{"integer", R"({"a":-0})", "a", T::kNumber, "-0"},
        GoodCase{"number_full", R"({"a":12.5e-3})", "a", T::kNumber, "12.5e-3"},
        GoodCase{"number_exp_plus", R"({"a":1E+2})", "a", T::kNumber, "1E+2"},
        // JSON sets no size limit; numbers are kept as written even where
        // they fit no double or 64-bit integer.
        GoodCase{"big_integer", R"({"a":123456789012345678901234567890})", "a",
                 T::kNumber, "123456789012345678901234567890"},
        GoodCase{"huge_exponent", R"({"a":1e999})", "a", T::kNumber, "1e999"},
        // An escaped backslash before "ud800" is text, not a surrogate.
        GoodCase{"escaped_backslash_u", R"({"a":"\\ud800"})", "a", T::kString,
                 "\\ud800"},
        GoodCase{"true", R"({"a":true})", "a", T::kBool, "true"},
        GoodCase{"false", R"({"a":false})", "a", T::kBool, "false"},
        GoodCase{"null", R"({"a":null})", "a", T::kNull, ""},
        GoodCase{"nested_skipped", R"({"n":{"x":[1,{"y":[]}]},"a":"v"})", "a",
                 T::kString, "v"},
        GoodCase{"nested_type", R"({"n":{"x":[1,{"y":[]}]}})", "n", T::kObject,
                 ""},
        GoodCase{"array_type", R"({"n":[1,"2",null,true]})", "n", T::kArray,
                 ""},
        GoodCase{"duplicate_last_wins", R"({"a":"1","a":"2"})", "a", T::kString,
                 "2"},
        GoodCase{"escaped_key", R"({"\u0061":"k"})", "a", T::kString, "k"}),
    [](const testing::TestParamInfo<GoodCase>& info) {
      return info.param.name;
    });

struct BadCase {
  const char* name;
  std::string line;
  const char* message;  // Substring of the error.
};

class JsonBadTest : public testing::TestWithParam<BadCase> {};

TEST_P(JsonBadTest, Rejects) {
  const BadCase& c = GetParam();
  JsonObject obj;
  const absl::Status st = ParseJsonObject(c.line, &obj);
  ASSERT_FALSE(st.ok());
  EXPECT_EQ(st.code(), absl::StatusCode::kInvalidArgument);
  EXPECT_NE(std::string(st.message()).find(c.message), std::string::npos)
      << st.message();
}

INSTANTIATE_TEST_SUITE_P(
    Cases, JsonBadTest,
    testing::Values(
        BadCase{"empty", "", "expected '{'"},
        BadCase{"array_top", "[1]", "expected '{'"},
        BadCase{"missing_colon", R"({"a" "b"})",
                "improper structure: missing or superfluous commas, braces, "
                "missing keys, etc. at column 6"},
        BadCase{"missing_comma", R"({"a":"b" "c":1})", "improper structure"},
        BadCase{"trailing_comma", R"({"a":1,})", "improper structure"},
        BadCase{"single_quotes", "{'a':1}", "improper structure"},
        BadCase{"unterminated_string", R"({"a":"b)",
                "A string is opened, but never closed"},
        BadCase{"unterminated_object", R"({"a":1)", "ended early"},
        BadCase{"raw_newline", "{\"a\":\"x\ny\"}", "must be escaped"},
        BadCase{"raw_tab", "{\"a\":\"x\ty\"}", "must be escaped"},
        BadCase{"bad_escape", R"({"a":"\x41"})", "while parsing a string"},
        BadCase{"short_unicode", R"({"a":"\u12"})", "while parsing a string"},
        BadCase{"bad_hex", R"({"a":"\u12G4"})", "while parsing a string"},
        BadCase{"leading_zero", R"({"a":01})", "invalid number at column 6"},
        BadCase{"leading_plus", R"({"a":+1})", "improper structure"},
        BadCase{"dot_no_digit", R"({"a":1.})", "invalid number"},
        BadCase{"exp_no_digit", R"({"a":1e})", "invalid number"},
        BadCase{"bad_literal", R"({"a":tru})", "invalid literal"},
        BadCase{"nan", R"({"a":NaN})", "improper structure"},
        // simdjson reads a scalar after the object as an unclosed document.
        BadCase{"trailing_garbage", R"({"a":1} x)", "ended early"},
        BadCase{"two_objects", R"({"a":1}{"b":2})",
                "unexpected characters after object"},
        BadCase{"invalid_utf8", "{\"a\":\"caf\xE9\"}", "not valid UTF-8"},
        BadCase{"missing_value", R"({"a":})", "improper structure"},
        // Nested values are skipped but still checked.
        BadCase{"nested_missing_element", R"({"n":[1,,2],"a":1})",
                "improper structure"},
        BadCase{"nested_bad_literal", R"({"n":{"x":tru},"a":1})",
                "invalid literal"},
        BadCase{"nested_bad_number", R"({"n":[01],"a":1})", "invalid number"},
        BadCase{"deep_nesting",
                "{\"a\":" + std::string(600, '[') + std::string(600, ']') + "}",
                "nesting deeper than 512"}),
    [](const testing::TestParamInfo<BadCase>& info) {
      return info.param.name;
    });

TEST(JsonLineTest, CountsLoneSurrogatesAndResetsBetweenLines) {
  JsonObject obj;
  ASSERT_TRUE(
      ParseJsonObject(R"({"a":"\ud800\udc00\udfff","b":"\ud800"})", &obj).ok());
  EXPECT_EQ(obj.lone_surrogates, 2);
  ASSERT_TRUE(ParseJsonObject(R"({"c":"ok"})", &obj).ok());
  EXPECT_EQ(obj.lone_surrogates, 0);
  ASSERT_EQ(obj.fields.size(), 1u);
  EXPECT_EQ(obj.Find("a"), nullptr);
}

TEST(JsonLineTest, FlagsInvalidUtf8SoCallersCanRepair) {
  JsonObject obj;
  EXPECT_FALSE(ParseJsonObject("{\"a\":\"caf\xE9\"}", &obj).ok());
  EXPECT_TRUE(obj.invalid_utf8);
  EXPECT_FALSE(ParseJsonObject("{\"a\":1,}", &obj).ok());
  EXPECT_FALSE(obj.invalid_utf8);
  // simdjson checks UTF-8 over the whole line, so a bad byte outside a
  // string is flagged too; the repaired line still fails on its structure.
  EXPECT_FALSE(ParseJsonObject("{\"a\":1}\xE9", &obj).ok());
  EXPECT_TRUE(obj.invalid_utf8);
  EXPECT_FALSE(ParseJsonObject("{\"a\":1}\xEF\xBF\xBD", &obj).ok());
}

TEST(JsonLineTest, KeepsTopLevelFieldsInOrder) {
  JsonObject obj;
  ASSERT_TRUE(
      ParseJsonObject(R"({"x":{"inner":"no"},"y":2,"z":"w"})", &obj).ok());
  ASSERT_EQ(obj.fields.size(), 3u);
  EXPECT_EQ(obj.fields[0].key, "x");
  EXPECT_EQ(obj.fields[1].key, "y");
  EXPECT_EQ(obj.fields[2].key, "z");
  EXPECT_EQ(obj.Find("inner"), nullptr);
}

}  // namespace
}  // namespace wirecheck
