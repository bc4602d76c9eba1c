#include "pipeline/incremental.h"

#include <string>
#include <vector>

#include "gtest/gtest.h"

namespace wirecheck {
namespace {

Article Named(const std::string& id, const std::string& text = "x") {
  Article a;
  a.id = id;
  a.text = text;
  return a;
}

TEST(IncrementalTest, WithoutAStoreEveryArticleIsNew) {
  Batch b = AllNew({Named("a"), Named("b")});
  ASSERT_EQ(b.articles.size(), 2u);
  EXPECT_EQ(b.articles[1].id, "b");
  EXPECT_EQ(b.is_new, (std::vector<bool>{true, true}));
}

CopyPair Pair(int source, int copy) {
  CopyPair p;
  p.source = source;
  p.copy = copy;
  return p;
}

Claim ClaimIn(int doc) {
  Claim c;
  c.doc = doc;
  return c;
}

TEST(IncrementalTest, KeepsOnlyFindingsThatTouchANewArticle) {
  // 0 and 1 were seen before; 2 is new.
  const std::vector<bool> is_new = {false, false, true};
  CheckResult r;
  r.docs.resize(3);
  r.dedup.emplace();
  r.dedup->copies = {Pair(0, 1), Pair(0, 2), Pair(2, 1)};
  r.dedup->clusters = {Cluster{0, {0, 1}}, Cluster{0, {0, 1, 2}}};
  r.compare.emplace();
  r.compare->claims = {ClaimIn(0), ClaimIn(2)};
  Discrepancy old_pair;
  old_pair.a = ClaimIn(0);
  old_pair.b = ClaimIn(1);
  Discrepancy new_pair;
  new_pair.a = ClaimIn(1);
  new_pair.b = ClaimIn(2);
  r.compare->discrepancies = {old_pair, new_pair};

  KeepFindingsTouchingNew(is_new, &r);
  ASSERT_EQ(r.dedup->copies.size(), 2u);
  EXPECT_EQ(r.dedup->copies[0].copy, 2);
  EXPECT_EQ(r.dedup->copies[1].source, 2);
  ASSERT_EQ(r.dedup->clusters.size(), 1u);
  EXPECT_EQ(r.dedup->clusters[0].members.size(), 3u);
  ASSERT_EQ(r.compare->claims.size(), 1u);
  EXPECT_EQ(r.compare->claims[0].doc, 2);
  ASSERT_EQ(r.compare->discrepancies.size(), 1u);
  EXPECT_EQ(r.compare->discrepancies[0].b.doc, 2);

  // The report lists the new article and the old ones findings cite.
  EXPECT_EQ(ArticlesToList(is_new, r), (std::vector<bool>{true, true, true}));
}

TEST(IncrementalTest, ListsOnlyNewArticlesWhenNothingCitesOldOnes) {
  CheckResult r;
  r.dedup.emplace();
  r.compare.emplace();
  EXPECT_EQ(ArticlesToList({false, true, false}, r),
            (std::vector<bool>{false, true, false}));
}

}  // namespace
}  // namespace wirecheck
