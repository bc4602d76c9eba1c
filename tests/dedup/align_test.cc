#include "dedup/align.h"

#include <random>

#include "dedup/shingle.h"
#include "gtest/gtest.h"
#include "tests/dedup/test_docs.h"

namespace wirecheck {
namespace {

using testing_dedup::Join;
using testing_dedup::RandomWords;
using testing_dedup::WhitespaceDocument;

struct Aligned {
  std::string source_text, copy_text;
  Document source, copy;
  std::vector<TokenRegion> regions;
};

Aligned Align(std::string source_text, std::string copy_text) {
  Aligned r{std::move(source_text), std::move(copy_text), {}, {}, {}};
  r.source = WhitespaceDocument(r.source_text);
  r.copy = WhitespaceDocument(r.copy_text);
  r.regions = AlignShingles(ShingleHashes(r.source.tokens, 5),
                            ShingleHashes(r.copy.tokens, 5), AlignOptions());
  return r;
}

TEST(AlignTest, SpansEqualTheCopiedPassages) {
  std::mt19937_64 rng(11);
  const std::string p1 = Join(RandomWords(rng, 45, 3000));
  const std::string p2 = Join(RandomWords(rng, 30, 3000));
  const std::string source = Join(RandomWords(rng, 50, 3000)) + " " + p1 + " " +
                             Join(RandomWords(rng, 80, 3000)) + " " + p2 + " " +
                             Join(RandomWords(rng, 20, 3000));
  const std::string copy = Join(RandomWords(rng, 30, 3000)) + " " + p2 + " " +
                           Join(RandomWords(rng, 40, 3000)) + " " + p1 + " " +
                           Join(RandomWords(rng, 10, 3000));
  Aligned a = Align(source, copy);
  ASSERT_EQ(a.regions.size(), 2u);
  // Sorted by copy position: p2 first.
  const std::string expected[] = {p2, p1};
  for (int i = 0; i < 2; ++i) {
    const TokenRegion& r = a.regions[i];
    EXPECT_EQ(
        TokenRangeSpan(a.copy.tokens, r.copy_begin, r.copy_end).Of(a.copy_text),
        expected[i]);
    EXPECT_EQ(TokenRangeSpan(a.source.tokens, r.source_begin, r.source_end)
                  .Of(a.source_text),
              expected[i]);
  }
}

TEST(AlignTest, LightEditsAreBridged) {
  std::mt19937_64 rng(12);
  std::vector<std::string> words = RandomWords(rng, 120, 3000);
  std::vector<std::string> edited = words;
  edited[40] = "changed";                           // Substitution.
  edited.erase(edited.begin() + 80);                // Deletion.
  edited.insert(edited.begin() + 100, "inserted");  // Insertion.
  Aligned a = Align(Join(words), Join(edited));
  ASSERT_EQ(a.regions.size(), 1u);
  EXPECT_EQ(a.regions[0].copy_begin, 0);
  EXPECT_EQ(a.regions[0].copy_end, 120);
  EXPECT_EQ(a.regions[0].source_end, 120);
}

TEST(AlignTest, UnrelatedTextsAndStockPhrasesGiveNothing) {
  std::mt19937_64 rng(13);
  const std::string stock = "the minister said on monday that";  // 6 tokens.
  Aligned a = Align(Join(RandomWords(rng, 60, 3000)) + " " + stock,
                    stock + " " + Join(RandomWords(rng, 60, 3000)));
  EXPECT_TRUE(a.regions.empty());
}

TEST(AlignTest, LargeGapsStaySeparate) {
  std::mt19937_64 rng(14);
  std::vector<std::string> words = RandomWords(rng, 100, 3000);
  std::vector<std::string> copy(words.begin(), words.begin() + 40);
  std::vector<std::string> filler = RandomWords(rng, 30, 3000);
  copy.insert(copy.end(), filler.begin(), filler.end());
  copy.insert(copy.end(), words.begin() + 40, words.end());
  Aligned a = Align(Join(words), Join(copy));
  ASSERT_EQ(a.regions.size(), 2u);
  EXPECT_EQ(a.regions[0].copy_tokens(), 40);
  EXPECT_EQ(a.regions[1].copy_tokens(), 60);
}

bool SameRegions(const std::vector<TokenRegion>& x,
                 const std::vector<TokenRegion>& y) {
  if (x.size() != y.size()) return false;
  for (size_t i = 0; i < x.size(); ++i) {
    if (x[i].source_begin != y[i].source_begin ||
        x[i].source_end != y[i].source_end ||
        x[i].copy_begin != y[i].copy_begin || x[i].copy_end != y[i].copy_end) {
      return false;
    }
  }
  return true;
}

// Alignment looks only at which shingles are equal, so renaming the hashes
// one-to-one changes nothing: neither keys that differ only in their high
// bits (one bucket of a table indexed by low bits) nor a small alphabet
// whose shingles repeat past max_seed_repeats.
TEST(AlignTest, DependsOnlyOnWhichShinglesAreEqual) {
  std::mt19937_64 rng(15);
  for (int trial = 0; trial < 20; ++trial) {
    const int alphabet = trial < 10 ? 6 : 400;
    std::vector<uint64_t> source(300), copy;
    for (uint64_t& h : source) h = rng() % alphabet;
    copy.assign(source.begin() + 50, source.begin() + 200);
    for (int i = 0; i < 40; ++i) copy.push_back(rng() % alphabet);
    AlignOptions options;
    options.min_region_tokens = 6;
    const std::vector<TokenRegion> plain = AlignShingles(source, copy, options);
    for (const int shift : {20, 40, 55}) {
      std::vector<uint64_t> s2 = source, c2 = copy;
      for (uint64_t& h : s2) h = (h + 1) << shift;
      for (uint64_t& h : c2) h = (h + 1) << shift;
      EXPECT_TRUE(SameRegions(AlignShingles(s2, c2, options), plain))
          << "trial " << trial << " shift " << shift;
    }
  }
}

// A pair of texts past a million shingles between them frees its tables
// afterwards; the next alignment builds them afresh.
TEST(AlignTest, AlignsAgainAfterAHugeText) {
  std::mt19937_64 rng(16);
  std::vector<uint64_t> huge(600000);
  for (uint64_t& h : huge) h = rng();
  AlignOptions options;
  const std::vector<TokenRegion> whole = AlignShingles(huge, huge, options);
  ASSERT_EQ(whole.size(), 1u);
  EXPECT_EQ(whole[0].copy_end, 600000 + options.shingle - 1);
  std::vector<uint64_t> small(huge.begin(), huge.begin() + 50);
  const std::vector<TokenRegion> again = AlignShingles(small, small, options);
  ASSERT_EQ(again.size(), 1u);
  EXPECT_EQ(again[0].source_end, 50 + options.shingle - 1);
}

}  // namespace
}  // namespace wirecheck
