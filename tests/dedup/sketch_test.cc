#include "dedup/sketch.h"

#include <random>

#include "gtest/gtest.h"
#include "tests/dedup/test_docs.h"

namespace wirecheck {
namespace {

using testing_dedup::Join;
using testing_dedup::RandomWords;
using testing_dedup::WhitespaceDocument;

TEST(WindowStartsTest, CoverEveryPositionWithHalfOverlap) {
  struct Case {
    int n, window;
    std::vector<int> starts;
  };
  const Case cases[] = {
      {0, 10, {}},
      {5, 10, {0}},
      {10, 10, {0}},
      {11, 10, {0, 1}},
      {25, 10, {0, 5, 10, 15}},
      {26, 10, {0, 5, 10, 15, 16}},
  };
  for (const Case& c : cases) {
    EXPECT_EQ(WindowStarts(c.n, c.window), c.starts) << c.n;
  }
}

SketchOptions Options(int64_t max_df) {
  SketchOptions o;
  o.window = 20;
  o.max_df = max_df;
  o.lsh = LshParams{16, 2};
  return o;
}

TEST(SketchBatchTest, ItemsKeysAndSets) {
  std::mt19937_64 rng(1);
  std::vector<Document> docs = {
      WhitespaceDocument(Join(RandomWords(rng, 64, 1000))),  // 60 shingles.
      WhitespaceDocument("too short"),
      WhitespaceDocument(Join(RandomWords(rng, 10, 1000))),
  };
  const BatchSketch s = SketchBatch(docs, Options(100));
  // 60 shingles, window 20: starts 0, 10, 20, 30, 40.
  EXPECT_EQ(s.item_doc, (std::vector<uint32_t>{0, 0, 0, 0, 0, 2}));
  EXPECT_EQ(s.windows, 6);
  EXPECT_EQ(s.band_keys.size(), 6u * 16);
  EXPECT_EQ(s.sets[0].size(), 60u);
  EXPECT_TRUE(s.sets[1].empty());
}

TEST(SketchBatchTest, FrequentOnlyWindowsHaveNoDocument) {
  // Three identical documents: with max_df = 2 every shingle is frequent.
  const std::string text = "a b c d e f g h i j k l m n o p";
  std::vector<Document> docs(3, WhitespaceDocument(text));
  const BatchSketch s = SketchBatch(docs, Options(2));
  for (uint32_t d : s.item_doc) EXPECT_EQ(d, kNoDocument);
  EXPECT_EQ(s.windows, 0);
  EXPECT_EQ(SketchBatch(docs, Options(3)).windows, 3);
}

// The band-key array is not zero-filled before sketching, so a window
// without a signature must have its keys written as zeros. Freed memory of
// the array's size, full of ones, is likely to be handed back to it.
TEST(SketchBatchTest, WindowsWithoutSignatureHaveZeroKeys) {
  const std::string text = "a b c d e f g h i j k l m n o p";
  std::vector<Document> docs(3, WhitespaceDocument(text));
  for (int round = 0; round < 3; ++round) {
    { BandKeys ones(3 * 16, 0xFFFFFFFFu); }
    const BatchSketch s = SketchBatch(docs, Options(2));
    ASSERT_EQ(s.band_keys.size(), 3u * 16);
    for (uint32_t k : s.band_keys) EXPECT_EQ(k, 0u);
  }
}

TEST(SketchBatchTest, ThreadsGiveIdenticalKeys) {
  std::mt19937_64 rng(2);
  std::vector<Document> docs;
  for (int i = 0; i < 50; ++i) {
    docs.push_back(WhitespaceDocument(Join(RandomWords(rng, 150, 500))));
  }
  SketchOptions one = Options(5), two = Options(5);
  one.threads = 1;
  two.threads = 2;
  const BatchSketch a = SketchBatch(docs, one), b = SketchBatch(docs, two);
  EXPECT_EQ(a.band_keys, b.band_keys);
  EXPECT_EQ(a.item_doc, b.item_doc);
}

}  // namespace
}  // namespace wirecheck
