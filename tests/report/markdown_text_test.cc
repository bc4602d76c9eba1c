#include "report/markdown_text.h"

#include "gtest/gtest.h"

namespace wirecheck {
namespace {

TEST(MarkdownEscapeTest, TextNeitherFormatsNorBecomesHtml) {
  EXPECT_EQ(MarkdownEscape("a | b <script>alert(1)</script>"),
            "a \\| b &lt;script&gt;alert(1)&lt;/script&gt;");
  EXPECT_EQ(MarkdownEscape("*bold* _it_ `code` [x](y) ~~s~~ $m$ \\"),
            "\\*bold\\* \\_it\\_ \\`code\\` \\[x\\](y) \\~\\~s\\~\\~ \\$m\\$ "
            "\\\\");
  EXPECT_EQ(MarkdownEscape("Q&A \"><img src=x onerror=alert(1)>"),
            "Q&amp;A \"&gt;&lt;img src=x onerror=alert(1)&gt;");
  // A line break would end a table row or list item.
  EXPECT_EQ(MarkdownEscape("dòng một\n\ndòng hai\r\n"), "dòng một dòng hai");
  EXPECT_EQ(MarkdownEscape("Bình Nhưỡng, 19/6"), "Bình Nhưỡng, 19/6");
}

TEST(MarkdownLinkTest, LinksOnlyHttpWithATargetThatCannotBreakOut) {
  EXPECT_EQ(MarkdownLink("Tin *mới*", "https://a.vn/x"),
            "[Tin \\*mới\\*](https://a.vn/x)");
  EXPECT_EQ(MarkdownLink("t", "https://a.vn/x) <b>|\"y\""),
            "[t](https://a.vn/x%29%20%3Cb%3E%7C%22y%22)");
  EXPECT_EQ(MarkdownLink("t", "javascript:alert(1)"), "t");
  EXPECT_EQ(MarkdownLink("t", "data:text/html,<b>"), "t");
}

}  // namespace
}  // namespace wirecheck
