#include "report/json_writer.h"

#include <cmath>
#include <string>

#include "gtest/gtest.h"

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
  };
  for (const QuoteCase& c : cases) {
    EXPECT_EQ(JsonWriter::Quote(c.in), c.out) << c.in;
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
