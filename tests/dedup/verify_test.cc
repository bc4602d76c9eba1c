#include "dedup/verify.h"

#include <algorithm>
#include <iterator>
#include <random>
#include <set>

#include "gtest/gtest.h"

namespace wirecheck {
namespace {

TEST(VerifyTest, Table) {
  struct Case {
    std::vector<uint64_t> a, b;
    int shared;
    double jaccard, a_in_b, b_in_a;
  };
  const Case cases[] = {
      {{1, 2, 3, 4}, {3, 4, 5, 6}, 2, 2.0 / 6, 0.5, 0.5},
      {{1, 2}, {1, 2, 3, 4, 5, 6, 7, 8}, 2, 0.25, 1.0, 0.25},
      {{1}, {2}, 0, 0.0, 0.0, 0.0},
      {{}, {}, 0, 0.0, 0.0, 0.0},
      {{5, 9}, {5, 9}, 2, 1.0, 1.0, 1.0},
  };
  for (const Case& c : cases) {
    const SetOverlap o = CompareSets(c.a, c.b);
    EXPECT_EQ(o.shared, c.shared);
    EXPECT_DOUBLE_EQ(o.Jaccard(), c.jaccard);
    EXPECT_DOUBLE_EQ(o.ContainmentOfAInB(), c.a_in_b);
    EXPECT_DOUBLE_EQ(o.ContainmentOfBInA(), c.b_in_a);
  }
}

// The branch-free merge against std::set_intersection on random sorted sets
// with every overlap from none to all, including extreme values.
TEST(VerifyTest, SharedMatchesSetIntersection) {
  std::mt19937_64 rng(9);
  for (int trial = 0; trial < 200; ++trial) {
    std::set<uint64_t> a, b;
    const int na = static_cast<int>(rng() % 300),
              nb = static_cast<int>(rng() % 300);
    const uint64_t range = trial % 2 == 0 ? 400 : ~uint64_t{0};
    for (int i = 0; i < na; ++i) a.insert(rng() % range);
    for (int i = 0; i < nb; ++i) b.insert(rng() % range);
    if (trial % 10 == 0) {
      a.insert(~uint64_t{0});
      b.insert(~uint64_t{0});
      a.insert(0);
    }
    std::vector<uint64_t> va(a.begin(), a.end()), vb(b.begin(), b.end()), both;
    std::set_intersection(va.begin(), va.end(), vb.begin(), vb.end(),
                          std::back_inserter(both));
    const SetOverlap o = CompareSets(va, vb);
    EXPECT_EQ(o.shared, static_cast<int>(both.size())) << trial;
    EXPECT_EQ(o.size_a, static_cast<int>(va.size()));
    EXPECT_EQ(o.size_b, static_cast<int>(vb.size()));
  }
}

}  // namespace
}  // namespace wirecheck
