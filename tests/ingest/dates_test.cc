#include "ingest/dates.h"

#include <string>

#include "gtest/gtest.h"

namespace wirecheck {
namespace {

struct DateCase {
  const char* name;
  std::string input;
  std::string iso;  // "" when no date is expected.
};

class FieldTest : public testing::TestWithParam<DateCase> {};

TEST_P(FieldTest, ParsesAtStatedGrain) {
  const DateCase& c = GetParam();
  PublishedTime t;
  const bool ok = ParseDateField(c.input, &t);
  EXPECT_EQ(ok, !c.iso.empty());
  EXPECT_EQ(t.ToIso(), c.iso);
}

INSTANTIATE_TEST_SUITE_P(
    Cases, FieldTest,
    testing::Values(
        DateCase{"year", "2024", "2024"},
        DateCase{"month", "2024-06", "2024-06"},
        DateCase{"day", "2024-06-19", "2024-06-19"},
        DateCase{"minute", "2013-10-23T11:39", "2013-10-23T11:39"},
        DateCase{"second", "2024-06-19T08:30:05", "2024-06-19T08:30:05"},
        DateCase{"space_separator", "2024-06-19 08:30", "2024-06-19T08:30"},
        DateCase{"zulu", "2024-06-19T08:30:00Z", "2024-06-19T08:30:00Z"},
        DateCase{"fraction_zulu", "2024-06-19T08:30:00.123Z",
                 "2024-06-19T08:30:00Z"},
        DateCase{"offset_to_utc", "2024-06-19T08:30:00+07:00",
                 "2024-06-19T01:30:00Z"},
        DateCase{"offset_crosses_day", "2024-06-19T02:00+07:00",
                 "2024-06-18T19:00Z"},
        DateCase{"gmt_plus_7", "13/05/2017 10:28 GMT+7", "2017-05-13T03:28Z"},
        DateCase{"utc_plus_0700", "2024-06-19 08:30 UTC+07:00",
                 "2024-06-19T01:30Z"},
        DateCase{"negative_offset", "2024-06-19T22:00:00-0500",
                 "2024-06-20T03:00:00Z"},
        DateCase{"padded", "  2010-07-02 ", "2010-07-02"},
        DateCase{"vn_slash", "15/09/2023 04:04", "2023-09-15T04:04"},
        DateCase{"reuters", "26-FEB-1987 15:18:06.67", "1987-02-26T15:18:06"},
        DateCase{"rfc822", "Wed, 19 Jun 2024 08:30:00 GMT",
                 "2024-06-19T08:30:00Z"},
        DateCase{"english", "June 19, 2024", "2024-06-19"},
        DateCase{"bad_month", "2024-13", ""},
        DateCase{"bad_day", "2023-02-29", ""},
        DateCase{"leap_day", "2024-02-29", "2024-02-29"},
        DateCase{"bad_hour", "2024-06-19T25:00", ""},
        DateCase{"garbage", "yesterday", ""},
        DateCase{"trailing_words", "2024-06-19 or so", ""},
        DateCase{"empty", "", ""}),
    [](const testing::TestParamInfo<DateCase>& info) {
      return info.param.name;
    });

class LineTest : public testing::TestWithParam<DateCase> {};

TEST_P(LineTest, FindsFirstDate) {
  std::pair<size_t, size_t> match{99, 99};
  const PublishedTime t = FindDateInLine(GetParam().input, &match);
  EXPECT_EQ(t.ToIso(), GetParam().iso);
  if (t.known()) {
    EXPECT_LT(match.first, match.second);
    EXPECT_LE(match.second, GetParam().input.size());
  } else {
    EXPECT_EQ(match.first, 99u);
  }
}

TEST(FindDateInLineTest, MatchSpansTheDate) {
  const std::string line = "Báo Quốc TếBáo Quốc Tế21/01/2024 08:15 xem";
  std::pair<size_t, size_t> match;
  ASSERT_TRUE(FindDateInLine(line, &match).known());
  EXPECT_EQ(line.substr(match.first, match.second - match.first),
            "21/01/2024 08:15");
}

INSTANTIATE_TEST_SUITE_P(
    Cases, LineTest,
    testing::Values(
        DateCase{"dmy_minute", "15/09/2023 04:04", "2023-09-15T04:04"},
        DateCase{"dmy_day", "Cập nhật 21/01/2024", "2024-01-21"},
        DateCase{"glued_outlet", "Báo Quốc TếBáo Quốc Tế21/01/2024",
                 "2024-01-21"},
        DateCase{"time_first", "07:55:30 28/06/2024", "2024-06-28T07:55:30"},
        DateCase{"dmy_comma_time", "Thứ tư, 19/06/2024, 08:30 (GMT+7)",
                 "2024-06-19T01:30Z"},
        DateCase{"paren_not_zone", "19/06/2024 08:30 (ảnh)",
                 "2024-06-19T08:30"},
        DateCase{"dmy_zone", "Thứ tư, 19/06/2024 08:30 GMT+7",
                 "2024-06-19T01:30Z"},
        DateCase{"month_grain", " date 2024-06 Photo : YONHAP News", "2024-06"},
        DateCase{"iso_day", "Posted 2024-06-19", "2024-06-19"},
        DateCase{"vietnamese_long", "Hà Nội, ngày 19 tháng 6 năm 2024",
                 "2024-06-19"},
        DateCase{"vietnamese_capital", "Ngày 5 tháng 12 năm 2023",
                 "2023-12-05"},
        DateCase{"vietnamese_time_first",
                 "Cập nhật 08:30 ngày 19 tháng 6 năm 2024", "2024-06-19T08:30"},
        DateCase{"vietnamese_time_after", "ngày 19 tháng 6 năm 2024 lúc 21:05",
                 "2024-06-19T21:05"},
        DateCase{"time_then_ngay_dmy", "08:30 ngày 19/06/2024",
                 "2024-06-19T08:30"},
        DateCase{"english_mdy_time", "June 19, 2024 10:30 AM",
                 "2024-06-19T10:30"},
        DateCase{"english_pm", "Published Jun. 19, 2024 at 1:05 pm",
                 "2024-06-19T13:05"},
        DateCase{"english_dmy", "19 June 2024", "2024-06-19"},
        DateCase{"no_year", "ngày 19/6", ""},
        DateCase{"not_a_date", "Số 12/34/5678", ""},
        DateCase{"inside_word", "ID x2024-06", ""},
        DateCase{"phone_like", "0912-345-678", ""},
        DateCase{"invalid_day", "31/02/2024", ""}),
    [](const testing::TestParamInfo<DateCase>& info) {
      return info.param.name;
    });

struct DatelineCase {
  const char* name;
  std::string line;
  bool dateline;
};

class DatelineTest : public testing::TestWithParam<DatelineCase> {};

TEST_P(DatelineTest, MostlyADate) {
  EXPECT_EQ(IsDateline(GetParam().line), GetParam().dateline);
}

INSTANTIATE_TEST_SUITE_P(
    Cases, DatelineTest,
    testing::Values(
        DatelineCase{"bare", "15/09/2023 04:04", true},
        DatelineCase{"photo_credit", " date 2024-06 Photo : YONHAP News", true},
        DatelineCase{"glued_outlet", "Báo Quốc TếBáo Quốc Tế21/01/2024", true},
        DatelineCase{"weekday_zone", "Thứ tư, 19/06/2024, 08:30 (GMT+7)", true},
        DatelineCase{"vietnamese_long",
                     "Cập nhật lúc 08:30 ngày 19 tháng 6 năm 2024", true},
        DatelineCase{
            "sentence",
            "Vụ tai nạn hy hữu xảy ra vào khoảng 21h tối 5-2-2017, tại "
            "cầu Nhật Tân, quận Tây Hồ, Hà Nội.",
            false},
        DatelineCase{"headline",
                     "Thời tiết hôm nay 7/2/2017: Không khí lạnh tăng cường",
                     false},
        DatelineCase{"no_date", "Tin tức", false},
        DatelineCase{"broken_sentence", "Ngày 9.11.2010,", false},
        DatelineCase{"too_long", "19/06/2024 " + std::string(200, 'x'), false}),
    [](const testing::TestParamInfo<DatelineCase>& info) {
      return info.param.name;
    });

TEST(InferPublishedTest, SentenceWithDateIsNotADateline) {
  EXPECT_FALSE(InferPublishedFromText(
                   "Vụ tai nạn hy hữu xảy ra vào khoảng 21h tối 5-2-2017, tại "
                   "cầu Nhật Tân, quận Tây Hồ, Hà Nội.\nSáng 6-2, ...")
                   .known());
}

TEST(InferPublishedTest, TakesHeaderDateLineNotBodyDates) {
  const std::string text =
      "Tin tức\n\nTiêu đề bài\n\nĐoạn dẫn dài nói về sự kiện ngày 13/9/2023 "
      "tại sân bay vũ trụ Vostochny, với rất nhiều chữ để dòng này dài hơn một "
      "dòng ngày tháng thông thường, đủ để bị coi là văn xuôi.\n\n"
      "15/09/2023 04:04\n\nThân bài.";
  EXPECT_EQ(InferPublishedFromText(text).ToIso(), "2023-09-15T04:04");
}

TEST(InferPublishedTest, IgnoresDatesBelowTheHeader) {
  std::string text = "Tiêu đề\n\n";
  for (int i = 0; i < 20; ++i)
    text += "Đoạn văn số " + std::to_string(i) + ".\n";
  text += "ngày 19 tháng 6 năm 2024\n07:55:30 28/06/2024\n";
  EXPECT_FALSE(InferPublishedFromText(text).known());
}

TEST(InferPublishedTest, IgnoresDatesAfterFirst1500Bytes) {
  std::string text = "Tiêu đề\n" + std::string(1600, 'x') + "\n21/01/2024\n";
  EXPECT_FALSE(InferPublishedFromText(text).known());
}

}  // namespace
}  // namespace wirecheck
