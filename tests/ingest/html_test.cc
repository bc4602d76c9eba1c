#include "ingest/html.h"

#include <string>
#include <vector>

#include "gtest/gtest.h"
#include "ingest/utf8.h"

namespace wirecheck {
namespace {

struct TextCase {
  const char* name;
  std::string html;
  std::string text;
};

class HtmlTextTest : public testing::TestWithParam<TextCase> {};

TEST_P(HtmlTextTest, Extracts) {
  const HtmlPage page = ExtractHtml(GetParam().html);
  EXPECT_EQ(page.text, GetParam().text);
  EXPECT_TRUE(IsValidUtf8(page.text));
}

INSTANTIATE_TEST_SUITE_P(
    Cases, HtmlTextTest,
    testing::Values(
        TextCase{"paragraphs_blank_line", "<p>One</p><p>Two</p>", "One\n\nTwo"},
        TextCase{"divs_newline", "<div>One</div><div>Two</div>", "One\nTwo"},
        TextCase{"br_newline", "<p>a<br>b</p>", "a\nb"},
        TextCase{"inline_joins", "<p>x <b>bold</b>, <i>y</i></p>", "x bold, y"},
        TextCase{"whitespace_collapses", "<p>  a \n\t b  </p>", "a b"},
        TextCase{"entities", "<p>A &amp; B &lt;3 &#7841; &nbsp;x</p>",
                 "A & B <3 \xE1\xBA\xA1 \xC2\xA0x"},
        TextCase{"drops_boilerplate",
                 "<body><header>H</header><nav>N</nav><script>S</script>"
                 "<style>s{}</style><p>Keep</p><aside>A</aside><form><label>F</"
                 "label></form>"
                 "<noscript>NS</noscript><footer>Fo</footer></body>",
                 "Keep"},
        TextCase{"prefers_article",
                 "<body><div>Menu text</div><article><p>Body</p></article>"
                 "<div>Footer links</div></body>",
                 "Body"},
        TextCase{"largest_article",
                 "<article><p>Teaser</p></article>"
                 "<article><p>The real and longer story.</p></article>",
                 "The real and longer story."},
        TextCase{"article_inside_aside_ignored",
                 "<aside><article><p>Related story with more "
                 "words</p></article></aside>"
                 "<main><p>Main</p></main>",
                 "Main"},
        TextCase{"prefers_main",
                 "<div>Menu</div><main><h1>T</h1><p>B</p></main>", "T\n\nB"},
        TextCase{"list_items", "<ul><li>a</li><li>b</li></ul><p>c</p>",
                 "a\nb\n\nc"},
        TextCase{"pre_kept", "<pre>a  b\n c</pre>", "a  b\n c"},
        TextCase{"hidden_dropped", "<p>x</p><p hidden>y</p>", "x"},
        TextCase{"implied_close", "<p>a<p>b<table><tr><td>c</td></tr></table>",
                 "a\n\nb\n\nc"},
        TextCase{"empty", "", ""}),
    [](const testing::TestParamInfo<TextCase>& info) {
      return info.param.name;
    });

TEST(HtmlMetaTest, ReadsOpenGraphAndArticleTags) {
  const HtmlPage page = ExtractHtml(
      "<html><head><title>Fallback | Site</title>"
      "<meta property=\"og:site_name\" content=\"Báo Mẫu\">"
      "<meta property=\"og:title\" content=\" OG title \">"
      "<meta property=\"og:url\" content=\"https://baomau.vn/a.html\">"
      "<link rel=\"canonical\" href=\"https://baomau.vn/canonical.html\">"
      "<meta property=\"article:published_time\" "
      "content=\"2024-06-19T08:30:00+07:00\">"
      "</head><body><p>Text</p></body></html>");
  EXPECT_EQ(page.outlet, "Báo Mẫu");
  EXPECT_EQ(page.title, "OG title");
  EXPECT_EQ(page.url, "https://baomau.vn/a.html");
  EXPECT_EQ(page.published.ToIso(), "2024-06-19T01:30:00Z");
  EXPECT_EQ(page.text, "Text");
}

TEST(HtmlMetaTest, FallsBackToTitleAndCanonical) {
  const HtmlPage page = ExtractHtml(
      "<html><head><title> Plain  title </title>"
      "<link rel=\"Canonical\" href=\"https://x.vn/c\">"
      "<meta name=\"pubdate\" "
      "content=\"2024-06\"></head><body>b</body></html>");
  EXPECT_EQ(page.title, "Plain title");
  EXPECT_EQ(page.url, "https://x.vn/c");
  EXPECT_EQ(page.published.ToIso(), "2024-06");
  EXPECT_EQ(page.outlet, "");
}

TEST(HtmlMetaTest, TitleLosesSiteSuffix) {
  const HtmlPage page = ExtractHtml(
      "<title>Putin thăm Triều Tiên | Báo Mẫu</title>"
      "<meta property=\"og:site_name\" content=\"Báo Mẫu\"><p>b</p>");
  EXPECT_EQ(page.title, "Putin thăm Triều Tiên");
  const HtmlPage other = ExtractHtml(
      "<title>A - B</title><meta property=\"og:site_name\" "
      "content=\"C\"><p>b</p>");
  EXPECT_EQ(other.title, "A - B");
}

TEST(HtmlMetaTest, UnparsableDateKeepsRawValue) {
  const HtmlPage page = ExtractHtml(
      "<meta property=\"article:published_time\" content=\"hôm qua\"><p>b</p>");
  EXPECT_FALSE(page.published.known());
  EXPECT_EQ(page.published_raw, "hôm qua");
}

TEST(HtmlTextTest, DeepNestingDoesNotOverflow) {
  std::string html;
  for (int i = 0; i < 3000; ++i) html += "<span>";
  html += "deep";
  EXPECT_EQ(ExtractHtml(html).text, "deep");
}

// Link text is returned as spans of the extracted text: the words of one
// link (or of links a space apart) make one span, a line break ends it,
// and an <a> without href is not a link.
TEST(HtmlLinksTest, SpansCoverLinkTextOnly) {
  const HtmlPage page = ExtractHtml(
      "<p>Giá xăng <a href='/x'>tăng mạnh</a> hôm nay.</p>"
      "<ul><li><a href='/a'>Tin một</a> <a href='/b'>tin hai</a></li>"
      "<li><a href='/c'><b>Tin</b> ba</a></li></ul>"
      "<p><a name='top'>Neo</a> không phải liên kết.</p>");
  ASSERT_EQ(page.text,
            "Giá xăng tăng mạnh hôm nay.\n\nTin một tin hai\nTin ba\n\n"
            "Neo không phải liên kết.");
  std::vector<std::string> links;
  for (const Span& s : page.links) links.emplace_back(s.Of(page.text));
  EXPECT_EQ(links, (std::vector<std::string>{"tăng mạnh", "Tin một tin hai",
                                             "Tin ba"}));
}

TEST(HtmlLinksTest, PlainPageHasNoLinks) {
  EXPECT_TRUE(ExtractHtml("<p>Không có liên kết.</p>").links.empty());
}

}  // namespace
}  // namespace wirecheck
