// Events: which articles of a batch report one event, and so may have their
// figures compared.
#include "compare/event.h"

#include <map>
#include <string>
#include <utility>
#include <vector>

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

}  // namespace
}  // namespace wirecheck
