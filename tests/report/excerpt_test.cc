#include "report/excerpt.h"

#include <string>

#include "gtest/gtest.h"

namespace wirecheck {
namespace {

TEST(ExcerptTest, ShortSpanIsWholeAndOnOneLine) {
  const std::string text = "Tin tức\n\nNgày 19/6,  hai   bên hội đàm.";
  EXPECT_EQ(Excerpt(text, Span{0, static_cast<uint32_t>(text.size())}, 100),
            "Tin tức ¶ Ngày 19/6, hai bên hội đàm.");
}

TEST(ExcerptTest, LongSpanIsCutAtASpaceWithEllipsis) {
  const std::string text =
      "Chủ tịch Kim Jong-un và Tổng thống Nga Vladimir Putin đã có cuộc hội "
      "đàm";
  const std::string e =
      Excerpt(text, Span{0, static_cast<uint32_t>(text.size())}, 40);
  EXPECT_EQ(e, "Chủ tịch Kim Jong-un và Tổng…");
}

TEST(ExcerptTest, NeverSplitsAUtf8Sequence) {
  const std::string text = "ĐĐĐĐĐĐĐĐĐĐ";  // Two bytes each, no spaces.
  for (size_t max = 1; max < 12; ++max) {
    const std::string e = Excerpt(text, Span{0, 20}, max);
    const std::string body = e.substr(0, e.size() - std::string("…").size());
    EXPECT_EQ(body.size() % 2, 0u) << max;
  }
}

TEST(ExcerptTest, HighlightMarksTheValueInItsSentence) {
  const std::string text = "Bình Nhưỡng triển khai hơn 10.000 binh lính.";
  const size_t at = text.find("hơn");
  const Span mark{static_cast<uint32_t>(at),
                  static_cast<uint32_t>(text.find(" binh"))};
  EXPECT_EQ(Highlight(text, Span{0, static_cast<uint32_t>(text.size())}, mark,
                      "[", "]", 200),
            "Bình Nhưỡng triển khai [hơn 10.000] binh lính.");
}

TEST(ExcerptTest, HighlightTrimsBothSidesOfALongSentence) {
  std::string text;
  for (int i = 0; i < 30; ++i) text += "trước ";
  const uint32_t b = text.size();
  text += "19/6";
  const uint32_t e = text.size();
  for (int i = 0; i < 30; ++i) text += " sau";
  const std::string h =
      Highlight(text, Span{0, static_cast<uint32_t>(text.size())}, Span{b, e},
                "«", "»", 60);
  EXPECT_EQ(h.rfind("…", 0), 0u);
  EXPECT_NE(h.find("«19/6»"), std::string::npos);
  EXPECT_EQ(h.substr(h.size() - 3), "…");
  EXPECT_LT(h.size(), 90u);
}

}  // namespace
}  // namespace wirecheck
