#include "pipeline/finding_id.h"

#include <algorithm>
#include <map>
#include <string>
#include <utility>
#include <vector>

#include "gtest/gtest.h"
#include "pipeline/check.h"
#include "tests/testing/news_corpus.h"

namespace wirecheck {
namespace {

const FindingSide kSource{"tuoitre-1", {{0, 120}, {300, 420}}};
const FindingSide kCopy{"vnexpress-7", {{10, 130}, {500, 620}}};

TEST(FindingIdTest, KnownAnswers) {
  // Pinned (checked against a separate encoder and libxxhash): a change
  // here changes every id teams keep in their baselines.
  EXPECT_EQ(CopyFindingId(kSource, kCopy), "c-c50bef3926abfaa5");
  EXPECT_EQ(DiscrepancyFindingId(FindingSide{"a", {{1, 5}}},
                                 FindingSide{"b", {{7, 9}}}),
            "d-e7b9d163a37e5e36");
}

TEST(FindingIdTest, SidesCommute) {
  EXPECT_EQ(CopyFindingId(kSource, kCopy), CopyFindingId(kCopy, kSource));
  EXPECT_EQ(DiscrepancyFindingId(kSource, kCopy),
            DiscrepancyFindingId(kCopy, kSource));
}

TEST(FindingIdTest, KindIdsAndSpansAllCount) {
  const std::string id = CopyFindingId(kSource, kCopy);
  EXPECT_EQ(id.size(), 18u);
  EXPECT_EQ(id.substr(0, 2), "c-");
  EXPECT_EQ(DiscrepancyFindingId(kSource, kCopy).substr(0, 2), "d-");
  EXPECT_NE(DiscrepancyFindingId(kSource, kCopy).substr(2), id.substr(2));
  FindingSide moved = kCopy;
  moved.spans[1].end += 1;
  EXPECT_NE(CopyFindingId(kSource, moved), id);
  FindingSide renamed = kCopy;
  renamed.doc_id = "vnexpress-8";
  EXPECT_NE(CopyFindingId(kSource, renamed), id);
  // Length prefixes: moving bytes between the id and the spans changes it.
  EXPECT_NE(CopyFindingId(FindingSide{"ab", {}}, FindingSide{"c", {}}),
            CopyFindingId(FindingSide{"a", {}}, FindingSide{"bc", {}}));
}

// What each id names: the articles (by id) in the order the report gives.
using Named = std::map<std::string, std::pair<std::string, std::string>>;

Named FindingsOf(const std::vector<Article>& articles) {
  CheckOptions options;
  options.compare.include_refinements = true;
  options.compare.include_updates = true;
  absl::StatusOr<CheckResult> r = RunCheck(articles, options);
  EXPECT_TRUE(r.ok()) << r.status();
  Named out;
  if (!r.ok()) return out;
  for (const CopyPair& p : r->dedup->copies) {
    out[p.id] = {articles[p.source].id, articles[p.copy].id};
  }
  for (const Discrepancy& d : r->compare->discrepancies) {
    out[d.id] = {articles[d.a.doc].id, articles[d.b.doc].id};
  }
  return out;
}

TEST(FindingIdTest, InputOrderChangesNeitherIdsNorSides) {
  std::vector<Article> articles =
      testing_news::MakeNewsCorpus(/*seed=*/9, /*events=*/12, /*unrelated=*/6);
  // Same-day articles make direction and sides depend on the tie-breaks.
  for (Article& a : articles) a.published = PublishedTime{};
  const Named forward = FindingsOf(articles);
  std::reverse(articles.begin(), articles.end());
  const Named backward = FindingsOf(articles);
  ASSERT_GT(forward.size(), 5u);
  EXPECT_EQ(forward, backward);
}

}  // namespace
}  // namespace wirecheck
