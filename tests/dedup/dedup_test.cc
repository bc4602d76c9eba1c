#include "dedup/dedup.h"

#include <map>
#include <set>

#include "gtest/gtest.h"
#include "tests/dedup/test_docs.h"

namespace wirecheck {
namespace {

using testing_dedup::BruteForcePairs;
using testing_dedup::MakeArticle;
using testing_dedup::MakeCorpus;
using testing_dedup::ReferencePair;
using testing_dedup::WhitespaceDocuments;

uint64_t Key(int a, int b) {
  return (uint64_t(std::min(a, b)) << 32) | uint64_t(std::max(a, b));
}

TEST(FindCopiesTest, MatchesBruteForceOnGeneratedCorpora) {
  for (uint64_t seed : {1, 2, 3}) {
    const std::vector<Article> articles = MakeCorpus(seed, 150, 15, 15, 20);
    const std::vector<Document> docs = WhitespaceDocuments(articles);
    DedupOptions options;
    auto result = FindCopies(articles, docs, options);
    ASSERT_TRUE(result.ok()) << result.status();
    std::map<uint64_t, const CopyPair*> found;
    for (const CopyPair& p : result->copies) found[Key(p.source, p.copy)] = &p;

    int expected = 0, recalled = 0;
    std::map<uint64_t, ReferencePair> reference;
    for (const ReferencePair& r : BruteForcePairs(docs, options.shingle)) {
      reference.emplace(Key(r.a, r.b), r);
      if (r.MaxContainment() >= options.threshold + 0.1) {
        ++expected;
        recalled += found.count(Key(r.a, r.b));
      }
    }
    ASSERT_GT(expected, 25);
    EXPECT_GE(recalled, 0.95 * expected) << "seed " << seed;

    for (const CopyPair& p : result->copies) {
      auto it = reference.find(Key(p.source, p.copy));
      ASSERT_NE(it, reference.end());
      const double exact = p.copy == it->second.a
                               ? it->second.overlap.ContainmentOfAInB()
                               : it->second.overlap.ContainmentOfBInA();
      EXPECT_DOUBLE_EQ(p.containment, exact);
      EXPECT_DOUBLE_EQ(p.similarity, it->second.overlap.Jaccard());
      int longest = 0;
      for (const AlignedSpan& s : p.spans) {
        EXPECT_EQ(s.copy.Of(articles[p.copy].text).size(), s.copy.size());
        longest = std::max<int>(
            longest,
            WhitespaceDocuments({MakeArticle(
                "x", std::string(s.copy.Of(articles[p.copy].text)))})[0]
                .tokens.size());
      }
      if (p.containment < options.threshold - 0.1) {
        EXPECT_GE(longest, options.min_passage) << p.source << "->" << p.copy;
      }
    }
  }
}

TEST(FindCopiesTest, PartialCopyIsReportedWithItsPassage) {
  const std::vector<Article> articles = MakeCorpus(9, 20, 0, 0, 1);
  const std::vector<Document> docs = WhitespaceDocuments(articles);
  auto result = FindCopies(articles, docs, DedupOptions());
  ASSERT_TRUE(result.ok());
  ASSERT_EQ(result->copies.size(), 1u);
  const CopyPair& p = result->copies[0];
  EXPECT_EQ(p.copy, 20);
  EXPECT_LT(p.containment, 0.5);
  ASSERT_EQ(p.spans.size(), 1u);
  EXPECT_EQ(p.spans[0].copy.Of(articles[p.copy].text),
            p.spans[0].source.Of(articles[p.source].text));
  EXPECT_FALSE(p.by_date);
}

TEST(FindCopiesTest, DirectionCreditAndClusters) {
  const std::vector<Article> base = MakeCorpus(4, 3, 0, 0, 0);
  std::vector<Article> articles = {
      MakeArticle("late", base[0].text + " Theo TTXVN",
                  PublishedTime::Day(2024, 6, 20), "baotintuc.vn"),
      MakeArticle("early", base[0].text + " (TTXVN)",
                  PublishedTime::Day(2024, 6, 19), "vietnamplus.vn"),
      MakeArticle("other", base[1].text),
      MakeArticle("nodate", base[0].text),
  };
  const std::vector<Document> docs = WhitespaceDocuments(articles);
  DedupOptions options;
  options.threads = 2;
  auto result = FindCopies(articles, docs, options);
  ASSERT_TRUE(result.ok());
  ASSERT_EQ(result->copies.size(), 3u);
  const CopyPair& dated = result->copies[0];  // Sorted by (source, copy).
  EXPECT_EQ(dated.source, 0);
  EXPECT_EQ(dated.copy, 3);
  EXPECT_FALSE(dated.by_date);
  const CopyPair& by_date = result->copies[1];
  EXPECT_EQ(by_date.source, 1);
  EXPECT_EQ(by_date.copy, 0);
  EXPECT_TRUE(by_date.by_date);
  EXPECT_TRUE(by_date.credited);
  EXPECT_EQ(by_date.credit, "Theo TTXVN");
  ASSERT_EQ(result->clusters.size(), 1u);
  EXPECT_EQ(result->clusters[0].members, (std::vector<int>{0, 1, 3}));
  EXPECT_EQ(result->clusters[0].origin, 1);
}

TEST(FindCopiesTest, ThreadCountDoesNotChangeResults) {
  const std::vector<Article> articles = MakeCorpus(5, 80, 10, 10, 10);
  const std::vector<Document> docs = WhitespaceDocuments(articles);
  DedupOptions one, two;
  one.threads = 1;
  two.threads = 2;
  auto a = FindCopies(articles, docs, one);
  auto b = FindCopies(articles, docs, two);
  ASSERT_TRUE(a.ok() && b.ok());
  ASSERT_EQ(a->copies.size(), b->copies.size());
  for (size_t i = 0; i < a->copies.size(); ++i) {
    EXPECT_EQ(a->copies[i].source, b->copies[i].source);
    EXPECT_EQ(a->copies[i].copy, b->copies[i].copy);
    EXPECT_EQ(a->copies[i].containment, b->copies[i].containment);
    EXPECT_EQ(a->copies[i].spans.size(), b->copies[i].spans.size());
  }
  EXPECT_EQ(a->candidates, b->candidates);
}

TEST(FindCopiesTest, HighDfShinglesDoNotMakeCandidates) {
  // Every article ends with the same 60-word footer; with max_df = 2 the
  // footer's shingles cannot make candidates.
  const std::vector<Article> base = MakeCorpus(6, 6, 0, 0, 0);
  const std::string footer = base[5].text.substr(0, 400);
  std::vector<Article> articles;
  for (int i = 0; i < 5; ++i) {
    articles.push_back(MakeArticle("a" + std::to_string(i),
                                   base[i].text.substr(0, 300) + " " + footer));
  }
  const std::vector<Document> docs = WhitespaceDocuments(articles);
  DedupOptions options;
  options.max_df = 2;
  auto filtered = FindCopies(articles, docs, options);
  ASSERT_TRUE(filtered.ok());
  EXPECT_EQ(filtered->candidates, 0);
  options.max_df = 100;
  auto unfiltered = FindCopies(articles, docs, options);
  ASSERT_TRUE(unfiltered.ok());
  EXPECT_EQ(unfiltered->candidates, 10);
}

TEST(FindCopiesTest, RejectsBadOptions) {
  const std::vector<Article> none;
  const std::vector<Document> no_docs;
  struct Case {
    double threshold;
    int shingle;
    int num_perm;
    double max_df;
  };
  const Case cases[] = {{0.0, 5, 128, 100},
                        {1.5, 5, 128, 100},
                        {0.5, 0, 128, 100},
                        {0.5, 5, 0, 100},
                        {0.5, 5, 128, 0}};
  for (const Case& c : cases) {
    DedupOptions o;
    o.threshold = c.threshold;
    o.shingle = c.shingle;
    o.num_perm = c.num_perm;
    o.max_df = c.max_df;
    EXPECT_EQ(FindCopies(none, no_docs, o).status().code(),
              absl::StatusCode::kInvalidArgument);
    EXPECT_FALSE(ExplainLsh(o).ok());
  }
  EXPECT_EQ(FindCopies({MakeArticle("a", "x")}, no_docs, DedupOptions())
                .status()
                .code(),
            absl::StatusCode::kInvalidArgument);
}

TEST(FindCopiesTest, ExplainShowsBandsAndCurve) {
  auto text = ExplainLsh(DedupOptions());
  ASSERT_TRUE(text.ok());
  EXPECT_NE(text->find("bands x"), std::string::npos);
  EXPECT_NE(text->find("P(candidate | Jaccard 0.8)"), std::string::npos);
}

}  // namespace
}  // namespace wirecheck
