// Events: which articles of a batch report one event, and so may have their
// figures compared.
#include "compare/event.h"

#include <algorithm>
#include <map>
#include <random>
#include <string>
#include <tuple>
#include <utility>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "compare/frame.h"
#include "gtest/gtest.h"
#include "tests/compare/extract_fixture.h"

namespace wirecheck {
namespace {

// Two rewrites of one report, and an unrelated one.
constexpr const char* kTroopsA =
    "Tình báo Hàn Quốc cho biết Triều Tiên đã điều hơn 10.000 binh lính tới "
    "Nga để tham chiến ở tỉnh Kursk.";
constexpr const char* kTroopsB =
    "Triều Tiên điều khoảng 12.000 binh lính tới Nga tham chiến ở tỉnh "
    "Kursk, theo tình báo Hàn Quốc.";
constexpr const char* kGold =
    "Giá vàng trong nước hôm nay tăng mạnh theo đà thế giới, vượt mốc 80 "
    "triệu đồng mỗi lượng.";

struct Doc {
  std::string text;
  PublishedTime published = PublishedTime::Day(2024, 6, 20);
};

ArticleProfile Profile(const Doc& d) {
  const Knowledge& k = BuiltinKnowledge();
  const LexedArticle lexed =
      LexArticle(d.text, {Span{0, static_cast<uint32_t>(d.text.size())}},
                 k.lexicon, ExtractOptions::Language::kAuto);
  return ProfileOf(lexed, "", d.published, k.lexicon, k.aliases);
}

std::vector<ArticleProfile> Profiles(const std::vector<Doc>& docs) {
  std::vector<ArticleProfile> out;
  for (const Doc& d : docs) out.push_back(Profile(d));
  return out;
}

// The pair (a, b) of `events`, or nullptr.
const EventPair* PairOf(const Events& events, int a, int b) {
  for (const EventPair& p : events.pairs) {
    if (p.a == a && p.b == b) return &p;
  }
  return nullptr;
}

TEST(EventTest, SameEventWithinWindowPairs) {
  const std::vector<ArticleProfile> p =
      Profiles({{kTroopsA}, {kTroopsB}, {kGold}});
  const EventOptions opt;
  const Events e = FindEvents(p, {}, {}, opt);
  const EventPair* pair = PairOf(e, 0, 1);
  ASSERT_NE(pair, nullptr);
  EXPECT_FALSE(pair->copy);
  EXPECT_GE(pair->similarity, opt.min_similarity);
  // The reported similarity is the one ProfileSimilarity explains.
  EXPECT_NEAR(pair->similarity, ProfileSimilarity(p[0], p[1], e, opt), 1e-6);
  ASSERT_EQ(e.event_of.size(), 3u);
  EXPECT_NE(e.event_of[0], -1);
  EXPECT_EQ(e.event_of[0], e.event_of[1]);
  // The gold price report is another event.
  EXPECT_EQ(e.event_of[2], -1);
  EXPECT_EQ(PairOf(e, 0, 2), nullptr);
  EXPECT_LT(ProfileSimilarity(p[0], p[2], e, opt), opt.min_similarity);
}

TEST(EventTest, SameTextsTenDaysApartDoNotPair) {
  const Events e =
      FindEvents(Profiles({{kTroopsA, PublishedTime::Day(2024, 6, 1)},
                           {kTroopsB, PublishedTime::Day(2024, 6, 11)}}),
                 {}, {}, EventOptions{});
  EXPECT_TRUE(e.pairs.empty());
  EXPECT_EQ(e.event_of, (std::vector<int>{-1, -1}));
}

TEST(EventTest, UnknownPublicationTimeDoesNotSeparate) {
  const Events e =
      FindEvents(Profiles({{kTroopsA, PublishedTime::Day(2024, 6, 1)},
                           {kTroopsB, PublishedTime{}}}),
                 {}, {}, EventOptions{});
  ASSERT_NE(PairOf(e, 0, 1), nullptr);
  EXPECT_EQ(e.event_of[0], e.event_of[1]);
}

TEST(EventTest, ForcedCopyPairsAlwaysPairAndAreMarkedCopy) {
  // Dedup found a copy between two articles that share no words and were
  // published far apart: they still pair, as a copy.
  const Events e =
      FindEvents(Profiles({{kTroopsA, PublishedTime::Day(2024, 6, 1)},
                           {kGold, PublishedTime::Day(2024, 8, 1)}}),
                 {{1, 0}}, {}, EventOptions{});
  ASSERT_EQ(e.pairs.size(), 1u);
  EXPECT_EQ(e.pairs[0].a, 0);
  EXPECT_EQ(e.pairs[0].b, 1);
  EXPECT_TRUE(e.pairs[0].copy);
  EXPECT_NE(e.event_of[0], -1);
  EXPECT_EQ(e.event_of[0], e.event_of[1]);
}

TEST(EventTest, CopyFlagSurvivesWhenThePairIsAlsoSimilar) {
  const Events e =
      FindEvents(Profiles({{kTroopsA}, {kTroopsB}}), {{0, 1}}, {}, {});
  ASSERT_EQ(e.pairs.size(), 1u);
  EXPECT_TRUE(e.pairs[0].copy);
}

TEST(EventTest, CallerGroupsPairWithSimilarityOne) {
  const Events e = FindEvents(Profiles({{kTroopsA}, {kGold}, {kTroopsB}}), {},
                              {{1, 0}}, EventOptions{});
  const EventPair* forced = PairOf(e, 0, 1);
  ASSERT_NE(forced, nullptr);
  EXPECT_EQ(forced->similarity, 1.0);
  EXPECT_FALSE(forced->copy);
  EXPECT_EQ(e.event_of[0], e.event_of[1]);
}

TEST(EventTest, SimilarityJoinsNeverExceedMaxEventSize) {
  std::vector<Doc> docs;
  for (int i = 0; i < 6; ++i) {
    docs.push_back({"Triều Tiên điều " + std::to_string(1000 * (i + 1)) +
                    " binh lính tới Nga để tham chiến ở tỉnh Kursk, theo "
                    "tình báo Hàn Quốc."});
  }
  EventOptions opt;
  opt.max_event_size = 3;
  const Events e = FindEvents(Profiles(docs), {}, {}, opt);
  std::map<int, int> members;
  for (int id : e.event_of) {
    // Six near-identical reports: none may be left alone.
    EXPECT_NE(id, -1);
    ++members[id];
  }
  EXPECT_GE(members.size(), 2u);
  for (const auto& [id, count] : members) {
    EXPECT_LE(count, opt.max_event_size) << "event " << id;
  }
  // Claims are compared only along pairs inside one event.
  ASSERT_FALSE(e.pairs.empty());
  for (const EventPair& p : e.pairs) {
    EXPECT_LT(p.a, p.b);
    EXPECT_EQ(e.event_of[p.a], e.event_of[p.b]) << p.a << "-" << p.b;
  }
}

TEST(EventTest, IdfIsLowerForTermsInMoreArticles) {
  const std::vector<ArticleProfile> p =
      Profiles({{kTroopsA}, {kTroopsB}, {kGold}});
  const Events e = FindEvents(p, {}, {}, EventOptions{});
  // "kursk" is in two of three articles, "vàng" in one.
  const double shared = e.Idf(TermHash("kursk"));
  const double single = e.Idf(TermHash("vàng"));
  EXPECT_LT(shared, single);
  EXPECT_LT(single, e.unseen_idf);
}

// A synthetic batch: `topics` stories of articles sharing most of their
// terms, published on the story's day (a few with no time), and terms
// every story uses.
std::vector<ArticleProfile> SyntheticProfiles(int articles, int topics) {
  std::mt19937_64 rng(12);
  std::vector<ArticleProfile> out;
  for (int i = 0; i < articles; ++i) {
    const int topic = i % topics;
    absl::flat_hash_map<uint64_t, float> terms;
    for (int k = 0; k < 30; ++k) {
      terms[1000 * (topic + 1) + rng() % 45] += 1 + rng() % 3;
    }
    for (int k = 0; k < 25; ++k) terms[rng() % 4000 + 1000000] += 1;
    for (int k = 0; k < 5; ++k) terms[rng() % 12] += 1;  // In many.
    ArticleProfile p;
    p.terms.assign(terms.begin(), terms.end());
    std::sort(p.terms.begin(), p.terms.end());
    if (rng() % 10 != 0)
      p.published = PublishedTime::Day(2024, 6, 1 + topic % 20);
    out.push_back(std::move(p));
  }
  return out;
}

// FindEvents' stages run the way a batch spread over `parts` machines runs
// them (python/src/wirecheck/dask.py): indexed terms split by term, best
// pairs by article.
Events StagedEvents(const std::vector<ArticleProfile>& profiles,
                    const std::vector<std::pair<int, int>>& copies,
                    const EventOptions& opt, int parts) {
  const int n = static_cast<int>(profiles.size());
  absl::flat_hash_map<uint64_t, int> df;
  for (const ArticleProfile& p : profiles) {
    for (const auto& [term, count] : p.terms) ++df[term];
  }
  Events events;
  events.unseen_idf = UnseenIdf(n);
  for (const auto& [term, f] : df) events.idf[term] = TermIdf(n, f);
  std::vector<TermVector> vectors;
  std::vector<std::vector<std::pair<uint64_t, uint32_t>>> entries(parts);
  for (int i = 0; i < n; ++i) {
    vectors.push_back(WeighProfile(profiles[i], events, opt.profile_terms));
    for (uint64_t t :
         IndexedTerms(vectors[i], df, MaxIndexedDf(n, opt), opt.index_terms)) {
      entries[t % parts].push_back({t, static_cast<uint32_t>(i)});
    }
  }
  std::map<uint64_t, int> shared;
  for (auto& part : entries) {
    for (const auto& [pair, count] : SharedTermCounts(std::move(part))) {
      shared[pair] += count;
    }
  }
  std::vector<std::vector<std::pair<int, EventPair>>> by_article(parts);
  for (const auto& [pair, count] : shared) {
    if (count < kMinSharedTerms) continue;
    const int a = static_cast<int>(pair >> 32);
    const int b = static_cast<int>(pair & 0xFFFFFFFF);
    if (auto p =
            ScoreCandidate(a, b, profiles[a].published, profiles[b].published,
                           vectors[a], vectors[b], opt)) {
      by_article[a % parts].push_back({a, *p});
      by_article[b % parts].push_back({b, *p});
    }
  }
  std::vector<EventPair> kept;
  for (auto& part : by_article) {
    for (const EventPair& p : BestPairs(std::move(part), opt.max_neighbours)) {
      kept.push_back(p);
    }
  }
  std::vector<EventPair> forced;
  for (const auto& [x, y] : copies) {
    forced.push_back(CopyEventPair(x, y, vectors[x], vectors[y], opt));
  }
  FormEvents(n, forced, kept, opt, &events);
  return events;
}

TEST(EventTest, StagesRunInPartsGiveFindEventsExactly) {
  const std::vector<ArticleProfile> profiles = SyntheticProfiles(600, 45);
  // Copies across stories, either way round.
  const std::vector<std::pair<int, int>> copies = {
      {5, 300}, {301, 7}, {44, 45}, {599, 0}};
  EventOptions opt;
  opt.max_event_size = 12;  // Some stories are larger: joins are bounded.
  const Events whole = FindEvents(profiles, copies, {}, opt);
  ASSERT_GT(whole.pairs.size(), 1000u);
  for (int parts : {1, 3, 7}) {
    const Events staged = StagedEvents(profiles, copies, opt, parts);
    ASSERT_EQ(staged.pairs.size(), whole.pairs.size()) << parts;
    for (size_t i = 0; i < whole.pairs.size(); ++i) {
      const EventPair& x = whole.pairs[i];
      const EventPair& y = staged.pairs[i];
      EXPECT_EQ(std::tie(x.a, x.b, x.similarity, x.copy),
                std::tie(y.a, y.b, y.similarity, y.copy))
          << parts << " parts, pair " << i;
    }
    EXPECT_EQ(staged.event_of, whole.event_of) << parts;
  }
}

TEST(EventTest, SharedTermCountsCountEachPairsCommonTerms) {
  const auto counts = SharedTermCounts(
      {{7, 2}, {7, 0}, {9, 0}, {9, 2}, {9, 1}, {11, 1}, {11, 1}});
  const std::vector<std::pair<uint64_t, int>> expected = {
      {uint64_t{0} << 32 | 1, 1},
      {uint64_t{0} << 32 | 2, 2},
      {uint64_t{1} << 32 | 2, 1}};
  EXPECT_EQ(counts, expected);
}

TEST(EventTest, BestPairsKeepsEachArticlesStrongest) {
  const EventPair ab{0, 1, 0.9, false}, ac{0, 2, 0.5, false},
      bc{1, 2, 0.7, false};
  // Article 0 keeps one pair (0-1); article 2 keeps 1-2; 0-2 is nobody's.
  const std::vector<EventPair> kept =
      BestPairs({{0, ab}, {0, ac}, {2, ac}, {2, bc}}, 1);
  ASSERT_EQ(kept.size(), 2u);
  EXPECT_EQ(std::tie(kept[0].a, kept[0].b), std::make_tuple(0, 1));
  EXPECT_EQ(std::tie(kept[1].a, kept[1].b), std::make_tuple(1, 2));
}

}  // namespace
}  // namespace wirecheck
