#include "store/index_terms.h"

#include <string>

#include "gtest/gtest.h"
#include "normalise/tokenizer.h"

namespace wirecheck {
namespace {

std::vector<TermCount> TermsOf(const std::string& text) {
  return DocumentTerms(text, Tokenize(text, TokenizerOptions{}));
}

TEST(IndexTermsTest, WordsAndPairsButNoNumbers) {
  // "vụ cháy" "cháy chợ" and the three words; "12" and pairs with it left
  // out.
  const std::vector<TermCount> t = TermsOf("vụ cháy chợ 12");
  EXPECT_EQ(t.size(), 5u);
  const std::vector<TermCount> twice = TermsOf("cháy cháy");
  ASSERT_EQ(twice.size(), 2u);  // "cháy" twice, "cháy cháy" once.
  int total = 0;
  for (const TermCount& c : twice) total += c.count;
  EXPECT_EQ(total, 3);
}

TEST(IndexTermsTest, RareTermsWeighMoreThanCommonOnes) {
  CountMin df(10);
  const std::vector<TermCount> common = TermsOf("người");
  const std::vector<TermCount> rare = TermsOf("Kumsusan");
  for (int i = 0; i < 50; ++i) df.Add(common[0].term);
  df.Add(rare[0].term);
  std::vector<TermCount> both = common;
  both.push_back(rare[0]);
  const std::vector<uint64_t> top = HeaviestTerms(both, df, 100, 1);
  ASSERT_EQ(top.size(), 1u);
  EXPECT_EQ(top[0], rare[0].term);
  EXPECT_EQ(HeaviestTerms(both, df, 100, 5).size(), 2u);
}

TEST(CountMinTest, CountsRemovesAndRoundTrips) {
  CountMin cm(8);
  cm.Add(42);
  cm.Add(42);
  cm.Add(7);
  EXPECT_GE(cm.Estimate(42), 2);
  cm.Remove(42);
  EXPECT_GE(cm.Estimate(42), 1);
  absl::StatusOr<CountMin> back = CountMin::Parse(cm.Serialize());
  ASSERT_TRUE(back.ok());
  EXPECT_EQ(back->Estimate(42), cm.Estimate(42));
  EXPECT_EQ(back->Estimate(7), cm.Estimate(7));
  EXPECT_FALSE(CountMin::Parse("short").ok());
}

}  // namespace
}  // namespace wirecheck
