#include "report/html_text.h"

#include <string>

#include "gtest/gtest.h"

namespace wirecheck {
namespace {

TEST(HtmlEscapeTest, EscapesMarkupAndQuotes) {
  EXPECT_EQ(HtmlEscape("<script>alert(1)</script>"),
            "&lt;script&gt;alert(1)&lt;/script&gt;");
  EXPECT_EQ(HtmlEscape("\"><img src=x onerror=alert(1)>"),
            "&quot;&gt;&lt;img src=x onerror=alert(1)&gt;");
  EXPECT_EQ(HtmlEscape("a & b's"), "a &amp; b&#39;s");
  EXPECT_EQ(HtmlEscape("Bình Nhưỡng\n"), "Bình Nhưỡng\n");
  EXPECT_EQ(HtmlEscape(std::string("a\0b\x01", 4)), "a\uFFFDb\uFFFD");
}

TEST(MarkedHtmlTest, MarksSpansAndEscapesAround) {
  const std::string text = "x <b> shared & copied text <i> y";
  const Span shared{6, 26};  // "shared & copied text"
  EXPECT_EQ(MarkedHtml(text, Span{0, 32}, {shared}, 1000),
            "x &lt;b&gt; <mark>shared &amp; copied text</mark> &lt;i&gt; y");
}

TEST(MarkedHtmlTest, SaysWhatWasLeftOut) {
  const std::string text = "aaaa bbbb cccc dddd";
  // Window in the middle of the text, cut after 4 bytes.
  EXPECT_EQ(MarkedHtml(text, Span{5, 14}, {Span{5, 9}}, 4),
            "…<mark>bbbb</mark><span class=\"more\">… 5 more bytes</span>");
  EXPECT_EQ(MarkedHtml(text, Span{5, 9}, {}, 100), "…bbbb…");
}

TEST(MarkedHtmlTest, NeverSplitsAUtf8Sequence) {
  const std::string text = "ưỡng";  // 2 + 3 + 1 + 1 bytes.
  const uint32_t n = text.size();
  for (uint32_t b = 0; b <= n; ++b) {
    for (uint32_t e = b; e <= n; ++e) {
      const std::string html = MarkedHtml(text, Span{0, n}, {Span{b, e}}, 100);
      std::string plain;
      for (size_t i = 0; i < html.size(); ++i) {
        if (html[i] == '<') {
          i = html.find('>', i);
          continue;
        }
        plain.push_back(html[i]);
      }
      EXPECT_EQ(plain, text) << b << " " << e;
    }
  }
}

TEST(ContextWindowTest, WidensToWordsWithinTheText) {
  const std::string text = "one two three four five six seven";
  const Span mark{14, 18};  // "four"
  const Span w = ContextWindow(text, mark, 6);
  EXPECT_EQ(w.Of(text), "three four five");
  EXPECT_EQ(ContextWindow(text, Span{0, 3}, 100).Of(text), text);
}

TEST(LinkHtmlTest, LinksOnlyHttp) {
  EXPECT_EQ(LinkHtml("https://a.vn/x?a=1&b=\"2\""),
            "<a href=\"https://a.vn/x?a=1&amp;b=&quot;2&quot;\" "
            "rel=\"noopener noreferrer\">https://a.vn/x?a=1&amp;b=&quot;2&quot;"
            "</a>");
  EXPECT_EQ(LinkHtml("javascript:alert(1)"), "javascript:alert(1)");
  EXPECT_EQ(LinkHtml(" JAVASCRIPT:alert('x')"),
            " JAVASCRIPT:alert(&#39;x&#39;)");
  EXPECT_EQ(LinkHtml("HTTP://A.VN").substr(0, 9), "<a href=\"");
}

}  // namespace
}  // namespace wirecheck
