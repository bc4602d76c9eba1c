// The HTML report on hostile input: every article field carries markup
// that would run script if it reached the page unescaped.
#include <string>
#include <vector>

#include "absl/strings/escaping.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "gtest/gtest.h"
#include "report/report.h"
#include "tests/report/report_fixture.h"
#include "util/sha256.h"

namespace wirecheck {
namespace {

using ::absl::StrContains;

constexpr char kScript[] = "<script>document.title='pwned'</script>";
constexpr char kImg[] = "\"><img src=x onerror=\"document.title='pwned'\">";

int Occurrences(const std::string& s, const std::string& what) {
  int n = 0;
  for (size_t at = s.find(what); at != std::string::npos;
       at = s.find(what, at + 1)) {
    ++n;
  }
  return n;
}

// The text between the first `open` and the next `close`.
std::string Between(const std::string& s, const std::string& open,
                    const std::string& close) {
  const size_t from = s.find(open);
  if (from == std::string::npos) return "";
  const size_t begin = from + open.size();
  return s.substr(begin, s.find(close, begin) - begin);
}

class HtmlReportTest : public ReportFixture {
 protected:
  void SetUp() override {
    const std::string passage =
        absl::StrCat("Hai bên hội đàm tại Bình Nhưỡng ", kScript, " và ", kImg,
                     " với 10.000 binh lính.");
    Article src;
    src.id = absl::StrCat("src", kImg);
    src.outlet = absl::StrCat("ttxvn.vn", kImg);
    src.published = PublishedTime::Minute(2024, 6, 19, 8, 0);
    src.title = absl::StrCat("Hội đàm ", kScript);
    src.url = "javascript:document.title='pwned'";
    src.text = absl::StrCat("Tin mới. ", passage);
    src.origin = "a.jsonl:1";
    Article cp = src;
    cp.id = "copy";
    cp.outlet = "copy.vn";
    cp.published = PublishedTime::Day(2024, 6, 20);
    cp.url = absl::StrCat("https://copy.vn/a?x=1&y=", kImg);
    cp.text = absl::StrCat(passage, " Hết.");
    articles_ = {src, cp};
    docs_.resize(2);

    CopyPair p;
    p.source = 0;
    p.copy = 1;
    p.by_date = true;
    p.containment = 0.9;
    p.credit = kScript;
    p.credited = true;
    const uint32_t n = passage.size();
    p.spans = {AlignedSpan{Span{10, 10 + n}, Span{0, n}}};
    dedup_.copies = {p};
    dedup_.clusters = {Cluster{0, {0, 1}}};

    Claim a;
    a.doc = 0;
    a.kind = ClaimKind::kNumber;
    a.span = Span{static_cast<uint32_t>(src.text.find("10.000")),
                  static_cast<uint32_t>(src.text.find(" binh"))};
    a.sentence = Span{10, static_cast<uint32_t>(src.text.size())};
    a.low = a.high = 10000;
    Claim b = a;
    b.doc = 1;
    b.span = Span{static_cast<uint32_t>(cp.text.find("10.000")),
                  static_cast<uint32_t>(cp.text.find(" binh"))};
    b.sentence = Span{0, n};
    b.low = b.high = 8000;
    Discrepancy d;
    d.cls = DiscrepancyClass::kConflict;
    d.kind = ClaimKind::kNumber;
    d.topic = kScript;
    d.confidence = 0.9;
    d.a = a;
    d.b = b;
    compare_.discrepancies = {d};
    compare_.candidates_hidden = 3;
    diagnostics_ = {Diagnostic{Diagnostic::Severity::kError,
                               absl::StrCat("bad", kImg, ".jsonl"), 3, -1,
                               "malformed JSON"}};

    in_.ingest_summary = absl::StrCat("read 2 articles ", kScript);
  }
};

TEST_F(HtmlReportTest, ArticleTextNeverBecomesMarkup) {
  const std::string html = RenderHtml(in_);
  EXPECT_EQ(Occurrences(html, "<script"), 1) << html;  // The report's own.
  EXPECT_FALSE(StrContains(html, "<img")) << html;
  EXPECT_FALSE(StrContains(html, "pwned'\"")) << html;
  EXPECT_FALSE(StrContains(html, "href=\"javascript")) << html;
  EXPECT_TRUE(StrContains(html,
                          "&lt;script&gt;document.title=&#39;pwned&#39;"
                          "&lt;/script&gt;"));
  EXPECT_TRUE(StrContains(
      html, "&quot;&gt;&lt;img src=x onerror=&quot;document.title="));
  // Attributes too: the outlet is a filter value.
  EXPECT_TRUE(StrContains(html, "data-o1=\"ttxvn.vn&quot;&gt;&lt;img"));
}

TEST_F(HtmlReportTest, PolicyAllowsExactlyTheInlineScriptAndStyle) {
  const std::string html = RenderHtml(in_);
  const std::string csp = Between(
      html, "<meta http-equiv=\"Content-Security-Policy\" content=\"", "\"");
  const std::string script = Between(html, "<script>", "</script>");
  const std::string style = Between(html, "<style>", "</style>");
  ASSERT_FALSE(script.empty());
  ASSERT_FALSE(style.empty());
  EXPECT_TRUE(absl::StartsWith(csp, "default-src 'none'; ")) << csp;
  EXPECT_TRUE(
      StrContains(csp, absl::StrCat("script-src 'sha256-",
                                    absl::Base64Escape(Sha256(script)), "'")))
      << csp;
  EXPECT_TRUE(
      StrContains(csp, absl::StrCat("style-src 'sha256-",
                                    absl::Base64Escape(Sha256(style)), "'")))
      << csp;
  // Nothing is loaded from anywhere: no src attribute, no stylesheet link.
  EXPECT_FALSE(StrContains(html, " src=\""));
  EXPECT_FALSE(StrContains(html, "<link"));
  EXPECT_FALSE(StrContains(html, "style=\""));
}

TEST_F(HtmlReportTest, SummaryFiltersAndFindings) {
  const std::string html = RenderHtml(in_);
  for (const char* want :
       {"<th>copies</th><td class=\"n\">1</td>", "1 credited, 0 not credited",
        "<th>discrepancies</th><td class=\"n\">1</td>",
        "3 weaker conflict candidates", "<select id=\"f-outlet\">",
        "<option value=\"copy.vn\">copy.vn (2)</option>",
        "<option value=\"credited\">credited (1)</option>",
        "<option value=\"conflict\">conflict (1)</option>",
        "data-c=\"credited\"", "data-c=\"conflict\"", "\">copied from ",
        "<mark>10.000</mark>",
        "<a href=\"https://copy.vn/a?x=1&amp;y=&quot;"}) {
    EXPECT_TRUE(StrContains(html, want)) << want;
  }
  EXPECT_EQ(Occurrences(html, "<details class=\"f\""), 2);
}

TEST_F(HtmlReportTest, EditsShowTheChangedFigure) {
  Edit e;
  e.doc = 1;
  e.previous = 0;
  e.figures = {compare_.discrepancies[0]};
  e.figures[0].a.doc = 0;
  e.figures[0].b.doc = 1;
  const std::vector<Edit> edits = {e};
  in_.edits = &edits;
  const std::string html = RenderHtml(in_);
  EXPECT_TRUE(StrContains(html, "Edits of stored articles: 1")) << html;
  EXPECT_TRUE(
      StrContains(html, "1 figures changed<br>“10.000” → “10.000” in: "));
  EXPECT_EQ(Occurrences(html, "<script"), 1);
}

TEST_F(HtmlReportTest, UnknownDirectionIsNotCalledACopy) {
  dedup_.copies[0].by_date = false;
  const std::string html = RenderHtml(in_);
  EXPECT_FALSE(StrContains(html, "copied from"));
  EXPECT_TRUE(StrContains(html, "\">shares a passage with "));
}

}  // namespace
}  // namespace wirecheck
