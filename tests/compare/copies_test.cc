// Values a copy changed in place: the words around the value kept, only the
// value rewritten, and not a template filled again.
#include "compare/copies.h"

#include <string>
#include <vector>

#include "gtest/gtest.h"
#include "tests/compare/extract_fixture.h"

namespace wirecheck {
namespace {

// Two articles, the second a copy of the whole of the first.
class CopiesTest : public ::testing::Test {
 protected:
  std::vector<ChangedValue> Run(const std::string& source,
                                const std::string& copy) {
    articles_.clear();
    claims_.clear();
    std::vector<std::vector<int>> by_doc(2);
    for (int d = 0; d < 2; ++d) {
      Article a;
      a.id = "d" + std::to_string(d);
      a.text = d == 0 ? source : copy;
      a.published = PublishedTime::Day(2024, 6, 20);
      // ExtractAll numbers every claim as one fixed article; renumber.
      for (Claim c : ExtractAll(a.text, a.published)) {
        c.doc = d;
        by_doc[d].push_back(static_cast<int>(claims_.size()));
        claims_.push_back(std::move(c));
      }
      articles_.push_back(std::move(a));
    }
    const std::vector<CopiedPassage> passages = {
        {0, 1, Span{0, static_cast<uint32_t>(source.size())},
         Span{0, static_cast<uint32_t>(copy.size())}}};
    return ChangedInCopies(articles_, claims_, by_doc, passages,
                           ClassifyOptions{});
  }

  std::string Quote(int claim) const {
    const Claim& c = claims_[claim];
    return std::string(c.span.Of(articles_[c.doc].text));
  }

  std::vector<Article> articles_;
  std::vector<Claim> claims_;
};

TEST_F(CopiesTest, OneFigureChangedWithSameWordsAroundIsReported) {
  const auto changed =
      Run("Theo KCNA, 120 người đã tham dự buổi lễ tại quảng trường.",
          "Theo KCNA, 210 người đã tham dự buổi lễ tại quảng trường.");
  ASSERT_EQ(changed.size(), 1u);
  EXPECT_EQ(claims_[changed[0].source_claim].doc, 0);
  EXPECT_EQ(claims_[changed[0].copy_claim].doc, 1);
  EXPECT_EQ(Quote(changed[0].source_claim), "120 người");
  EXPECT_EQ(Quote(changed[0].copy_claim), "210 người");
}

TEST_F(CopiesTest, UnchangedCopyReportsNothing) {
  const std::string s =
      "Theo KCNA, 120 người đã tham dự buổi lễ tại quảng trường.";
  EXPECT_TRUE(Run(s, s).empty());
}

TEST_F(CopiesTest, AnotherNumberOfTheSentenceChangedTooIsATemplate) {
  // Both figures of the sentence differ: the sentence was filled again
  // with other data, not altered.
  EXPECT_TRUE(Run("Theo KCNA, 120 người đã tham dự buổi lễ kéo dài 3 giờ.",
                  "Theo KCNA, 210 người đã tham dự buổi lễ kéo dài 5 giờ.")
                  .empty());
}

TEST_F(CopiesTest, ChangedWordsAroundTheValueAreAnotherFigure) {
  // Control: the same sentence with only the amount changed is reported.
  ASSERT_EQ(Run("Tổng mức đầu tư cho toàn công trình là 242 tỉ đồng.",
                "Tổng mức đầu tư cho toàn công trình là 170 tỉ đồng.")
                .size(),
            1u);
  // Total investment and construction cost are two figures.
  EXPECT_TRUE(
      Run("Tổng mức đầu tư cho toàn công trình là 242 tỉ đồng.",
          "Tổng mức chi phí xây lắp cho toàn công trình là 170 tỉ đồng.")
          .empty());
}

TEST_F(CopiesTest, RoundedOrNearValueIsNotAChange) {
  // Values that can be true together (a rounding) are no conflict.
  EXPECT_TRUE(Run("Mỹ viện trợ 2 tỷ USD cho Ukraine trong năm nay.",
                  "Mỹ viện trợ 2,1 tỷ USD cho Ukraine trong năm nay.")
                  .empty());
}

}  // namespace
}  // namespace wirecheck
