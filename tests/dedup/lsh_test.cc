#include "dedup/lsh.h"

#include <algorithm>
#include <map>
#include <random>
#include <set>

#include "gtest/gtest.h"

namespace wirecheck {
namespace {

// Brute-force weighted error of (b, r), integrated by a fine Riemann sum.
double Error(double t, int b, int r) {
  const int n = 4000;
  double fp = 0, fn = 0;
  for (int i = 0; i < n; ++i) {
    const double s = (i + 0.5) / n;
    const double p = CollisionProbability(s, b, r);
    if (s < t)
      fp += p / n;
    else
      fn += (1 - p) / n;
  }
  return 0.5 * fp + 0.5 * fn;
}

TEST(LshTest, OptimalParamsMinimiseWeightedError) {
  for (double t : {0.3, 0.5, 0.8}) {
    for (int perms : {32, 128}) {
      const LshParams p = OptimalLshParams(t, perms);
      ASSERT_GE(p.bands, 1);
      ASSERT_LE(p.bands * p.rows, perms);
      const double best = Error(t, p.bands, p.rows);
      for (int b = 1; b <= perms; ++b) {
        for (int r = 1; r <= perms / b; ++r) {
          EXPECT_GE(Error(t, b, r), best - 1e-4) << t << " " << b << "x" << r;
        }
      }
    }
  }
}

TEST(LshTest, SCurveSeparatesAroundThreshold) {
  for (double t : {0.3, 0.5, 0.7}) {
    const LshParams p = OptimalLshParams(t, 128);
    EXPECT_GT(CollisionProbability(t + 0.2, p.bands, p.rows), 0.9) << t;
    EXPECT_LT(CollisionProbability(t - 0.2, p.bands, p.rows), 0.15) << t;
  }
}

TEST(LshTest, ExplainNamesBandsAndCurve) {
  const std::string text = ExplainLsh(LshParams{20, 5}, 0.3, 128);
  EXPECT_NE(text.find("20 bands x 5 rows"), std::string::npos) << text;
  EXPECT_NE(text.find("P(candidate | Jaccard 0.5)"), std::string::npos);
}

// The keyer runs bands in blocks side by side: every band count around the
// block size (a partial block, whole blocks, both) and a stride, against
// BandKey one band at a time.
TEST(LshTest, KeyerMatchesBandKey) {
  std::mt19937 rng(5);
  for (const LshParams p : {LshParams{1, 1}, LshParams{7, 3}, LshParams{8, 2},
                            LshParams{37, 3}, LshParams{20, 6}}) {
    std::vector<uint32_t> sig(p.bands * p.rows);
    for (uint32_t& v : sig) v = rng();
    const size_t stride = 3;
    std::vector<uint32_t> keys(p.bands * stride, 0);
    BandKeyer(p).Keys(sig.data(), keys.data(), stride);
    for (int b = 0; b < p.bands; ++b) {
      EXPECT_EQ(keys[b * stride], BandKey(sig.data(), p, b))
          << p.bands << "x" << p.rows << " band " << b;
    }
  }
}

TEST(LshTest, CandidatesShareABucket) {
  const LshParams p{2, 2};
  std::vector<uint32_t> keys;
  const uint32_t sig_a[] = {1, 2, 3, 4};
  const uint32_t sig_b[] = {1, 2, 9, 9};  // Band 0 equal to a.
  const uint32_t sig_c[] = {7, 7, 8, 8};  // Nothing equal.
  AppendBandKeys(sig_a, p, &keys);
  AppendBandKeys(sig_b, p, &keys);
  AppendBandKeys(sig_c, p, &keys);
  AppendBandKeys(sig_a, p, &keys);  // A second window of doc 0: same doc.
  const std::vector<uint32_t> item_doc = {0, 0, 1, 2};
  // Items must be in document order: move doc 0's second window first.
  std::rotate(keys.begin() + 2, keys.begin() + 6, keys.end());
  const auto pairs =
      CandidatePairs(ToBandMajor(keys, p.bands), item_doc, p.bands, {});
  ASSERT_EQ(pairs.size(), 1u);
  EXPECT_EQ(pairs[0], (uint64_t{0} << 32) | 1);
}

TEST(LshTest, OversizedBucketsAreSkipped) {
  const LshParams p{1, 1};
  std::vector<uint32_t> keys;
  std::vector<uint32_t> item_doc;
  const uint32_t sig[] = {5};
  for (uint32_t d = 0; d < 5; ++d) {
    AppendBandKeys(sig, p, &keys);
    item_doc.push_back(d);
  }
  CandidateOptions small;
  small.max_bucket_docs = 4;
  EXPECT_TRUE(CandidatePairs(keys, item_doc, 1, small).empty());
  CandidateOptions large;
  large.max_bucket_docs = 5;
  large.threads = 2;
  EXPECT_EQ(CandidatePairs(keys, item_doc, 1, large).size(), 10u);
}

// CandidatePairs against a map from key to its documents, on random keys
// drawn so that many share a bucket, many share only their low bits (the
// prefilter's slot) and some items are empty windows; from trial 6 on,
// only pairs involving a flagged document are asked for.
TEST(LshTest, CandidatesMatchBruteForceBuckets) {
  std::mt19937_64 rng(17);
  for (int trial = 0; trial < 12; ++trial) {
    const int bands = 1 + trial % 3;
    const size_t items = 3000;
    std::vector<uint32_t> item_doc(items);
    uint32_t doc = 0;
    for (size_t i = 0; i < items; ++i) {
      if (rng() % 3 == 0) ++doc;
      item_doc[i] = rng() % 17 == 0 ? kNoDocument : doc;
    }
    std::vector<uint32_t> keys(items * bands);
    for (uint32_t& k : keys) {
      const uint32_t low = static_cast<uint32_t>(rng() % 2000);
      k = (static_cast<uint32_t>(rng() % 3) << 24) | low;
      if (rng() % 4 == 0) k = static_cast<uint32_t>(rng());
    }
    CandidateOptions options;
    options.max_bucket_docs = 5;
    options.threads = 1 + trial % 2;
    if (trial >= 6) {
      options.involving.resize(doc + 1);
      for (size_t d = 0; d <= doc; ++d) options.involving[d] = rng() % 4 == 0;
    }
    auto wanted = [&](uint32_t x, uint32_t y) {
      return options.involving.empty() || options.involving[x] ||
             options.involving[y];
    };
    std::vector<uint64_t> expected;
    for (int b = 0; b < bands; ++b) {
      std::map<uint32_t, std::set<uint32_t>> buckets;
      for (size_t i = 0; i < items; ++i) {
        if (item_doc[i] != kNoDocument)
          buckets[keys[b * items + i]].insert(item_doc[i]);
      }
      for (const auto& [key, docs] : buckets) {
        if (docs.size() < 2 || docs.size() > 5) continue;
        for (uint32_t x : docs) {
          for (uint32_t y : docs) {
            if (x < y && wanted(x, y)) {
              expected.push_back((uint64_t{x} << 32) | y);
            }
          }
        }
      }
    }
    std::sort(expected.begin(), expected.end());
    expected.erase(std::unique(expected.begin(), expected.end()),
                   expected.end());
    EXPECT_FALSE(expected.empty());
    EXPECT_EQ(CandidatePairs(keys, item_doc, bands, options), expected)
        << trial;
  }
}

}  // namespace
}  // namespace wirecheck
