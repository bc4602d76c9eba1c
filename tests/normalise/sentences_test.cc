#include "normalise/sentences.h"

#include <string>
#include <vector>

#include "gtest/gtest.h"
#include "normalise/lexer.h"

namespace wirecheck {
namespace {

// The text of each sentence SplitSentences finds in `text`.
std::vector<std::string> Sentences(const std::string& text) {
  std::vector<Lexeme> lx = LexAll(text);
  std::vector<std::string> out;
  for (const Sentence& s : SplitSentences(lx)) {
    out.push_back(std::string(s.span.Of(text)));
  }
  return out;
}

TEST(SentencesTest, FullStopBeforeACapitalSplits) {
  EXPECT_EQ(Sentences("Có 3 người chết. Theo cảnh sát, 40 người bị thương."),
            (std::vector<std::string>{"Có 3 người chết.",
                                      "Theo cảnh sát, 40 người bị thương."}));
}

TEST(SentencesTest, GluedSentencesAfterALowerCaseWordSplit) {
  EXPECT_EQ(Sentences("Có 3 người chết.Theo cảnh sát, 40 người bị thương."),
            (std::vector<std::string>{"Có 3 người chết.",
                                      "Theo cảnh sát, 40 người bị thương."}));
}

TEST(SentencesTest, InitialismGluedToANameDoesNotSplit) {
  const std::string road =
      "Khoảng 13 giờ 30 phút ngày 1/11 trên QL.1A đoạn qua phường Hiệp "
      "Bình Phước, xe tải cán một người.";
  EXPECT_EQ(Sentences(road), (std::vector<std::string>{road}));
  const std::string town = "Vụ cháy xảy ra ở TX.Sơn Tây lúc 9 giờ.";
  EXPECT_EQ(Sentences(town), (std::vector<std::string>{town}));
}

TEST(SentencesTest, InitialismEndingASentenceStillSplits) {
  EXPECT_EQ(Sentences("Anh làm việc ở Mỹ và VN. Sau đó anh về nước."),
            (std::vector<std::string>{"Anh làm việc ở Mỹ và VN.",
                                      "Sau đó anh về nước."}));
}

TEST(SentencesTest, AbbreviationsAndThousandsDoNotSplit) {
  EXPECT_EQ(
      Sentences("Mr. Smith paid 10.000 dollars. He left."),
      (std::vector<std::string>{"Mr. Smith paid 10.000 dollars.", "He left."}));
}

TEST(SentencesTest, LineBreakSplits) {
  EXPECT_EQ(Sentences("Tin nóng\nHà Nội mưa lớn"),
            (std::vector<std::string>{"Tin nóng", "Hà Nội mưa lớn"}));
}

}  // namespace
}  // namespace wirecheck
