#include "normalise/boilerplate.h"

#include <algorithm>
#include <string>
#include <vector>

#include "absl/strings/match.h"
#include "gtest/gtest.h"
#include "ingest/html.h"
#include "tests/normalise/boilerplate_scoring.h"
#include "tests/normalise/test_files.h"

namespace wirecheck {
namespace {

int LineCount(const std::string& text) {
  int n = 1;
  for (char c : text) n += c == '\n';
  return n;
}

// Body spans sorted, disjoint, non-empty; removed spans fill the rest.
void ExpectPartition(const std::string& text, const Document& doc) {
  std::vector<std::pair<Span, bool>> all;
  for (const Span& s : doc.body) {
    EXPECT_FALSE(s.empty());
    all.push_back({s, true});
  }
  for (const RemovedSpan& r : doc.removed) {
    EXPECT_FALSE(r.span.empty());
    EXPECT_FALSE(r.reason.empty());
    all.push_back({r.span, false});
  }
  std::sort(all.begin(), all.end(),
            [](const auto& a, const auto& b) { return a.first < b.first; });
  uint32_t cursor = 0;
  for (const auto& [span, body] : all) {
    EXPECT_EQ(span.begin, cursor);
    cursor = span.end;
  }
  EXPECT_EQ(cursor, text.size());
}

TEST(BoilerplateTest, LabelledSamplesAndSyntheticScrapes) {
  const std::vector<LabelRow> rows =
      ParseLabels(ReadTestFile("boilerplate_labels.tsv"));
  CharScore total;
  int files = 0;
  for (const LabelRow& row : rows) {
    if (row.id_field != "-") continue;  // Corpus rows: boilerplate_eval.
    SCOPED_TRACE(row.source);
    const std::string text = ReadTestFile(row.source);
    ASSERT_FALSE(text.empty());
    Document doc = RemoveBoilerplate(text, "", nullptr, BoilerplateOptions());
    ExpectPartition(text, doc);
    CharScore score =
        ScoreDocument(text, ParseLineSet(row.body_lines, LineCount(text)), doc);
    // Every labelled file on its own keeps most of its body.
    EXPECT_GE(score.BodyKept(), 0.9);
    total.Add(score);
    ++files;
  }
  EXPECT_EQ(files, 10);  // 5 samples, 2 synthetic, 3 held-out scrapes.
  EXPECT_GE(total.BodyKept(), 0.95);
  EXPECT_GE(total.JunkRemoved(), 0.9);
}

// The pages written for issue 11 (testdata/normalise/html), scored on the
// text the extractor gives, alone and with the spans that were link text.
TEST(BoilerplateTest, LabelledHtmlPagesKeepTheirBody) {
  absl::StatusOr<std::vector<SpanLabelRow>> rows =
      ParseSpanLabels(ReadTestFile("boilerplate_spans.tsv"));
  ASSERT_TRUE(rows.ok()) << rows.status();
  CharScore text_only, with_links;
  int pages = 0;
  for (const SpanLabelRow& row : *rows) {
    if (!absl::StartsWith(row.source, "html/")) continue;
    SCOPED_TRACE(row.source);
    const HtmlPage page = ExtractHtml(ReadTestFile(row.source));
    const std::string& text = page.text;
    // The spans index the extracted text: a changed extractor must fail
    // here, not score shifted spans.
    ASSERT_EQ(Fnv1a64Hex(text), row.text_hash);
    const Document plain =
        RemoveBoilerplate(text, "", nullptr, BoilerplateOptions());
    ExpectPartition(text, plain);
    TextLayout layout;
    layout.links = page.links;
    const Document linked =
        RemoveBoilerplate(text, "", nullptr, BoilerplateOptions(), layout);
    ExpectPartition(text, linked);
    const CharScore score = ScoreSpans(text, row.body, plain);
    EXPECT_GE(score.BodyKept(), 0.95);
    text_only.Add(score);
    with_links.Add(ScoreSpans(text, row.body, linked));
    ++pages;
  }
  EXPECT_EQ(pages, 12);
  EXPECT_GE(text_only.BodyKept(), 0.995);
  EXPECT_GE(with_links.BodyKept(), 0.995);
  EXPECT_GE(text_only.JunkRemoved(), 0.9);
  EXPECT_GE(with_links.JunkRemoved(), 0.95);
}

// Lines that carry facts stay, however short and however many: a price
// list between paragraphs, a list a line ending in ':' introduces, a table
// written as lines.
TEST(BoilerplateTest, ListsOfFactsAreBody) {
  const std::vector<std::string> lists[] = {
      {"Xăng E5RON92: không cao hơn 25.073 đồng/lít;",
       "Xăng RON95-III: không cao hơn 26.070 đồng/lít;",
       "Dầu diesel 0.05S: không cao hơn 22.575 đồng/lít;",
       "Dầu hỏa: không cao hơn 21.545 đồng/lít."},
      {"Danh sách cụ thể:", "Thủ môn: Văn Lâm, Tiến Dũng, Nguyên Mạnh",
       "Hậu vệ: Duy Mạnh, Ngọc Hải, Thành Chung, Văn Hậu",
       "Tiền vệ: Hùng Dũng, Quang Hải, Tuấn Anh"},
      {"Loại vàng Mua vào Bán ra", "SJC Hà Nội 68,50 70,22",
       "DOJI Hà Nội 68,40 70,10", "PNJ 68,45 70,15"},
  };
  const std::string before =
      "Liên Bộ Công Thương - Tài chính vừa công bố giá bán lẻ các mặt hàng "
      "xăng dầu áp dụng từ 15h chiều nay như sau.";
  const std::string after =
      "Kỳ này, liên Bộ không trích lập và không chi sử dụng Quỹ bình ổn giá "
      "đối với các mặt hàng xăng dầu.";
  for (const auto& list : lists) {
    std::string text = before + "\n";
    for (const std::string& line : list) text += line + "\n";
    text += after + "\n";
    SCOPED_TRACE(text);
    for (const LineVerdict& v :
         ClassifyLines(text, "", nullptr, BoilerplateOptions())) {
      EXPECT_TRUE(v.body) << v.span.Of(text) << ": " << v.reason;
    }
  }
}

// A story written one short sentence per paragraph is all body.
TEST(BoilerplateTest, OneSentenceParagraphsAreBody) {
  const std::string text =
      "Tai nạn xảy ra lúc 5h sáng nay.\n\n"
      "Khi đến km 115, xe bất ngờ mất lái.\n\n"
      "Xe tông vào dải phân cách.\n\n"
      "12 hành khách bị thương.\n\n"
      "Neither was hurt.\n\n"
      "Các nạn nhân được chuyển đến bệnh viện.\n";
  for (const LineVerdict& v :
       ClassifyLines(text, "", nullptr, BoilerplateOptions())) {
    EXPECT_TRUE(v.body) << v.span.Of(text) << ": " << v.reason;
  }
}

// Titles of other stories that end in their own times are links even when
// they carry figures; a box of links under its heading inside the story
// does not cut off the paragraphs after it.
TEST(BoilerplateTest, LinkListsAreRemovedAndTheStoryAfterABoxStays) {
  const std::string p1 =
      "Giá lợn hơi tại nhiều tỉnh phía Bắc đã lên 56.000 đồng/kg, tăng 8.000 "
      "đồng so với tuần trước, do nhu cầu mua sắm Tết tăng.";
  const std::string p2 =
      "Theo Cục Chăn nuôi, tổng đàn lợn cả nước hiện khoảng 28 triệu con.";
  const std::string text = p1 +
                           "\nTin liên quan\n"
                           "Giá lợn hơi hôm nay 12/1: tăng 2.000 đồng/kg\n"
                           "Nhập khẩu thịt lợn năm 2021 đạt 150.000 tấn\n" +
                           p2 +
                           "\nGiá cà phê tăng 300 đồng/kg 13/01/2022 08:00\n"
                           "Giá tiêu đi ngang ở mức 82.000 đồng/kg 13/01/2022 "
                           "07:30\n";
  std::vector<LineVerdict> v =
      ClassifyLines(text, "", nullptr, BoilerplateOptions());
  ASSERT_EQ(v.size(), 7u);
  EXPECT_TRUE(v[0].body);
  EXPECT_EQ(v[1].reason, "reader prompt or menu");
  EXPECT_EQ(v[2].reason, "link list");
  EXPECT_EQ(v[3].reason, "link list");
  EXPECT_TRUE(v[4].body);
  EXPECT_EQ(v[5].reason, "link list");
  EXPECT_EQ(v[6].reason, "link list");
}

// With the page's link markup, a box of links that reads like facts is
// removed; without it, the text alone keeps it (removing a fact loses a
// claim, keeping a link costs little).
TEST(BoilerplateTest, LinkMarkupDecidesFactLikeLinks) {
  const std::string p1 =
      "Giá vàng miếng trong nước sáng nay tăng mạnh theo giá thế giới, có "
      "lúc vượt 70 triệu đồng mỗi lượng.";
  const std::string link = "Giá vàng hôm nay 11/3: giảm 500.000 đồng";
  const std::string p2 =
      "Các chuyên gia cho rằng giá vàng biến động mạnh do căng thẳng địa "
      "chính trị trong tuần qua.";
  const std::string text = p1 + "\n" + link + "\n" + p2 + "\n";
  const uint32_t b = static_cast<uint32_t>(p1.size() + 1);
  TextLayout layout;
  layout.links.push_back({b, b + static_cast<uint32_t>(link.size())});
  EXPECT_TRUE(ClassifyLines(text, "", nullptr, BoilerplateOptions())[1].body);
  const std::vector<LineVerdict> linked =
      ClassifyLines(text, "", nullptr, BoilerplateOptions(), layout);
  EXPECT_FALSE(linked[1].body);
  EXPECT_EQ(linked[1].reason, "link list");
  EXPECT_TRUE(linked[2].body);
}

// The first paragraph stays unless it shows it is navigation: a lead that
// a date and a byline separate from the body, and a lead given as a field
// whatever it looks like.
TEST(BoilerplateTest, LeadsAreKept) {
  const std::string title = "Nghị định mới về xử phạt trong lĩnh vực điện lực";
  const std::string lead =
      "Chính phủ vừa ban hành Nghị định số 48/2022/NĐ-CP sửa đổi một số "
      "điều về xử phạt.";
  const std::string body =
      "Theo Nghị định, mức phạt tiền tối đa trong lĩnh vực điện lực là 100 "
      "triệu đồng đối với cá nhân và 200 triệu đồng đối với tổ chức.";
  const std::string text = "Trang chủ | Văn bản mới | Chính sách\n" + title +
                           "\n" + lead +
                           "\nCập nhật: 08:30 | 26/07/2022\n"
                           "Ảnh: Bộ Công Thương\n"
                           "Chia sẻ\n"
                           "Theo dõi chúng tôi trên\n" +
                           body + "\n";
  std::vector<LineVerdict> v =
      ClassifyLines(text, "", nullptr, BoilerplateOptions());
  ASSERT_EQ(v.size(), 8u);
  EXPECT_FALSE(v[0].body);
  EXPECT_TRUE(v[1].body);
  EXPECT_TRUE(v[2].body);
  EXPECT_FALSE(v[3].body);
  EXPECT_FALSE(v[4].body);
  EXPECT_FALSE(v[5].body);
  EXPECT_FALSE(v[6].body);
  EXPECT_TRUE(v[7].body);

  // A lead field of two words, ahead of a link list: still the lead.
  const std::string given = "Chính phủ";
  const std::string with_field =
      given + "\n\nTin mới\nA b c d e\nF g h i k\n" + body + "\n";
  TextLayout layout;
  layout.lead = {0, static_cast<uint32_t>(given.size())};
  EXPECT_TRUE(
      ClassifyLines(with_field, "", nullptr, BoilerplateOptions(), layout)[0]
          .body);
}

TEST(BoilerplateTest, ReasonsNameTheSignal) {
  const std::string text = ReadTestFile("synthetic/en_related.txt");
  std::vector<LineVerdict> verdicts =
      ClassifyLines(text, "", nullptr, BoilerplateOptions());
  auto reason_of = [&](absl::string_view prefix) -> std::string {
    for (const LineVerdict& v : verdicts) {
      if (absl::StartsWith(v.span.Of(text), prefix)) return v.reason;
    }
    return "missing";
  };
  EXPECT_EQ(reason_of("Photo: Reuters"), "photo credit");
  EXPECT_EQ(reason_of("June 19, 2024"), "timestamp line");
  EXPECT_EQ(reason_of("Comments (0)"), "reader prompt or menu");
  EXPECT_EQ(reason_of("Harbour authority approves"), "");
  EXPECT_EQ(reason_of("Port workers vote"), "link list");
}

TEST(BoilerplateTest, RepeatedLinesOfAnOutletAreRemoved) {
  const std::string footer = "Read our latest coverage of the port works";
  const std::string body =
      "The council approved the budget on Monday after a long debate, "
      "officials said in a statement.";
  LineStats stats;
  for (int i = 0; i < 4; ++i) {
    stats.Add("example.com",
              body + " Item " + std::to_string(i) + ".\n" + footer + "\n");
  }
  EXPECT_EQ(stats.Articles("example.com"), 4);
  EXPECT_EQ(stats.Count("example.com", footer), 4);
  EXPECT_EQ(stats.Count("other.com", footer), 0);
  const std::string text = body + "\n" + footer + "\n";
  std::vector<LineVerdict> v =
      ClassifyLines(text, "example.com", &stats, BoilerplateOptions());
  ASSERT_EQ(v.size(), 2u);
  EXPECT_TRUE(v[0].body);
  EXPECT_FALSE(v[1].body);
  EXPECT_EQ(v[1].reason, "repeated in the outlet's articles");
}

TEST(BoilerplateTest, LineCountsOfShardsAddUpToTheWholeBatch) {
  const std::string footer = "Read our latest coverage of the port works";
  const std::string texts[] = {"A story.\n" + footer, "B story.\n" + footer,
                               "C story.\n" + footer + "\n" + footer};
  LineStats whole, shard_a, shard_b;
  for (const std::string& t : texts) whole.Add("example.com", t);
  shard_a.Add("example.com", texts[0]);
  for (int i = 1; i < 3; ++i) shard_b.Add("example.com", texts[i]);
  LineStats merged;
  for (const LineStats* s : {&shard_a, &shard_b}) {
    for (const auto& [key, n] : s->LineCounts()) merged.AddLineCount(key, n);
  }
  EXPECT_EQ(merged.LineCounts(), whole.LineCounts());
  EXPECT_EQ(merged.Count("example.com", footer), 3);
  EXPECT_EQ(merged.Count("example.com", "B story."), 1);
  EXPECT_EQ(merged.Count("other.com", footer), 0);
}

TEST(BoilerplateTest, SharedParagraphsOfUnknownOutletsStay) {
  // Wire copies share whole paragraphs; repetition must not remove them.
  const std::string paragraph =
      "Ukraine received a loan of 2.2 billion dollars from the fund on "
      "Friday, the fund said in a statement.";
  LineStats stats;
  for (int i = 0; i < 5; ++i) stats.Add("", paragraph + "\n");
  std::vector<LineVerdict> v =
      ClassifyLines(paragraph, "", &stats, BoilerplateOptions());
  ASSERT_EQ(v.size(), 1u);
  EXPECT_TRUE(v[0].body);
}

TEST(BoilerplateTest, HardWrappedWireCopyIsBody) {
  const std::string text =
      "Ohio Mattress Co said its first\n"
      "quarter, ending February 28, profits may be below the 2.4 mln\n"
      "dlrs, or 15 cts a share, earned in the first quarter of fiscal\n"
      "1986.\n"
      " Reuter\n";
  Document doc = RemoveBoilerplate(text, "", nullptr, BoilerplateOptions());
  ASSERT_EQ(doc.body.size(), 1u);
  EXPECT_EQ(doc.body[0].begin, 0u);
  EXPECT_TRUE(absl::EndsWith(doc.body[0].Of(text), "1986."));
}

// The headline is kept when a byline and a date stand between it and the
// first paragraph, but neither of those is.
TEST(BoilerplateTest, HeadlineAboveBylineAndDateIsKept) {
  const std::string headline = "Port workers vote to end the long strike";
  const std::string text =
      "Home | World | Business\n" + headline +
      "\nBy Jane Doe and John Roe\nJune 19, 2024 8:30 AM Updated 2 hours ago\n"
      "ROTTERDAM (Reuters) - Dock workers voted on Wednesday to end a strike "
      "that had halted most container traffic in the port for two weeks, the "
      "union said, after the employers raised their wage offer.\n\n"
      "The agreement still needs the approval of the union's members in a "
      "second vote, which is expected to be held early next month.\n";
  Document doc = RemoveBoilerplate(text, "", nullptr, BoilerplateOptions());
  ExpectPartition(text, doc);
  ASSERT_FALSE(doc.body.empty());
  EXPECT_EQ(doc.body[0].Of(text), headline);
  for (const Span& s : doc.body) {
    EXPECT_EQ(s.Of(text).find("By Jane"), absl::string_view::npos);
    EXPECT_EQ(s.Of(text).find("Updated"), absl::string_view::npos);
  }
}

// A caption under a wire photo ends in the agency's credit; body text that
// names the agency is not a caption.
TEST(BoilerplateTest, WirePhotoCaptionsAreCredits) {
  const std::string caption =
      "Russian President Vladimir Putin and North Korean leader Kim Jong Un "
      "attend a signing ceremony in Pyongyang, June 19, 2024. "
      "Sputnik/Kristina Kormilitsyna/Pool via REUTERS";
  const std::string prose =
      "The two leaders signed the treaty after talks that lasted about two "
      "hours, Reuters reported, citing Russian state media and officials.";
  const std::string cited =
      "Theo AFP/TTXVN, hai nhà lãnh đạo đã có cuộc hội đàm kéo dài hơn hai "
      "giờ tại Bình Nhưỡng và nhất trí tăng cường hợp tác trong nhiều lĩnh "
      "vực.";
  const std::string text =
      prose + "\n\n" + caption + "\n\n" + cited + "\n\n" + prose + "\n";
  std::vector<LineVerdict> verdicts =
      ClassifyLines(text, "", nullptr, BoilerplateOptions());
  int captions = 0;
  for (const LineVerdict& v : verdicts) {
    if (v.span.Of(text) == caption) {
      EXPECT_FALSE(v.body);
      ++captions;
    } else if (v.span.Of(text) == prose || v.span.Of(text) == cited) {
      EXPECT_TRUE(v.body) << v.span.Of(text);
    }
  }
  EXPECT_EQ(captions, 1);
}

// Wire copy wrapped at 60 columns continues on capitalised lines too; its
// paragraphs are indented.
TEST(BoilerplateTest, HardWrappedContinuationsMayBeCapitalised) {
  const std::string text =
      "Penril Corp said it is seeking to\n"
      "sell its Triplett Electrical Instrument Corp subsidiary in\n"
      "Bluffton, Ohio, and is in talks with several prospective\n"
      "buyers about the unit, which had sales of 12 mln dlrs.\n"
      "    The company said the sale is part of a plan to focus on\n"
      "\"Data communications equipment, where margins are higher,\"\n"
      "Penril said in a statement issued on Friday afternoon.\n"
      " Reuter\n";
  Document doc = RemoveBoilerplate(text, "", nullptr, BoilerplateOptions());
  ExpectPartition(text, doc);
  ASSERT_FALSE(doc.body.empty());
  EXPECT_EQ(doc.body.front().begin, 0u);
  EXPECT_TRUE(absl::EndsWith(doc.body.back().Of(text), "Friday afternoon."));
}

// A table glued into one long line is body, not a line after the body.
TEST(BoilerplateTest, ALongLineThatIsNoParagraphIsBody) {
  const std::string lead =
      "Tổng công ty Điện lực Hà Nội thông báo lịch tạm ngừng cung cấp điện "
      "để bảo dưỡng lưới điện trong ngày mai.";
  std::string table = "Chi tiết lịch cắt điện Hà Nội ngày 27/5/2017: STT Quận";
  for (int i = 1; i <= 12; ++i) {
    table += " " + std::to_string(i) + " Hoàn Kiếm 07:00 12:00 Bông Nhuộm";
  }
  const std::string text = lead + "\n" + table;
  for (const LineVerdict& v :
       ClassifyLines(text, "", nullptr, BoilerplateOptions())) {
    EXPECT_TRUE(v.body) << v.span.Of(text) << ": " << v.reason;
  }
}

// Title-like lines between paragraphs, with no heading, time or link
// markup, are the story's own: live commentary cut before its stops.
TEST(BoilerplateTest, TitleLikeLinesInsideTheStoryAreBody) {
  const std::string p =
      "Sau tình huống phá bóng không an toàn của hàng thủ, Bolasie đã rất "
      "nhanh chân bắt vô lê đưa bóng đi tầm thấp hướng vào góc phải.";
  const std::string text =
      p +
      "\nTuy nhiên, De Gea đã đổ người rất nhanh để "
      "đẩy bóng ra ngoài\n"
      "Hiệp phụ thứ nhất\n"
      "Hết giờ, hai đội phải tiến hành thi đấu hiệp phụ\n" +
      p + "\n";
  for (const LineVerdict& v :
       ClassifyLines(text, "", nullptr, BoilerplateOptions())) {
    EXPECT_TRUE(v.body) << v.span.Of(text) << ": " << v.reason;
  }
}

TEST(BoilerplateTest, TextWithoutParagraphsKeepsItsLines) {
  for (const std::string text :
       {"Short note\nAnother short line", "Nội dung bài một.\nDòng hai.",
        "TTO - Đoạn dẫn.\n\nThân bài."}) {
    Document doc = RemoveBoilerplate(text, "", nullptr, BoilerplateOptions());
    ExpectPartition(text, doc);
    ASSERT_EQ(doc.body.size(), 1u) << text;
    EXPECT_EQ(doc.body[0].Of(text), text);
  }
}

TEST(BoilerplateTest, EmptyText) {
  Document doc = RemoveBoilerplate("", "", nullptr, BoilerplateOptions());
  EXPECT_TRUE(doc.body.empty());
  EXPECT_TRUE(doc.removed.empty());
}

}  // namespace
}  // namespace wirecheck
