// The pure parsers: .txt and .html bytes to Articles, bad-input classes,
// duplicate ids and the summary line.
#include "ingest/ingest.h"

#include <string>

#include "gtest/gtest.h"

namespace wirecheck {
namespace {

#include "tests/ingest/sample_excerpts.inc"

struct SampleCase {
  const char* file;
  const char* bytes;
  std::string title;
  std::string published;
  std::string outlet;
};

class SampleTest : public testing::TestWithParam<SampleCase> {};

// The five real scrapes the user supplied: headline past menus and
// banners, date from the header only, at its stated grain.
TEST_P(SampleTest, InfersMetadata) {
  const SampleCase& c = GetParam();
  const std::string path = std::string("testdata/samples/") + c.file + ".txt";
  const std::string bytes = c.bytes;
  IngestResult r;
  ParseTxtArticle(path, bytes, &r);
  ASSERT_EQ(r.articles.size(), 1u);
  const Article& a = r.articles[0];
  EXPECT_EQ(a.id, c.file);
  EXPECT_TRUE(a.id_inferred);
  EXPECT_EQ(a.origin, path);
  EXPECT_EQ(a.text, bytes);  // .txt text is the file's bytes.
  EXPECT_EQ(a.title, c.title);
  EXPECT_EQ(a.title_inferred, !c.title.empty());
  EXPECT_EQ(a.published.ToIso(), c.published);
  EXPECT_EQ(a.published_inferred, !c.published.empty());
  EXPECT_EQ(a.outlet, c.outlet);
  EXPECT_EQ(a.outlet_inferred, !c.outlet.empty());
  EXPECT_TRUE(r.diagnostics.empty());
}

INSTANTIATE_TEST_SUITE_P(
    Samples, SampleTest,
    testing::Values(
        // Starts with a dateline, then the body: no headline to take.
        SampleCase{"000_8a7e7adb52db9b61", kSample000, "", "2024-06", ""},
        SampleCase{
            "001_ac07f6392d13467e", kSample001,
            "Tổng thống Nga nhận lời thăm Triều Tiên sau chuyến thăm của "
            "ông Kim Jong Un",
            "2023-09-15T04:04", ""},
        // Only "related news" timestamps at the bottom: date unknown.
        SampleCase{
            "002_1d707402690d7645", kSample002,
            "Tổng thống Nga V. Putin khẳng định quan hệ truyền thống hữu "
            "nghị 70 năm với Triều Tiên",
            "", ""},
        SampleCase{"003_52527fb49a4ec3a9", kSample003,
                   "Ông Kim Jong Un tuyên bố ủng hộ Nga 'vô điều kiện' trong "
                   "xung đột với Ukraine",
                   "", ""},
        SampleCase{"004_d1139dd3dbe620c2", kSample004,
                   "Cảm kích trước sự ủng hộ của Triều Tiên, Tổng thống Nga "
                   "\"nóng lòng\" thực hiện một việc",
                   "2024-01-21", "Báo Quốc Tế"}),
    [](const testing::TestParamInfo<SampleCase>& info) {
      return std::string("s") + std::string(info.param.file).substr(0, 3);
    });

struct BadCase {
  const char* name;
  std::string bytes;
  SkipReason reason;
  const char* message;
};

class BadTxtTest : public testing::TestWithParam<BadCase> {};

TEST_P(BadTxtTest, SkipsWithReason) {
  const BadCase& c = GetParam();
  for (bool html : {false, true}) {
    IngestResult r;
    if (html) {
      ParseHtmlArticle("in/x.html", c.bytes, &r);
    } else {
      ParseTxtArticle("in/x.txt", c.bytes, &r);
    }
    EXPECT_TRUE(r.articles.empty());
    EXPECT_EQ(r.skipped_for(c.reason), 1);
    EXPECT_EQ(r.total_skipped(), 1);
    EXPECT_EQ(r.files_read, 0);
    ASSERT_EQ(r.diagnostics.size(), 1u);
    EXPECT_EQ(r.diagnostics[0].severity, Diagnostic::Severity::kError);
    EXPECT_NE(r.diagnostics[0].message.find(c.message), std::string::npos)
        << r.diagnostics[0].ToString();
    EXPECT_TRUE(r.nothing_usable());
  }
}

INSTANTIATE_TEST_SUITE_P(
    Cases, BadTxtTest,
    testing::Values(BadCase{"empty", "", SkipReason::kEmpty, "empty file"},
                    BadCase{"whitespace", " \n\t\r\n", SkipReason::kEmpty,
                            "only whitespace"},
                    BadCase{"bom_only", "\xEF\xBB\xBF\n", SkipReason::kEmpty,
                            "only whitespace"},
                    BadCase{"nul", std::string("abc\0def", 7),
                            SkipReason::kBinary, "NUL byte at offset 3"},
                    BadCase{"controls", std::string(50, '\x01') + "text",
                            SkipReason::kBinary, "control bytes"},
                    BadCase{"utf16", std::string("\xFF\xFEh\0i\0", 6),
                            SkipReason::kBinary, "UTF-16"}),
    [](const testing::TestParamInfo<BadCase>& info) {
      return info.param.name;
    });

TEST(TxtTest, RepairsInvalidUtf8AndWarnsWithOffset) {
  IngestResult r;
  ParseTxtArticle("in/bad.txt",
                  "Tiêu đề\n\nab\xFF"
                  "cd\xC3",
                  &r);
  ASSERT_EQ(r.articles.size(), 1u);
  EXPECT_EQ(r.articles[0].text,
            "Tiêu đề\n\nab\xEF\xBF\xBD"
            "cd\xEF\xBF\xBD");
  ASSERT_EQ(r.diagnostics.size(), 1u);
  const Diagnostic& d = r.diagnostics[0];
  EXPECT_EQ(d.severity, Diagnostic::Severity::kWarning);
  EXPECT_EQ(d.byte_offset, 15);
  EXPECT_EQ(d.ToString(),
            "in/bad.txt: warning: invalid UTF-8: 2 bad sequences replaced with "
            "U+FFFD, the first at byte 15");
  EXPECT_EQ(r.warnings, 1);
}

TEST(TxtTest, StripsUtf8Bom) {
  IngestResult r;
  ParseTxtArticle("a.txt", "\xEF\xBB\xBFTiêu đề bài\nThân.", &r);
  ASSERT_EQ(r.articles.size(), 1u);
  EXPECT_EQ(r.articles[0].text, "Tiêu đề bài\nThân.");
  EXPECT_EQ(r.articles[0].title, "Tiêu đề bài");
}

TEST(HtmlArticleTest, MetadataFromTagsAndFallbacks) {
  IngestResult r;
  ParseHtmlArticle("dir/page.htm",
                   "<link rel=canonical href=\"https://www.tuoitre.vn/a.htm\">"
                   "<meta property=article:published_time content=\"soon\">"
                   "<nav>Tin tức</nav><p>Tiêu đề trong thân bài</p>"
                   "<p>15/09/2023 04:04</p><p>Thân bài.</p>",
                   &r);
  ASSERT_EQ(r.articles.size(), 1u);
  const Article& a = r.articles[0];
  EXPECT_EQ(a.id, "page");
  EXPECT_EQ(a.url, "https://www.tuoitre.vn/a.htm");
  EXPECT_EQ(a.outlet, "tuoitre.vn");
  EXPECT_TRUE(a.outlet_inferred);
  EXPECT_EQ(a.title, "Tiêu đề trong thân bài");
  EXPECT_TRUE(a.title_inferred);
  EXPECT_EQ(a.published.ToIso(), "2023-09-15T04:04");
  EXPECT_TRUE(a.published_inferred);
  EXPECT_EQ(a.text, "Tiêu đề trong thân bài\n\n15/09/2023 04:04\n\nThân bài.");
  ASSERT_EQ(r.warnings, 1);
  EXPECT_NE(r.diagnostics[0].message.find("unrecognised publication date"),
            std::string::npos);
}

TEST(HtmlArticleTest, NoTextIsSkipped) {
  IngestResult r;
  ParseHtmlArticle("x.html",
                   "<html><script>only()</script><nav>menu</nav></html>", &r);
  EXPECT_TRUE(r.articles.empty());
  EXPECT_EQ(r.skipped_for(SkipReason::kNoText), 1);
}

TEST(DiagnosticTest, ToStringForms) {
  using S = Diagnostic::Severity;
  EXPECT_EQ((Diagnostic{S::kError, "a.jsonl", 12, -1, "bad"}).ToString(),
            "a.jsonl:12: error: bad");
  EXPECT_EQ((Diagnostic{S::kWarning, "a.txt", 0, 40, "odd"}).ToString(),
            "a.txt: warning: odd at byte 40");
  EXPECT_EQ((Diagnostic{S::kWarning, "<stdin>", 3, 0, "x"}).ToString(),
            "<stdin>:3: warning: x at byte 0");
}

TEST(ResultTest, DuplicateIdsGetSuffixAndWarning) {
  IngestResult r;
  ParseTxtArticle("a/x.txt", "Một\n", &r);
  ParseTxtArticle("b/x.txt", "Hai\n", &r);
  ParseTxtArticle("c/x.txt", "Ba\n", &r);
  ParseJsonl("d.jsonl", "{\"id\":\"x#2\",\"text\":\"Bốn\"}\n", &r);
  ASSERT_EQ(r.articles.size(), 4u);
  EXPECT_EQ(r.articles[0].id, "x");
  EXPECT_EQ(r.articles[1].id, "x#2");
  EXPECT_EQ(r.articles[2].id, "x#3");
  EXPECT_EQ(r.articles[3].id, "x#2#2");
  EXPECT_EQ(r.warnings, 3);
  EXPECT_EQ(r.diagnostics[0].ToString(),
            "b/x.txt: warning: duplicate id \"x\" (first seen in a/x.txt); "
            "renamed to \"x#2\"");
}

TEST(ResultTest, SummaryCountsReasonsWithPlurals) {
  IngestResult r;
  EXPECT_EQ(r.Summary(), "read 0 articles from 0 files");
  ParseTxtArticle("a.txt", "A\n", &r);
  ParseTxtArticle("e.txt", "", &r);
  ParseTxtArticle("b.txt", std::string("\0", 1), &r);
  ParseJsonl("j.jsonl",
             "{\"text\":\"x\"}\n{bad\n{\"text\":\"y\"}\n{\"id\":1}\n{also bad\n"
             "{\"text\":\"\xFF\"}\n",
             &r);
  EXPECT_EQ(r.Summary(),
            "read 4 articles from 2 files; skipped 5 (1 empty, 1 binary, 2 "
            "malformed JSONL lines, 1 JSONL line without text); 1 warning");
  EXPECT_FALSE(r.nothing_usable());
}

}  // namespace
}  // namespace wirecheck
