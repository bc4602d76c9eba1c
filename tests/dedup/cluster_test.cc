#include "dedup/cluster.h"

#include "gtest/gtest.h"
#include "tests/dedup/test_docs.h"

namespace wirecheck {
namespace {

using testing_dedup::MakeArticle;

TEST(DirectionTest, Table) {
  struct Case {
    PublishedTime ta, tb;
    double a_in_b, b_in_a;
    int source;
    bool by_date;
  };
  const PublishedTime unknown;
  const Case cases[] = {
      {PublishedTime::Day(2024, 6, 18), PublishedTime::Day(2024, 6, 19), 0.2,
       0.9, 0, true},
      {PublishedTime::Day(2024, 6, 19),
       PublishedTime::Minute(2024, 6, 18, 8, 0), 0.9, 0.2, 1, true},
      // A day and a minute inside it overlap: containment decides.
      {PublishedTime::Day(2024, 6, 19),
       PublishedTime::Minute(2024, 6, 19, 8, 0), 0.3, 0.9, 0, false},
      {PublishedTime::Day(2024, 6, 19),
       PublishedTime::Minute(2024, 6, 19, 8, 0), 0.9, 0.3, 1, false},
      {unknown, PublishedTime::Day(2024, 6, 19), 0.5, 0.5, 0, false},
      {unknown, unknown, 0.8, 0.8, 0, false},
  };
  std::vector<Article> articles(2);
  for (const Case& c : cases) {
    articles[0].published = c.ta;
    articles[1].published = c.tb;
    const Direction d = ChooseDirection(0, 1, articles, c.a_in_b, c.b_in_a);
    EXPECT_EQ(d.source, c.source);
    EXPECT_EQ(d.copy, 1 - c.source);
    EXPECT_EQ(d.by_date, c.by_date);
    // Argument order must not matter.
    const Direction r = ChooseDirection(1, 0, articles, c.b_in_a, c.a_in_b);
    EXPECT_EQ(r.source, d.source);
    EXPECT_EQ(r.by_date, d.by_date);
  }
}

TEST(ClusterTest, ComponentsAndEarliestOrigin) {
  std::vector<Article> a = {
      MakeArticle("e", "", PublishedTime::Day(2024, 6, 20)),
      MakeArticle("d", "", PublishedTime::Day(2024, 6, 18)),
      MakeArticle("c", ""),
      MakeArticle("b", ""),
      MakeArticle("a", ""),
      MakeArticle("z", "", PublishedTime::Minute(2024, 6, 18, 9, 0)),
  };
  // {0,1,5} chain, {2,3} unknown times, 4 alone.
  const auto clusters = BuildClusters({{1, 0}, {5, 0}, {3, 2}}, a);
  ASSERT_EQ(clusters.size(), 2u);
  EXPECT_EQ(clusters[0].members, (std::vector<int>{0, 1, 5}));
  EXPECT_EQ(clusters[0].origin, 1);  // Day 18 starts before 09:00 on the 18th.
  EXPECT_EQ(clusters[1].members, (std::vector<int>{2, 3}));
  EXPECT_EQ(clusters[1].origin, 3);  // No dates: smallest id "b".
}

}  // namespace
}  // namespace wirecheck
