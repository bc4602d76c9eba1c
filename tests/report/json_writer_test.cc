#include "report/json_writer.h"

#include <cmath>
#include <string>

#include "gtest/gtest.h"
#include "ingest/json_line.h"
#include "ingest/utf8.h"

namespace wirecheck {
namespace {

TEST(JsonWriterTest, NestsWithCommas) {
  JsonWriter w;
  w.BeginObject();
  w.Key("schema");
  w.Int(1);
  w.Key("ids");
  w.BeginArray();
  w.String("a");
  w.String("b");
  w.BeginObject();
  w.EndObject();
  w.EndArray();
  w.Key("ok");
  w.Bool(true);
  w.Key("none");
  w.Null();
  w.EndObject();
  EXPECT_EQ(w.str(),
            R"({"schema":1,"ids":["a","b",{}],"ok":true,"none":null})");
}

TEST(JsonWriterTest, PrettyPrintsWithIndent) {
  JsonWriter w(2);
  w.BeginObject();
  w.Key("a");
  w.BeginArray();
  w.Int(1);
  w.EndArray();
  w.Key("e");
  w.BeginArray();
  w.EndArray();
  w.EndObject();
  EXPECT_EQ(w.str(), "{\n  \"a\": [\n    1\n  ],\n  \"e\": []\n}");
}

struct QuoteCase {
  std::string in;
  std::string out;
};

TEST(JsonWriterTest, QuotesEscapesAndRepairs) {
  const QuoteCase cases[] = {
      {"plain", "\"plain\""},
      {"say \"hi\"\\", "\"say \\\"hi\\\"\\\\\""},
      {"a\nb\tc\r", "\"a\\nb\\tc\\r\""},
      {std::string("\x01", 1), "\"\\u0001\""},
      {"Bình Nhưỡng", "\"Bình Nhưỡng\""},
      {"北朝鮮 ประเทศไทย", "\"北朝鮮 ประเทศไทย\""},
      {"bad\xff"
       "byte",
       "\"bad\\ufffdbyte\""},
      {"cut\xe1\xba", "\"cut\\ufffd\\ufffd\""},
      // What file names carry into ids: an overlong NUL, a surrogate, a
      // code point past U+10FFFF. Each byte becomes U+FFFD.
      {"a\xc0\x80", "\"a\\ufffd\\ufffd\""},
      {"\xed\xa0\x80", "\"\\ufffd\\ufffd\\ufffd\""},
      {"\xf4\x90\x80\x80", "\"\\ufffd\\ufffd\\ufffd\\ufffd\""},
      {"\xf8\x88\x80\x80\x80", "\"\\ufffd\\ufffd\\ufffd\\ufffd\\ufffd\""},
      {"\xf4\x8f\xbf\xbf", "\"\xf4\x8f\xbf\xbf\""},  // U+10FFFF is fine.
  };
  for (const QuoteCase& c : cases) {
    EXPECT_EQ(JsonWriter::Quote(c.in), c.out) << c.in;
  }
}

// Property: whatever bytes a key and a value hold, the writer's output is
// valid UTF-8 and parses as strict JSON, and valid UTF-8 comes back as it
// went in.
TEST(JsonWriterTest, AnyBytesGiveValidJson) {
  uint32_t state = 20261201;
  auto next = [&state] {
    state = state * 1664525u + 1013904223u;
    return state >> 8;
  };
  auto random_bytes = [&next] {
    std::string s;
    const int n = next() % 24;
    for (int i = 0; i < n; ++i) {
      const uint32_t r = next();
      // Mostly the bytes that matter: high bytes, controls, quotes.
      switch (r % 4) {
        case 0:
          s.push_back(static_cast<char>(0x80 | (r >> 8) % 0x80));
          break;
        case 1:
          s.push_back(static_cast<char>((r >> 8) % 0x20));
          break;
        case 2:
          s.push_back("\"\\/ueE\xc3\xa1"[(r >> 8) % 9]);
          break;
        default:
          s.push_back(static_cast<char>(r >> 8));
          break;
      }
    }
    return s;
  };
  for (int round = 0; round < 20000; ++round) {
    const std::string key = random_bytes();
    const std::string value = random_bytes();
    JsonWriter w(round % 2 == 0 ? 0 : 2);
    w.BeginObject();
    w.Key(key);
    w.String(value);
    w.Key("list");
    w.BeginArray();
    w.String(value);
    w.EndArray();
    w.EndObject();
    const std::string out = w.Take();
    ASSERT_TRUE(IsValidUtf8(out)) << out;
    JsonObject parsed;
    ASSERT_TRUE(ParseJsonObject(out, &parsed).ok()) << out;
    ASSERT_EQ(parsed.fields.size(), 2u);
    if (IsValidUtf8(value)) {
      EXPECT_EQ(parsed.fields[0].value, value);
    }
    if (IsValidUtf8(key)) {
      EXPECT_EQ(parsed.fields[0].key, key);
    }
  }
}

TEST(JsonWriterTest, DoublesAreShortAndFinite) {
  JsonWriter w;
  w.BeginArray();
  w.Double(0.5);
  w.Double(2.0);
  w.Double(0.123456);
  w.Double(NAN);
  w.Double(INFINITY);
  w.Double(-0.00001);
  w.EndArray();
  EXPECT_EQ(w.str(), "[0.5,2,0.1235,null,null,0]");
}

}  // namespace
}  // namespace wirecheck
