#include "dedup/minhash.h"

#include <algorithm>
#include <random>
#include <set>

#include "gtest/gtest.h"

namespace wirecheck {
namespace {

std::vector<uint32_t> Sign(const MinHasher& h, const std::vector<uint64_t>& s) {
  std::vector<uint32_t> sig(h.num_perm());
  EXPECT_TRUE(h.Sign(s.data(), s.size(), sig.data()));
  return sig;
}

TEST(MinHashTest, KnownAnswerVectors) {
  // Pinned: any change to hashing, binning or densification breaks stored
  // signatures' comparability across versions and must be deliberate.
  const MinHasher h(8, 1);
  EXPECT_EQ(Sign(h, {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12}),
            (std::vector<uint32_t>{2840233748u, 2310379988u, 1582257707u,
                                   314126686u, 1831606963u, 1372147813u,
                                   56760960u, 1831606963u}));
  EXPECT_EQ(Sign(h, {42}),
            (std::vector<uint32_t>{2640571503u, 2640571503u, 2640571503u,
                                   2640571503u, 2640571503u, 2640571503u,
                                   2640571503u, 2640571503u}));
  const MinHasher h2(8, 2);
  EXPECT_EQ(Sign(h2, {42}),
            (std::vector<uint32_t>{3725857249u, 3725857249u, 3725857249u,
                                   3725857249u, 3725857249u, 3725857249u,
                                   3725857249u, 3725857249u}));
}

TEST(MinHashTest, EmptySetHasNoSignature) {
  const MinHasher h(16, 1);
  std::vector<uint32_t> sig(16);
  EXPECT_FALSE(h.Sign(nullptr, 0, sig.data()));
}

TEST(MinHashTest, DuplicatesAndOrderDoNotMatter) {
  const MinHasher h(64, 7);
  EXPECT_EQ(Sign(h, {9, 8, 7, 7, 9}), Sign(h, {7, 8, 9}));
}

TEST(MinHashTest, EstimatesJaccard) {
  std::mt19937_64 rng(3);
  const MinHasher h(256, 1);
  for (double target : {0.1, 0.3, 0.5, 0.8, 1.0}) {
    for (int size : {20, 200, 2000}) {
      // |A n B| = shared, |A u B| = shared + 2 * own.
      const int shared = static_cast<int>(size * target);
      const int own = (size - shared) / 2;
      std::vector<uint64_t> a, b;
      for (int i = 0; i < shared; ++i) {
        uint64_t x = rng();
        a.push_back(x);
        b.push_back(x);
      }
      for (int i = 0; i < own; ++i) a.push_back(rng());
      for (int i = 0; i < own; ++i) b.push_back(rng());
      const double truth = static_cast<double>(shared) / (shared + 2 * own);
      EXPECT_NEAR(MinHasher::Estimate(Sign(h, a), Sign(h, b)), truth, 0.12)
          << "target " << target << " size " << size;
    }
  }
}

TEST(MinHashTest, DensifiedSmallSetsStillEstimate) {
  const MinHasher h(128, 1);
  // Two 5-element sets sharing 4: Jaccard 4/6 even with most bins empty.
  double sum = 0;
  for (uint64_t base = 0; base < 200; ++base) {
    std::vector<uint64_t> a = {base * 10 + 1, base * 10 + 2, base * 10 + 3,
                               base * 10 + 4, base * 10 + 5};
    std::vector<uint64_t> b = a;
    b.back() = base * 10 + 6;
    sum += MinHasher::Estimate(Sign(h, a), Sign(h, b));
  }
  EXPECT_NEAR(sum / 200, 4.0 / 6.0, 0.05);
}

// Textbook OPH + optimal densification, probing each empty bin in order
// with no cached or inverted probe tables: the fast Sign must equal it.
std::vector<uint32_t> ReferenceSign(int num_perm, uint64_t seed,
                                    const std::vector<uint64_t>& shingles) {
  const uint64_t s = Mix64(seed ^ 0x6a09e667f3bcc908ULL);
  const uint32_t k = static_cast<uint32_t>(num_perm);
  auto range = [k](uint64_t h) {
    return static_cast<uint32_t>(((h >> 32) * k) >> 32);
  };
  std::vector<uint32_t> bins(k, 0xFFFFFFFFu);
  for (uint64_t x : shingles) {
    const uint64_t h = Mix64(x ^ s);
    const uint32_t v =
        std::min<uint32_t>(static_cast<uint32_t>(h), 0xFFFFFFFEu);
    bins[range(h)] = std::min(bins[range(h)], v);
  }
  std::vector<uint32_t> out = bins;
  for (uint32_t i = 0; i < k; ++i) {
    if (bins[i] != 0xFFFFFFFFu) continue;
    for (uint64_t attempt = 0;; ++attempt) {
      const uint32_t j =
          range(Mix64(s ^ ((static_cast<uint64_t>(i) << 32) | (attempt + 1))));
      if (bins[j] != 0xFFFFFFFFu) {
        out[i] = bins[j];
        break;
      }
    }
  }
  return out;
}

// num_perm <= 128 takes the SSSE3 path on x86, larger ones the inverted
// probe lists.
TEST(MinHashTest, MatchesTextbookDensification) {
  std::mt19937_64 rng(11);
  for (int num_perm : {1, 7, 64, 100, 128, 129, 300}) {
    for (uint64_t seed : {1, 5}) {
      const MinHasher h(num_perm, seed);
      // From one shingle (almost every bin borrowed, some past the cached
      // probes) to many (no bin empty).
      for (int size : {1, 2, 3, 10, 36, 100, 1000}) {
        std::vector<uint64_t> set(size);
        for (uint64_t& x : set) x = rng();
        EXPECT_EQ(Sign(h, set), ReferenceSign(num_perm, seed, set))
            << num_perm << " " << seed << " " << size;
      }
    }
  }
}

// SignFirst writes the first `bins` values of Sign, whatever the rest: a
// bin count in each 64-bin word of the bitmap and at its edges.
TEST(MinHashTest, SignFirstIsAPrefixOfSign) {
  std::mt19937_64 rng(12);
  for (int num_perm : {7, 100, 128, 300}) {
    const MinHasher h(num_perm, 1);
    for (int bins : {0, 1, 63, 64, 65, 111, 127, 128, 200, 300}) {
      if (bins > num_perm) continue;
      for (int size : {1, 3, 36, 1000}) {
        std::vector<uint64_t> set(size);
        for (uint64_t& x : set) x = rng();
        const std::vector<uint32_t> full = Sign(h, set);
        std::vector<uint32_t> first(num_perm, 7);
        ASSERT_TRUE(h.SignFirst(set.data(), set.size(), bins, first.data()));
        EXPECT_TRUE(
            std::equal(full.begin(), full.begin() + bins, first.begin()))
            << num_perm << " " << bins << " " << size;
      }
    }
  }
}

TEST(MinHashTest, SeedChangesSignature) {
  EXPECT_NE(Sign(MinHasher(32, 1), {1, 2, 3}),
            Sign(MinHasher(32, 2), {1, 2, 3}));
}

}  // namespace
}  // namespace wirecheck
