#include "ingest/jsonl.h"

#include <string>

#include "gtest/gtest.h"
#include "ingest/ingest.h"

namespace wirecheck {
namespace {

TEST(JsonlTest, ReadsFieldsAndCorpusAliases) {
  IngestResult r;
  ParseJsonl(
      "c/k.jsonl",
      R"({"cluster_id": "c1", "doc_id": "12240106", "outlet": "tuoitre.vn", "url": "http://www.baomoi.com/x.epi", "published": "2013-10-23T11:39", "title": "Tiêu đề", "sapo": "TTO - Đoạn dẫn.", "text": "Thân bài."})"
      "\n"
      R"({"uuid": "u-1", "source": "nyt", "date": "2010-07-02", "title": "T", "text": "Body"})"
      "\n"
      R"({"newid": 10, "date": "26-FEB-1987 15:18:06.67", "title": "W", "text": "Wire"})",
      &r);
  ASSERT_EQ(r.articles.size(), 3u) << r.Summary();
  const Article& k = r.articles[0];
  EXPECT_EQ(k.id, "12240106");
  EXPECT_FALSE(k.id_inferred);
  EXPECT_EQ(k.outlet, "tuoitre.vn");
  EXPECT_FALSE(k.outlet_inferred);
  EXPECT_EQ(k.url, "http://www.baomoi.com/x.epi");
  EXPECT_EQ(k.published.ToIso(), "2013-10-23T11:39");
  EXPECT_FALSE(k.published_inferred);
  EXPECT_EQ(k.title, "Tiêu đề");
  EXPECT_EQ(k.text, "TTO - Đoạn dẫn.\n\nThân bài.");
  EXPECT_EQ(k.lead.Of(k.text), "TTO - Đoạn dẫn.");
  EXPECT_EQ(k.origin, "c/k.jsonl:1");
  EXPECT_EQ(r.articles[1].id, "u-1");
  EXPECT_EQ(r.articles[1].outlet, "nyt");
  EXPECT_EQ(r.articles[1].published.ToIso(), "2010-07-02");
  EXPECT_EQ(r.articles[2].id, "10");
  EXPECT_EQ(r.articles[2].published.ToIso(), "1987-02-26T15:18:06");
  EXPECT_EQ(r.files_read, 1);
  EXPECT_TRUE(r.diagnostics.empty());
}

TEST(JsonlTest, InfersWhatIsMissing) {
  IngestResult r;
  ParseJsonl(
      "dir/feed.jsonl",
      "\n{\"url\": \"https://www.vnexpress.net/a.html\", \"text\": "
      "\"Tin tức\\n\\nTiêu đề suy ra\\n\\n15/09/2023 04:04\\n\\nThân.\"}\n",
      &r);
  ASSERT_EQ(r.articles.size(), 1u);
  const Article& a = r.articles[0];
  EXPECT_EQ(a.id, "feed:2");
  EXPECT_TRUE(a.id_inferred);
  EXPECT_EQ(a.outlet, "vnexpress.net");
  EXPECT_TRUE(a.outlet_inferred);
  EXPECT_EQ(a.title, "Tiêu đề suy ra");
  EXPECT_TRUE(a.title_inferred);
  EXPECT_EQ(a.published.ToIso(), "2023-09-15T04:04");
  EXPECT_TRUE(a.published_inferred);
}

TEST(JsonlTest, ShardStartingMidFileNamesTheWholeFilesLines) {
  const std::string head = "{\"text\": \"One.\"}\n{\"text\": \"Two.\"}\n";
  const std::string tail = "{\"text\": \"Three.\"}\n{bad\n";
  IngestResult whole;
  ParseJsonl("d/f.jsonl", head + tail, &whole);
  IngestResult shard;
  JsonlReader reader("d/f.jsonl", int64_t{1} << 20, &shard);
  reader.StartAt(2, static_cast<int64_t>(head.size()));
  reader.Feed(tail);
  reader.Finish();
  ASSERT_EQ(shard.articles.size(), 1u);
  EXPECT_EQ(shard.articles[0].id, whole.articles[2].id);
  EXPECT_EQ(shard.articles[0].id, "f:3");
  EXPECT_EQ(shard.articles[0].origin, whole.articles[2].origin);
  ASSERT_EQ(shard.diagnostics.size(), 1u);
  ASSERT_EQ(whole.diagnostics.size(), 1u);
  EXPECT_EQ(shard.diagnostics[0].line, 4);
  EXPECT_EQ(shard.diagnostics[0].ToString(), whole.diagnostics[0].ToString());
}

TEST(JsonlTest, HtmlFieldIsExtracted) {
  IngestResult r;
  ParseJsonl(
      "h.jsonl",
      R"({"id": "h", "html": "<nav>menu</nav><p>A</p><script>x</script><p>B</p>"})",
      &r);
  ASSERT_EQ(r.articles.size(), 1u);
  EXPECT_EQ(r.articles[0].text, "A\n\nB");
}

// Link spans of an "html" field still index the text after a sapo field
// is put in front of it.
TEST(JsonlTest, HtmlLinksFollowThePrependedLead) {
  IngestResult r;
  ParseJsonl(
      "h.jsonl",
      R"({"sapo": "Dẫn.", "html": "<p>Thân <a href='/x'>liên kết</a>.</p>"})",
      &r);
  ASSERT_EQ(r.articles.size(), 1u);
  const Article& a = r.articles[0];
  EXPECT_EQ(a.text, "Dẫn.\n\nThân liên kết.");
  ASSERT_EQ(a.links.size(), 1u);
  EXPECT_EQ(a.links[0].Of(a.text), "liên kết");
}

TEST(JsonlTest, SapoAlreadyInTextIsNotRepeated) {
  IngestResult r;
  ParseJsonl("s.jsonl", R"({"sapo": "Lead.", "text": "Lead. More."})", &r);
  ASSERT_EQ(r.articles.size(), 1u);
  EXPECT_EQ(r.articles[0].text, "Lead. More.");
  EXPECT_EQ(r.articles[0].lead.Of(r.articles[0].text), "Lead.");
}

TEST(JsonlTest, NoLeadFieldMeansNoLeadSpan) {
  IngestResult r;
  ParseJsonl("n.jsonl", R"({"text": "Body only."})", &r);
  ASSERT_EQ(r.articles.size(), 1u);
  EXPECT_TRUE(r.articles[0].lead.empty());
}

struct LineErrorCase {
  const char* name;
  std::string line;
  SkipReason reason;
  std::string diagnostic;
};

class JsonlErrorTest : public testing::TestWithParam<LineErrorCase> {};

// The bad line is line 2; lines 1 and 3 must still be read.
TEST_P(JsonlErrorTest, NamesFileAndLineAndKeepsOtherLines) {
  const LineErrorCase& c = GetParam();
  IngestResult r;
  ParseJsonl("in/f.jsonl",
             "{\"id\":\"a\",\"text\":\"A\"}\n" + c.line +
                 "\n{\"id\":\"b\",\"text\":\"B\"}\n",
             &r);
  ASSERT_EQ(r.articles.size(), 2u);
  EXPECT_EQ(r.articles[1].id, "b");
  EXPECT_EQ(r.skipped_for(c.reason), 1);
  ASSERT_EQ(r.diagnostics.size(), 1u);
  EXPECT_EQ(r.diagnostics[0].ToString(), c.diagnostic);
}

INSTANTIATE_TEST_SUITE_P(
    Cases, JsonlErrorTest,
    testing::Values(
        LineErrorCase{
            "malformed", R"({"id": "x" "text": "y"})",
            SkipReason::kMalformedJsonl,
            "in/f.jsonl:2: error: malformed JSON: The JSON document has an "
            "improper structure: missing or superfluous commas, braces, "
            "missing keys, etc. at column 12"},
        LineErrorCase{
            "truncated", R"({"id": "x", "text": "cut off)",
            SkipReason::kMalformedJsonl,
            "in/f.jsonl:2: error: malformed JSON: A string is opened, but "
            "never closed."},
        LineErrorCase{"not_object", "[1, 2]", SkipReason::kMalformedJsonl,
                      "in/f.jsonl:2: error: malformed JSON: expected '{': a "
                      "record is one JSON object at column 1"},
        LineErrorCase{
            "no_text", R"({"id": "x", "title": "T"})", SkipReason::kMissingText,
            "in/f.jsonl:2: error: record has no non-empty \"text\" or "
            "\"html\" field"},
        LineErrorCase{
            "blank_text", R"({"id": "x", "text": "  "})",
            SkipReason::kMissingText,
            "in/f.jsonl:2: error: record has no non-empty \"text\" or "
            "\"html\" field"}),
    [](const testing::TestParamInfo<LineErrorCase>& info) {
      return info.param.name;
    });

TEST(JsonlTest, WrongFieldTypeWarns) {
  IngestResult r;
  ParseJsonl("w.jsonl", R"({"title": 5, "text": "Tiêu đề bài\nThân"})", &r);
  ASSERT_EQ(r.articles.size(), 1u);
  EXPECT_EQ(r.articles[0].title, "Tiêu đề bài");
  ASSERT_EQ(r.diagnostics.size(), 1u);
  EXPECT_EQ(r.diagnostics[0].ToString(),
            "w.jsonl:1: warning: field \"title\" is a number, expected a "
            "string; ignored");
}

TEST(JsonlTest, UnparsableDateWarnsAndFallsBack) {
  IngestResult r;
  ParseJsonl("d.jsonl", R"({"published": "hôm qua", "text": "x"})", &r);
  ASSERT_EQ(r.articles.size(), 1u);
  EXPECT_FALSE(r.articles[0].published.known());
  EXPECT_EQ(r.warnings, 1);
}

TEST(JsonlTest, InvalidUtf8ReportedOnceWithFileOffset) {
  IngestResult r;
  const std::string bytes =
      "{\"text\":\"ok\"}\n{\"text\":\"b\xFFz\"}\n{\"text\":\"c\xC3\"}\n";
  ParseJsonl("u.jsonl", bytes, &r);
  ASSERT_EQ(r.articles.size(), 3u);
  EXPECT_EQ(r.articles[1].text, "b\xEF\xBF\xBDz");
  ASSERT_EQ(r.diagnostics.size(), 1u);
  EXPECT_EQ(r.diagnostics[0].byte_offset,
            static_cast<int64_t>(bytes.find('\xFF')));
  EXPECT_NE(r.diagnostics[0].message.find("on 2 lines: 2 bad sequences"),
            std::string::npos)
      << r.diagnostics[0].message;
}

TEST(JsonlTest, BinaryAndEmptyFiles) {
  IngestResult r;
  ParseJsonl("b.jsonl", std::string("\x1f\x8b\x08\0\0\0", 6), &r);
  ParseJsonl("e.jsonl", "", &r);
  ParseJsonl("w.jsonl", "\n \n", &r);
  EXPECT_EQ(r.skipped_for(SkipReason::kBinary), 1);
  EXPECT_EQ(r.skipped_for(SkipReason::kEmpty), 2);
  EXPECT_TRUE(r.nothing_usable());
}

// Chunked streaming must give exactly what one whole buffer gives, for every
// chunk size, including lines that straddle chunks and a last line
// without '\n'.
TEST(JsonlReaderTest, AnyChunkingMatchesWholeBuffer) {
  const std::string bytes =
      "{\"id\":\"1\",\"text\":\"một\"}\r\n\n{bad}\n{\"text\":\"b\xFFz\"}\n"
      "{\"id\":\"1\",\"text\":\"hai \\u00e9\"}\n{\"title\":\"no text\"}\n"
      "{\"text\":\"cuối\"}";
  IngestResult whole;
  ParseJsonl("f.jsonl", bytes, &whole);
  ASSERT_EQ(whole.articles.size(), 4u);
  for (size_t chunk = 1; chunk <= bytes.size(); ++chunk) {
    IngestResult r;
    JsonlReader reader("f.jsonl", INT64_MAX, &r);
    for (size_t pos = 0; pos < bytes.size(); pos += chunk) {
      reader.Feed(absl::string_view(bytes).substr(pos, chunk));
    }
    reader.Finish();
    ASSERT_EQ(r.articles.size(), whole.articles.size()) << chunk;
    for (size_t i = 0; i < r.articles.size(); ++i) {
      EXPECT_EQ(r.articles[i].id, whole.articles[i].id);
      EXPECT_EQ(r.articles[i].text, whole.articles[i].text);
      EXPECT_EQ(r.articles[i].origin, whole.articles[i].origin);
    }
    ASSERT_EQ(r.diagnostics.size(), whole.diagnostics.size());
    for (size_t i = 0; i < r.diagnostics.size(); ++i) {
      EXPECT_EQ(r.diagnostics[i].ToString(), whole.diagnostics[i].ToString())
          << "chunk " << chunk;
    }
  }
}

// The binary check reads the first 64 KiB of the file, not of its first
// chunk: a NUL one byte after a one-byte first chunk still marks it binary
// (found by the JSONL fuzzer).
TEST(JsonlReaderTest, BinaryCheckDoesNotDependOnChunking) {
  const std::string bytes = std::string(".\0{\"text\":\"x\"}\n", 14);
  for (size_t split = 0; split <= bytes.size(); ++split) {
    IngestResult r;
    JsonlReader reader("f.jsonl", INT64_MAX, &r);
    reader.Feed(absl::string_view(bytes).substr(0, split));
    reader.Feed(absl::string_view(bytes).substr(split));
    reader.Finish();
    EXPECT_EQ(r.skipped_for(SkipReason::kBinary), 1) << "split " << split;
    EXPECT_TRUE(r.articles.empty());
  }
  // Past the first 64 KiB, a NUL is a (malformed) line's problem.
  IngestResult late;
  ParseJsonl("late.jsonl",
             std::string(kBinaryProbeBytes, '\n') + std::string("{\0}\n", 4) +
                 "{\"text\":\"x\"}\n",
             &late);
  EXPECT_EQ(late.skipped_for(SkipReason::kBinary), 0);
  EXPECT_EQ(late.articles.size(), 1u);
}

TEST(JsonlReaderTest, OverlongLineIsSkippedOthersRead) {
  IngestResult r;
  JsonlReader reader("big.jsonl", 40, &r);
  reader.Feed("{\"text\":\"short\"}\n{\"text\":\"");
  reader.Feed(std::string(100, 'x'));
  reader.Feed("\"}\n{\"text\":\"after\"}\n");
  reader.Finish();
  ASSERT_EQ(r.articles.size(), 2u);
  EXPECT_EQ(r.articles[1].text, "after");
  EXPECT_EQ(r.articles[1].origin, "big.jsonl:3");
  EXPECT_EQ(r.skipped_for(SkipReason::kOversize), 1);
  EXPECT_EQ(r.diagnostics[0].line, 2);
}

}  // namespace
}  // namespace wirecheck
