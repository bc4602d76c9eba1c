#include "normalise/boilerplate.h"

#include <algorithm>
#include <string>
#include <vector>

#include "absl/strings/match.h"
#include "gtest/gtest.h"
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

TEST(BoilerplateTest, TextWithoutParagraphsKeepsItsLines) {
  const std::string text = "Short note\nAnother short line";
  Document doc = RemoveBoilerplate(text, "", nullptr, BoilerplateOptions());
  ExpectPartition(text, doc);
  ASSERT_EQ(doc.body.size(), 1u);
  EXPECT_EQ(doc.body[0].Of(text), text);
}

TEST(BoilerplateTest, EmptyText) {
  Document doc = RemoveBoilerplate("", "", nullptr, BoilerplateOptions());
  EXPECT_TRUE(doc.body.empty());
  EXPECT_TRUE(doc.removed.empty());
}

}  // namespace
}  // namespace wirecheck
