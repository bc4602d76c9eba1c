#include <string>
#include <vector>

#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "gtest/gtest.h"
#include "report/report.h"

namespace wirecheck {
namespace {

using ::absl::StrContains;

// `n` copies of one source, one story; the copy titles carry markup and
// pipes.
class MarkdownReportTest : public testing::Test {
 protected:
  void Build(int n) {
    Article src;
    src.id = "src";
    src.outlet = "ttxvn.vn";
    src.title = "Gốc";
    src.url = "https://ttxvn.vn/goc";
    src.text = "Hai bên hội đàm tại Bình Nhưỡng.";
    articles_ = {src};
    for (int i = 0; i < n; ++i) {
      Article c = src;
      c.id = absl::StrCat("c", i);
      c.outlet = absl::StrCat("copy", i, ".vn");
      c.title = absl::StrCat("Tin | số ", i, " <script>x()</script>");
      c.url = "javascript:x()";
      articles_.push_back(c);
      CopyPair p;
      p.source = 0;
      p.copy = i + 1;
      p.containment = 0.5 + i / 1000.0;
      p.credited = i % 2 == 0;
      p.credit = "Theo TTXVN";
      dedup_.copies.push_back(p);
    }
    Cluster story;
    for (int i = 0; i <= n; ++i) story.members.push_back(i);
    dedup_.clusters = {story};
    docs_.resize(articles_.size());
    in_.articles = &articles_;
    in_.docs = &docs_;
    in_.dedup = &dedup_;
    in_.ingest_summary = "read some articles";
  }

  std::vector<Article> articles_;
  std::vector<Document> docs_;
  DedupResult dedup_;
  ReportInput in_;
};

TEST_F(MarkdownReportTest, CountsOnTopAndTheListCapped) {
  Build(25);
  const std::string md = RenderMarkdown(in_);
  EXPECT_TRUE(absl::StartsWith(md, "## wirecheck: 25 copies\n")) << md;
  EXPECT_TRUE(StrContains(md,
                          "| [copies](#copies) | 25 | in 1 story: 13 "
                          "credited, 12 not credited, 0 within one outlet;"))
      << md;
  EXPECT_TRUE(StrContains(md, "\n| 20 | "));
  EXPECT_FALSE(StrContains(md, "\n| 21 | "));
  EXPECT_TRUE(StrContains(md, "…and 5 more copies"));
  // Uncredited first.
  const size_t first = md.find("\n| 1 | ");
  EXPECT_TRUE(StrContains(md.substr(first, md.find('\n', first + 1) - first),
                          "**none**"));
}

TEST_F(MarkdownReportTest, ArticleTextIsEscaped) {
  Build(1);
  const std::string md = RenderMarkdown(in_);
  EXPECT_FALSE(StrContains(md, "<script")) << md;
  EXPECT_FALSE(StrContains(md, "javascript:")) << md;
  EXPECT_TRUE(StrContains(md, "Tin \\| số 0 &lt;script&gt;x()&lt;/script&gt;"))
      << md;
  EXPECT_TRUE(StrContains(md, "[Gốc](https://ttxvn.vn/goc)")) << md;
  // Every table row has the header's six cells: no pipe leaked.
  for (absl::string_view line : {md.substr(md.find("\n| 1 | ") + 1)}) {
    line = line.substr(0, line.find('\n'));
    int cells = 0;
    for (size_t i = 0; i < line.size(); ++i) {
      cells += line[i] == '|' && (i == 0 || line[i - 1] != '\\');
    }
    EXPECT_EQ(cells, 7) << line;
  }
}

}  // namespace
}  // namespace wirecheck
