#include "store/index_terms.h"

#include <cmath>
#include <map>
#include <string>

#include "absl/strings/ascii.h"
#include "absl/strings/str_cat.h"
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

// Against counting with a std::map: every distinct term once, in order,
// with its count (the radix sort must order full 64-bit hashes).
TEST(IndexTermsTest, TermsAreSortedAndCountedLikeAMapWould) {
  std::string text;
  for (int i = 0; i < 2000; ++i) {
    absl::StrAppend(&text, "từ", i % 97, "x ", i % 5 == 0 ? "và " : "", i % 13,
                    "y ");
  }
  const TokenList tokens = Tokenize(text, TokenizerOptions{});
  std::map<uint64_t, int> expected;
  for (size_t i = 0; i < tokens.size(); ++i) {
    const bool word = !absl::ascii_isdigit(
        static_cast<unsigned char>(text[tokens[i].span.begin]));
    if (!word) continue;
    ++expected[tokens[i].key_hash];
  }
  const std::vector<TermCount> terms = DocumentTerms(text, tokens);
  std::map<uint64_t, int> words;
  for (size_t i = 1; i < terms.size(); ++i) {
    ASSERT_LT(terms[i - 1].term, terms[i].term);
  }
  for (const TermCount& t : terms) {
    if (expected.count(t.term)) words[t.term] = t.count;
  }
  EXPECT_EQ(words, expected);
  EXPECT_GT(terms.size(), expected.size());  // The pairs too.
}

TEST(IndexTermsTest, RareTermsWeighMoreThanCommonOnes) {
  CountMin df(10);
  const std::vector<TermCount> common = TermsOf("người");
  const std::vector<TermCount> rare = TermsOf("Kumsusan");
  for (int i = 0; i < 50; ++i) df.Add(common[0].term);
  df.Add(rare[0].term);
  std::vector<TermCount> both = common;
  both.push_back(rare[0]);
  const TermWeigher weigher(df, 100);
  const std::vector<uint64_t> top = HeaviestTerms(both, weigher, 1);
  ASSERT_EQ(top.size(), 1u);
  EXPECT_EQ(top[0], rare[0].term);
  EXPECT_EQ(HeaviestTerms(both, weigher, 5).size(), 2u);
}

// The formula, a logarithm per term: the weigher's tables must give the
// very same doubles (a different last bit could change which terms win).
double ReferenceWeight(const TermCount& t, const CountMin& df, int64_t docs) {
  return (1 + std::log(t.count)) *
         std::log((1.0 + docs) / (1.0 + df.Estimate(t.term)));
}

TEST(IndexTermsTest, TheWeigherGivesExactlyTheFormulasWeights) {
  CountMin df(12);
  std::vector<TermCount> terms;
  uint64_t h = 0x9e3779b97f4a7c15ULL;
  for (int i = 0; i < 3000; ++i) {
    h = h * 6364136223846793005ULL + 1442695040888963407ULL;
    const int adds = static_cast<int>(h >> 60) * (i % 7 == 0 ? 9000 : 1);
    for (int a = 0; a < adds; ++a) df.Add(h);
    // Counts from 1 to 200, past the weigher's table of small counts.
    terms.push_back({h, 1 + static_cast<int>((h >> 20) % 200)});
  }
  for (int64_t docs : {int64_t{0}, int64_t{31}, int64_t{30000}}) {
    const TermWeigher weigher(df, docs);
    for (const TermCount& t : terms) {
      ASSERT_EQ(weigher.Weight(t), ReferenceWeight(t, df, docs)) << t.term;
    }
  }
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
