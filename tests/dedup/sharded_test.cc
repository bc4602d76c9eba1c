// A batch split into shards (as a distributed run splits it) finds exactly
// the copies FindCopies finds on the whole batch: per-shard shingle sets,
// merged document-frequency counts, per-shard band keys joined on one
// index space, and VerifyCandidates on the joined candidates.
#include <algorithm>
#include <utility>
#include <vector>

#include "dedup/dedup.h"
#include "dedup/lsh.h"
#include "dedup/sketch.h"
#include "gtest/gtest.h"
#include "tests/dedup/test_docs.h"

namespace wirecheck {
namespace {

using testing_dedup::MakeCorpus;
using testing_dedup::WhitespaceDocuments;

template <typename T>
std::vector<T> Slice(const std::vector<T>& v, size_t begin, size_t end) {
  return std::vector<T>(v.begin() + begin, v.begin() + end);
}

bool SameCopy(const CopyPair& x, const CopyPair& y) {
  if (x.spans.size() != y.spans.size()) return false;
  for (size_t i = 0; i < x.spans.size(); ++i) {
    if (!(x.spans[i].source == y.spans[i].source) ||
        !(x.spans[i].copy == y.spans[i].copy)) {
      return false;
    }
  }
  return x.source == y.source && x.copy == y.copy && x.by_date == y.by_date &&
         x.similarity == y.similarity && x.containment == y.containment &&
         x.same_outlet == y.same_outlet && x.credited == y.credited &&
         x.credit == y.credit;
}

TEST(ShardedDedupTest, ShardsJoinedGiveTheWholeBatchCopies) {
  const std::vector<Article> articles = MakeCorpus(7, 150, 15, 15, 20);
  const std::vector<Document> docs = WhitespaceDocuments(articles);
  DedupOptions options;
  options.max_df = 3;  // Low enough that the frequency filter matters.
  auto whole = FindCopies(articles, docs, options);
  ASSERT_TRUE(whole.ok()) << whole.status();
  ASSERT_GT(whole->copies.size(), 20u);

  auto sketch = SketchOptionsFor(options, docs.size());
  ASSERT_TRUE(sketch.ok()) << sketch.status();
  const size_t cut[] = {0, 61, 130, docs.size()};
  std::vector<std::vector<std::vector<uint64_t>>> shard_sets;
  size_t total = 0;
  for (int s = 0; s < 3; ++s) {
    shard_sets.push_back(
        ShingleSets(Slice(docs, cut[s], cut[s + 1]), sketch->shingle, 1));
    for (const auto& set : shard_sets.back()) total += set.size();
  }
  DfCounts df(DfCounts::CellsFor(total));
  for (int s = 0; s < 3; ++s) {
    DfCounts part(DfCounts::CellsFor(total));
    part.Add(shard_sets[s], 1);
    ASSERT_TRUE(df.Merge(part).ok());
  }
  // The join: every shard's (band, key, document) on global indices.
  const int bands = sketch->lsh.bands;
  std::vector<std::vector<uint32_t>> keys_by_band(bands);
  std::vector<uint32_t> item_doc;
  for (int s = 0; s < 3; ++s) {
    BatchSketch b = SketchWithDf(Slice(docs, cut[s], cut[s + 1]), shard_sets[s],
                                 &df, *sketch);
    const size_t items = b.item_doc.size();
    for (int band = 0; band < bands; ++band) {
      keys_by_band[band].insert(keys_by_band[band].end(),
                                b.band_keys.begin() + band * items,
                                b.band_keys.begin() + (band + 1) * items);
    }
    for (uint32_t d : b.item_doc) {
      item_doc.push_back(d == kNoDocument ? d : d + cut[s]);
    }
  }
  std::vector<uint32_t> band_keys;
  for (const auto& k : keys_by_band) {
    band_keys.insert(band_keys.end(), k.begin(), k.end());
  }
  CandidateOptions cand;
  cand.max_bucket_docs = MaxBucketDocs(*sketch);
  ASSERT_TRUE(FiltersByFrequency(*sketch, docs.size()));
  std::vector<BucketEntry> entries;
  for (int band = 0; band < bands; ++band) {
    for (size_t i = 0; i < item_doc.size(); ++i) {
      if (item_doc[i] == kNoDocument) continue;
      const uint64_t key = band_keys[band * item_doc.size() + i];
      entries.push_back(
          {uint64_t{static_cast<uint32_t>(band)} << 32 | key, item_doc[i]});
    }
  }
  std::reverse(entries.begin(), entries.end());  // Any order will do.
  const std::vector<uint64_t> joined =
      BucketPairs(entries, MaxBucketDocs(*sketch));
  EXPECT_EQ(joined, CandidatePairs(band_keys, item_doc, bands, cand));
  std::vector<std::pair<int, int>> pairs;
  for (uint64_t p : joined) {
    // Repeated and reversed, as a join over machines may deliver them.
    pairs.push_back(
        {static_cast<int>(p & 0xFFFFFFFF), static_cast<int>(p >> 32)});
    pairs.push_back(
        {static_cast<int>(p >> 32), static_cast<int>(p & 0xFFFFFFFF)});
  }
  std::vector<std::vector<uint64_t>> sets;
  for (auto& s : shard_sets) sets.insert(sets.end(), s.begin(), s.end());
  auto copies = VerifyCandidates(articles, docs, sets, pairs, options);
  ASSERT_TRUE(copies.ok()) << copies.status();
  ASSERT_EQ(copies->size(), whole->copies.size());
  for (size_t i = 0; i < copies->size(); ++i) {
    EXPECT_TRUE(SameCopy((*copies)[i], whole->copies[i])) << i;
  }
}

TEST(ShardedDedupTest, DfCountsMergeEqualsOneTableAndSaturates) {
  const std::vector<std::vector<uint64_t>> a = {{1, 2, 3}, {2, 3}};
  const std::vector<std::vector<uint64_t>> b = {{3, 4}};
  DfCounts one(DfCounts::CellsFor(0));
  one.Add({{1, 2, 3}, {2, 3}, {3, 4}}, 1);
  DfCounts merged(DfCounts::CellsFor(0));
  DfCounts part(DfCounts::CellsFor(0));
  merged.Add(a, 2);
  part.Add(b, 2);
  ASSERT_TRUE(merged.Merge(part).ok());
  EXPECT_EQ(merged.row(0), one.row(0));
  EXPECT_EQ(merged.row(1), one.row(1));
  EXPECT_EQ(merged.Estimate(3), 3);
  EXPECT_EQ(merged.Estimate(4), 1);

  std::vector<uint16_t> full(1 << 16, 0xFFF0);
  auto high = DfCounts::FromRows(full, full);
  ASSERT_TRUE(high.ok()) << high.status();
  ASSERT_TRUE(high->Merge(*high).ok());
  EXPECT_EQ(high->Estimate(3), 0xFFFF);

  EXPECT_FALSE(
      DfCounts::FromRows(std::vector<uint16_t>(3), std::vector<uint16_t>(3))
          .ok());
  EXPECT_FALSE(
      DfCounts::FromRows(std::vector<uint16_t>(4), std::vector<uint16_t>(8))
          .ok());
  DfCounts small(1 << 16), large(1 << 17);
  EXPECT_FALSE(small.Merge(large).ok());
  EXPECT_EQ(DfCounts::CellsFor(1), size_t{1} << 16);
  EXPECT_EQ(DfCounts::CellsFor(70000), size_t{1} << 17);
  EXPECT_EQ(DfCounts::CellsFor(size_t{1} << 30), size_t{1} << 22);
}

TEST(ShardedDedupTest, VerifyCandidatesRejectsBadPairs) {
  const std::vector<Article> articles = MakeCorpus(8, 4, 1, 0, 0);
  const std::vector<Document> docs = WhitespaceDocuments(articles);
  const auto sets = ShingleSets(docs, 5, 1);
  const int n = static_cast<int>(articles.size());
  for (const auto& bad :
       std::vector<std::pair<int, int>>{{0, 0}, {-1, 1}, {0, n}}) {
    auto r = VerifyCandidates(articles, docs, sets, {bad}, DedupOptions());
    EXPECT_EQ(r.status().code(), absl::StatusCode::kInvalidArgument)
        << bad.first << "," << bad.second;
  }
  auto mismatched =
      VerifyCandidates(articles, docs, Slice(sets, 0, 1), {}, DedupOptions());
  EXPECT_EQ(mismatched.status().code(), absl::StatusCode::kInvalidArgument);
  DedupOptions bad_options;
  bad_options.threshold = 2;
  EXPECT_FALSE(VerifyCandidates(articles, docs, sets, {}, bad_options).ok());
  EXPECT_FALSE(SketchOptionsFor(bad_options, 10).ok());
}

}  // namespace
}  // namespace wirecheck
