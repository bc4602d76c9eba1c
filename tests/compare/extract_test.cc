// Table-driven extraction tests: testdata/compare/extract_cases_{vi,en}.tsv.
// Each line names a text, its publication time, the exact span of one claim
// and the normalised interval (plus unit class and role) it must yield, or
// "none" when no claim may touch that span.
#include "compare/extract.h"

#include <algorithm>
#include <cmath>
#include <string>
#include <vector>

#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "absl/strings/str_split.h"
#include "absl/types/optional.h"
#include "compare/frame.h"
#include "gtest/gtest.h"
#include "tests/compare/extract_fixture.h"
#include "tests/testing/test_files.h"

namespace wirecheck {
namespace {

struct Case {
  std::string lang, published, text, span, expected, unit_class, role;
  int line = 0;
};

std::vector<Case> LoadCases(const std::string& path) {
  std::vector<Case> out;
  int line_no = 0;
  for (absl::string_view line : absl::StrSplit(ReadFixture(path), '\n')) {
    ++line_no;
    if (line.empty() || line[0] == '#') continue;
    std::vector<std::string> f = absl::StrSplit(line, '\t');
    f.resize(7);
    out.push_back({f[0], f[1], f[2], f[3], f[4], f[5], f[6], line_no});
  }
  return out;
}

PublishedTime ParsePublished(const std::string& s) {
  std::vector<std::string> p = absl::StrSplit(s, '-');
  int y = 0, m = 0, d = 0;
  if (s == "-" || p.empty() || !absl::SimpleAtoi(p[0], &y)) return {};
  if (p.size() == 1) return PublishedTime::Year(y);
  absl::SimpleAtoi(p[1], &m);
  if (p.size() == 2) return PublishedTime::Month(y, m);
  absl::SimpleAtoi(p[2], &d);
  return PublishedTime::Day(y, m, d);
}

std::string Bound(double v) {
  if (std::isinf(v)) return v < 0 ? "-inf" : "inf";
  if (v == std::floor(v)) return absl::StrFormat("%.0f", v);
  return absl::StrFormat("%.10g", v);
}

// The compact notation of the case files.
std::string Compact(const Claim& c) {
  if (c.kind == ClaimKind::kDate) {
    if (c.from == c.to) return c.from.ToString();
    return absl::StrCat(c.from.ToString(), "..", c.to.ToString());
  }
  // "4-1", "12:10..12:50".
  if (c.kind == ClaimKind::kScore || c.kind == ClaimKind::kTime) {
    return DescribeValue(c);
  }
  return absl::StrCat(c.low_open || std::isinf(c.low) ? "(" : "[", Bound(c.low),
                      ",", Bound(c.high),
                      c.high_open || std::isinf(c.high) ? ")" : "]");
}

// The table's role column: the predicate, then " each" for a per-item
// amount and the modality when it is not a plain statement.
std::string RoleColumn(const Claim& c) {
  std::string out = c.role;
  if (c.per_item) absl::StrAppend(&out, out.empty() ? "" : " ", "each");
  if (c.modality != Modality::kStated) {
    absl::StrAppend(&out, out.empty() ? "" : " ", ModalityName(c.modality));
  }
  return out;
}

void RunCase(const Case& k) {
  SCOPED_TRACE(absl::StrCat("line ", k.line, ": ", k.text));
  std::vector<Claim> claims = ExtractAll(k.text, ParsePublished(k.published));
  size_t at = k.text.find(k.span);
  ASSERT_NE(at, std::string::npos) << "span not in text: " << k.span;
  Span want{static_cast<uint32_t>(at),
            static_cast<uint32_t>(at + k.span.size())};
  std::string seen;
  for (const Claim& c : claims) {
    absl::StrAppend(&seen, " [", c.span.Of(k.text), " = ", Compact(c), " ",
                    c.unit_class, "/", RoleColumn(c), "]");
  }
  if (k.expected == "none") {
    for (const Claim& c : claims) {
      EXPECT_FALSE(c.span.begin < want.end && want.begin < c.span.end)
          << "unexpected claim:" << seen;
    }
    return;
  }
  const Claim* found = nullptr;
  for (const Claim& c : claims) {
    if (c.span == want) found = &c;
  }
  ASSERT_NE(found, nullptr) << "no claim on \"" << k.span << "\"; got" << seen;
  EXPECT_EQ(found->doc, 3);
  EXPECT_TRUE(found->sentence.begin <= want.begin &&
              want.end <= found->sentence.end);
  EXPECT_EQ(absl::StrCat(Compact(*found), " ", found->unit_class, "/",
                         RoleColumn(*found)),
            absl::StrCat(k.expected, " ", k.unit_class, "/", k.role));
}

void PrintTo(const Case& c, std::ostream* os) {
  *os << c.lang << " line " << c.line << ": " << c.text;
}

class ExtractCaseTest : public ::testing::TestWithParam<Case> {};

TEST_P(ExtractCaseTest, MatchesTable) { RunCase(GetParam()); }

std::vector<Case> AllCases() {
  std::vector<Case> all = LoadCases("testdata/compare/extract_cases_vi.tsv");
  std::vector<Case> en = LoadCases("testdata/compare/extract_cases_en.tsv");
  all.insert(all.end(), en.begin(), en.end());
  return all;
}

INSTANTIATE_TEST_SUITE_P(Table, ExtractCaseTest,
                         ::testing::ValuesIn(AllCases()),
                         [](const ::testing::TestParamInfo<Case>& info) {
                           return absl::StrCat(info.param.lang, "_line",
                                               info.param.line);
                         });

TEST(ExtractTableSize, EnoughCasesPerLanguage) {
  int vi = 0, en = 0;
  for (const Case& c : AllCases()) (c.lang == "vi" ? vi : en)++;
  EXPECT_GE(vi, 150);
  EXPECT_GE(en, 100);
}

TEST(ExtractTest, OnlyBodySpansAreScanned) {
  std::string text =
      "Tin liên quan: 500 người chết. Vụ cháy làm 12 người chết.";
  size_t body_at = text.find("Vụ cháy");
  std::vector<Span> body = {
      Span{static_cast<uint32_t>(body_at), static_cast<uint32_t>(text.size())}};
  std::vector<Claim> claims =
      ExtractAll(text, PublishedTime::Day(2024, 6, 20), {}, body);
  ASSERT_EQ(claims.size(), 1u);
  EXPECT_EQ(claims[0].span.Of(text), "12 người chết");
  EXPECT_EQ(claims[0].sentence.Of(text), "Vụ cháy làm 12 người chết.");
}

// Names of the sentence, as the hashes claims keep.
bool Names(const Claim& c, const std::string& folded_word) {
  return std::binary_search(c.names.begin(), c.names.end(),
                            TermHash(folded_word));
}

TEST(ExtractTest, AgenciesTellTheStoryAndAreNotItsNames) {
  const std::string text =
      "LIMA (Reuters) - Theo TTXVN và AP, 21 người chết ở Lima.";
  std::vector<Claim> claims = ExtractAll(text, PublishedTime::Day(2024, 6, 20));
  ASSERT_FALSE(claims.empty());
  const Claim& c = claims.back();
  EXPECT_EQ(c.span.Of(text), "21 người chết");
  EXPECT_FALSE(Names(c, "reuters"));
  EXPECT_FALSE(Names(c, "ttxvn"));
  EXPECT_FALSE(Names(c, "ap"));
  EXPECT_TRUE(Names(c, "lima"));
}

TEST(ExtractTest, ShortAgencyNamesCountOnlyInCapitals) {
  const std::string text = "Ở xã Ap Bac, 21 người chết.";
  std::vector<Claim> claims = ExtractAll(text, PublishedTime::Day(2024, 6, 20));
  ASSERT_FALSE(claims.empty());
  EXPECT_TRUE(Names(claims.back(), "ap"));
  EXPECT_TRUE(Names(claims.back(), "bac"));
}

TEST(ExtractTest, GluedSentencesSplit) {
  std::string text =
      "Hôm qua có 3 người chết.Theo cảnh sát, 40 người bị thương.";
  std::vector<Claim> claims = ExtractAll(text, PublishedTime::Day(2024, 6, 20));
  ASSERT_EQ(claims.size(), 3u);
  EXPECT_EQ(claims[1].sentence.Of(text), "Hôm qua có 3 người chết.");
  EXPECT_EQ(claims[2].sentence.Of(text), "Theo cảnh sát, 40 người bị thương.");
}

TEST(ExtractTest, LanguageOptionDecidesSeparators) {
  std::string text = "10.000 people";
  ExtractOptions vi;
  vi.language = ExtractOptions::Language::kVietnamese;
  ExtractOptions en;
  en.language = ExtractOptions::Language::kEnglish;
  auto a = ExtractAll(text, {}, vi);
  auto b = ExtractAll(text, {}, en);
  ASSERT_EQ(a.size(), 1u);
  ASSERT_EQ(b.size(), 1u);
  EXPECT_EQ(a[0].value, 10000);
  EXPECT_EQ(b[0].value, 10);
}

TEST(ExtractTest, InvalidUtf8DoesNotBreakSpans) {
  std::string text = "Vụ cháy \xff\xfe làm 12 người chết.";
  auto claims = ExtractAll(text, PublishedTime::Day(2024, 6, 20));
  ASSERT_EQ(claims.size(), 1u);
  EXPECT_EQ(claims[0].span.Of(text), "12 người chết");
}

}  // namespace
}  // namespace wirecheck

namespace wirecheck {
namespace {

TEST(ExtractTest, OtherScriptsKeepValidSpans) {
  for (std::string text :
       {std::string(
            "北京时间2024年6月19日，普京抵达平壤。共有 10,000 名士兵。"),
        std::string("กรุงเทพฯ มีผู้เสียชีวิต 12 คน เมื่อวันที่ 19/6/2024"),
        std::string(
            "В Москве 12 человек погибли 19 июня. Ukraine: 40 injured."),
        std::string("\xF0\x9F\x98\x80 12 người chết \xE2\x80\x8B 19/6/2024")}) {
    std::vector<Claim> claims =
        ExtractAll(text, PublishedTime::Day(2024, 6, 20));
    for (const Claim& c : claims) {
      ASSERT_LE(c.span.end, text.size());
      ASSERT_LT(c.span.begin, c.span.end);
      EXPECT_TRUE(c.sentence.begin <= c.span.begin &&
                  c.span.end <= c.sentence.end);
      // Spans start and end on UTF-8 character boundaries.
      EXPECT_NE(static_cast<unsigned char>(text[c.span.begin]) & 0xC0, 0x80);
      if (c.span.end < text.size()) {
        EXPECT_NE(static_cast<unsigned char>(text[c.span.end]) & 0xC0, 0x80);
      }
    }
  }
}

// The claim whose words are exactly `span` in `text` (published 2013-10-22,
// the KTLAB period), or null.
absl::optional<Claim> ClaimWithSpan(const std::string& text,
                                    absl::string_view span) {
  for (const Claim& c : ExtractAll(text, PublishedTime::Day(2013, 10, 22))) {
    if (c.span.Of(text) == span) return c;
  }
  return absl::nullopt;
}

// Reporting periods: in the figure's clause (before, then after), else in a
// fronted opening clause; never from another clause's tail.
TEST(ExtractTest, ReportingPeriods) {
  struct Row {
    const char* text;
    const char* span;
    const char* period;
  };
  const Row rows[] = {
      {"Lợi nhuận sau thuế quý 3 của tập đoàn đạt 507 tỷ đồng.", "507 tỷ đồng",
       "Q3"},
      {"Trong chín tháng đầu năm, tập đoàn đạt 1.520 tỷ đồng lợi nhuận.",
       "1.520 tỷ đồng", "9M"},
      {"Doanh thu đạt 300 tỷ đồng trong 6 tháng đầu năm.", "300 tỷ đồng", "H1"},
      {"The group posted a third-quarter profit of $5 million.", "$5 million",
       "Q3"},
      {"Tập đoàn đạt 507 tỷ đồng, tăng so với quý 2.", "507 tỷ đồng", ""},
      {"Trận động đất làm 30 người chết.", "30 người chết", ""},
  };
  for (const Row& r : rows) {
    const absl::optional<Claim> found = ClaimWithSpan(r.text, r.span);
    ASSERT_TRUE(found.has_value()) << r.text;
    EXPECT_EQ(found->period, r.period) << r.text;
  }
}

// Measured goods: the word after a measure unit, "of" skipped; none after
// counted nouns or before a per-unit word.
TEST(ExtractTest, MeasuredGoods) {
  struct Row {
    const char* text;
    const char* span;
    const char* goods;
  };
  const Row rows[] = {
      {"Nga sẽ cung cấp 10 triệu tấn dầu mỗi năm.", "10 triệu tấn", "dầu"},
      {"Russia will supply 3 million tonnes of oil a year.", "3 million tonnes",
       "oil"},
      {"Nhận ít nhất là 3 triệu tấn mỗi năm.", "3 triệu tấn", ""},
      {"Lũ làm 12 người chết.", "12 người chết", ""},
  };
  for (const Row& r : rows) {
    const absl::optional<Claim> found = ClaimWithSpan(r.text, r.span);
    ASSERT_TRUE(found.has_value()) << r.text;
    EXPECT_EQ(found->goods, r.goods) << r.text;
  }
}

// The name a figure belongs to (folded): a capitalised name before it, not
// a capitalised function word that starts a sentence whose full stop the
// scrape lost.
TEST(ExtractTest, Subjects) {
  struct Row {
    const char* text;
    const char* span;
    const char* subject;
  };
  const Row rows[] = {
      {"Bị cáo Trần Ngọc Hiếu (16 tuổi) bị bắt.", "16 tuổi", "tran ngoc hieu"},
      {"Phạt 27 quái xế Trước đó trong đêm 18 và 19/9 họ đua xe.",
       "đêm 18 và 19/9", ""},
      {"Phạt 27 quái xế Trước đó ở Bình Dương có 12 người chết.",
       "12 người chết", "binh duong"},
  };
  for (const Row& r : rows) {
    const absl::optional<Claim> found = ClaimWithSpan(r.text, r.span);
    ASSERT_TRUE(found.has_value()) << r.text;
    EXPECT_EQ(found->subject, r.subject) << r.text;
  }
}

// A background cue moves a figure to an earlier event: opening the
// sentence, next to the figure, or capitalised after a lower-case word (a
// sentence whose full stop the scrape lost), but only for what follows it.
TEST(ExtractTest, BackgroundAnchors) {
  struct Row {
    const char* text;
    const char* span;
    bool background;
  };
  const Row rows[] = {
      {"Hồi tháng 2 vừa qua, một trận động đất mạnh 6,4 độ richter.",
       "6,4 độ richter", true},
      {"Tòa xử phúc thẩm lần 3 Trước đó, tháng 3.2016, tòa tuyên phạt bị "
       "cáo, tổng hợp hình phạt chung là 8 năm 6 tháng tù.",
       "8 năm 6 tháng", true},
      {"Tòa phạt bị cáo 8 năm 3 tháng tù lần 3 Trước đó, tòa đã xử.",
       "8 năm 3 tháng", false},
      {"Hồi đầu tháng 2, một trận động đất mạnh 6,4 độ richter.",
       "6,4 độ richter", true},
      {"Vào hồi 14h ngày 1/11, người dân phát hiện 1 thi thể.", "14h", false},
  };
  for (const Row& r : rows) {
    const absl::optional<Claim> found = ClaimWithSpan(r.text, r.span);
    ASSERT_TRUE(found.has_value()) << r.text;
    EXPECT_EQ(found->anchor.background, r.background) << r.text;
  }
}

}  // namespace
}  // namespace wirecheck
