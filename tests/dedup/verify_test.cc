#include "dedup/verify.h"

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

}  // namespace
}  // namespace wirecheck
