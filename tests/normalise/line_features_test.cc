#include "normalise/line_features.h"

#include <string>
#include <vector>

#include "gtest/gtest.h"

namespace wirecheck {
namespace internal {
namespace {

LineFeatures Of(const std::string& line) {
  return ComputeLineFeatures(line, {0, static_cast<uint32_t>(line.size())});
}

// Button labels are prompts; headlines and list introductions that use the
// same verbs are not.
// Every line between newlines, empty ones and the last one included,
// against a byte-at-a-time reference.
TEST(LineFeaturesTest, SplitLinesCutsAtEveryNewline) {
  const std::vector<std::string> texts = {
      "",        "\n",
      "one",     "one\n",
      "\none",   "a\n\nb\n",
      "x\ny\nz", std::string(300, 'w') + "\n" + std::string(70, 'v') + "\n\n"};
  for (const std::string& text : texts) {
    std::vector<Span> expected;
    uint32_t start = 0;
    for (uint32_t i = 0; i <= text.size(); ++i) {
      if (i == text.size() || text[i] == '\n') {
        expected.push_back({start, i});
        start = i + 1;
      }
    }
    const std::vector<Span> lines = SplitLines(text);
    ASSERT_EQ(lines.size(), expected.size()) << text;
    for (size_t i = 0; i < lines.size(); ++i) {
      EXPECT_EQ(lines[i].begin, expected[i].begin) << text << " line " << i;
      EXPECT_EQ(lines[i].end, expected[i].end) << text << " line " << i;
    }
  }
}

TEST(LineFeaturesTest, UiVerbsLabelOnlyShortLinesTheyStart) {
  struct Case {
    const char* line;
    bool prompt;
  } cases[] = {
      {"Chia sẻ", true},
      {"Chia sẻ Facebook Zalo Sao chép link", true},
      {"Theo dõi VGT trên", true},
      {"Video đang HOT", true},
      {"Share on Facebook", true},
      {"Leave a comment", true},
      {"Cách đăng ký tài khoản định danh điện tử mức 2", false},
      {"Các bước đăng ký:", false},
      {"Ca khúc nghe trực tuyến nhiều nhất (Video): Silento, Watch Me", false},
      {"Following the exchange there will be 4,969,643 shares of", false},
  };
  for (const Case& c : cases) {
    EXPECT_EQ(Of(c.line).prompt, c.prompt) << c.line;
  }
}

TEST(LineFeaturesTest, RelatedHeadingsAreMarked) {
  EXPECT_TRUE(Of("Tin liên quan").related);
  EXPECT_TRUE(Of("Bài viết liên quan").related);
  EXPECT_TRUE(Of("Xem thêm:").related);
  EXPECT_TRUE(Of("Most popular").related);
  EXPECT_TRUE(Of("Tin liên quan").prompt);
  EXPECT_FALSE(Of("Bình luận (0)").related);
  // "thông tin khác" holds "tin khác" but introduces facts.
  EXPECT_FALSE(
      Of("Một số thông tin khác về đường hầm dài nhất thế giới:").related);
  EXPECT_TRUE(Of("Bình luận (0)").prompt);
}

TEST(LineFeaturesTest, CreditsOpenOrCloseACaption) {
  EXPECT_TRUE(
      Of("Lễ khởi công tuyến đường sắt đô thị số 5. Ảnh: Gia Huy").credit);
  EXPECT_TRUE(Of("Ảnh: Telegraph Taliban xác nhận thủ lĩnh Mullah Akhtar "
                 "Mansour bị máy bay không người lái Mỹ tiêu diệt.")
                  .credit);
  EXPECT_TRUE(Of("Photo: Reuters").credit);
  EXPECT_FALSE(Of("Vào ngày 9-6, Quốc hội Nhật Bản đã chính thức thông qua "
                  "đạo luật cho phép Nhật hoàng Akihito (ảnh), 83 tuổi, được "
                  "thoái vị và nhường ngôi cho con trai.")
                   .credit);
}

TEST(LineFeaturesTest, LegalFootersAreMarkedThoughTheyReadAsSentences) {
  EXPECT_TRUE(Of("© 2022 Pháp luật Hôm nay. Ghi rõ nguồn khi phát hành lại "
                 "thông tin từ website này.")
                  .footer);
  EXPECT_TRUE(Of("Harbour Daily. All rights reserved.").footer);
  EXPECT_FALSE(
      Of("Bộ Công an cho biết cả nước đã cấp hơn 4 triệu tài khoản.").footer);
}

TEST(LineFeaturesTest, QuestionsToTheReaderArePrompts) {
  EXPECT_TRUE(Of("Bạn thấy bài viết thế nào? Thích Không thích").prompt);
  EXPECT_TRUE(Of("Bạn thấy bài viết này có hữu ích không?").prompt);
  EXPECT_FALSE(Of("Mức lương cơ sở năm 2022 là bao nhiêu?").prompt);
}

}  // namespace
}  // namespace internal
}  // namespace wirecheck
