// Attribute matching end to end: which figures of two articles are figures
// of one thing, and so may conflict.
#include "compare/attribute.h"

#include <string>
#include <vector>

#include "compare/compare.h"
#include "gtest/gtest.h"
#include "tests/compare/extract_fixture.h"

namespace wirecheck {
namespace {

// Runs the matcher on `texts`, all in one story, published the same day.
class AttributeTest : public ::testing::Test {
 protected:
  CompareResult Run(const std::vector<std::string>& texts,
                    const CompareOptions& opt) {
    articles_.clear();
    documents_.clear();
    std::vector<int> story;
    for (size_t i = 0; i < texts.size(); ++i) {
      Article a;
      a.id = "d" + std::to_string(i);
      a.text = texts[i];
      a.published = PublishedTime::Day(2024, 6, 20);
      articles_.push_back(a);
      Document d;
      d.body = {Span{0, static_cast<uint32_t>(a.text.size())}};
      documents_.push_back(d);
      story.push_back(static_cast<int>(i));
    }
    CompareInput in{&articles_, &documents_, {story}, {}, {}, {}, false};
    absl::StatusOr<CompareResult> r =
        FindDiscrepancies(in, BuiltinKnowledge(), opt);
    EXPECT_TRUE(r.ok()) << r.status();
    return r.ok() ? *std::move(r) : CompareResult{};
  }

  std::string Quote(const Claim& c) const {
    return std::string(c.span.Of(articles_[c.doc].text));
  }

  std::vector<Article> articles_;
  std::vector<Document> documents_;
};

// Everything the matcher could report, down to weak candidates.
CompareOptions Everything() {
  CompareOptions o;
  o.include_refinements = true;
  o.include_updates = true;
  o.include_candidates = true;
  return o;
}

constexpr const char* kProjectsA =
    "Năm qua tỉnh đã thu hút thêm được 19 dự án đầu tư nước ngoài và 22 dự "
    "án đầu tư trong nước.";

TEST_F(AttributeTest, SiblingFiguresToldApartByTheWordsAfterThem) {
  // B lists the two kinds of project the other way round and with another
  // domestic figure: 22 (domestic) must never meet 19 (foreign).
  const CompareResult r =
      Run({kProjectsA,
           "Tỉnh đã thu hút 4 dự án đầu tư trong nước và 19 dự án đầu tư "
           "nước ngoài."},
          Everything());
  ASSERT_FALSE(r.claims.empty());
  for (const Discrepancy& d : r.discrepancies) {
    EXPECT_FALSE(Quote(d.a).find("22") == 0 && Quote(d.b).find("19") == 0)
        << Quote(d.a) << " vs " << Quote(d.b);
    EXPECT_FALSE(Quote(d.a).find("19") == 0 && Quote(d.b).find("4 ") == 0)
        << Quote(d.a) << " vs " << Quote(d.b);
  }
}

// The predicate "thu hút" is read on the first figure of A's list.
constexpr const char* kProjectsDomesticFirst =
    "Tỉnh đã thu hút 22 dự án đầu tư trong nước và 19 dự án đầu tư nước "
    "ngoài.";

// The claim of `claims` whose words start with `value`.
const Claim* ClaimStarting(const std::vector<Claim>& claims,
                           const std::string& text, const std::string& value) {
  for (const Claim& c : claims) {
    if (c.span.Of(text).substr(0, value.size()) == value) return &c;
  }
  return nullptr;
}

ArticleProfile ProfileOfText(const std::string& text) {
  const Knowledge& k = BuiltinKnowledge();
  const LexedArticle lexed =
      LexArticle(text, {Span{0, static_cast<uint32_t>(text.size())}}, k.lexicon,
                 ExtractOptions::Language::kAuto);
  return ProfileOf(lexed, "", PublishedTime::Day(2024, 6, 20), k.lexicon,
                   k.aliases);
}

TEST_F(AttributeTest, FigureNamedAsTheOtherSiblingNeverMeetsIt) {
  // B states only the foreign projects; A's domestic 22 must not meet them.
  const std::string b = "Tỉnh đã thu hút 19 dự án đầu tư nước ngoài.";
  EXPECT_TRUE(
      Run({kProjectsDomesticFirst, b}, Everything()).discrepancies.empty());
  // It is the sibling rule that keeps them apart: both figures are of
  // projects attracted, so nothing else tells them apart.
  const PublishedTime day = PublishedTime::Day(2024, 6, 20);
  const std::vector<Claim> ca = ExtractAll(kProjectsDomesticFirst, day);
  const std::vector<Claim> cb = ExtractAll(b, day);
  const Claim* domestic = ClaimStarting(ca, kProjectsDomesticFirst, "22 ");
  const Claim* foreign = ClaimStarting(cb, b, "19 ");
  ASSERT_NE(domestic, nullptr);
  ASSERT_NE(foreign, nullptr);
  EXPECT_EQ(domestic->role, foreign->role);
  const std::vector<ArticleProfile> profiles = {
      ProfileOfText(kProjectsDomesticFirst), ProfileOfText(b)};
  const Events events = FindEvents(profiles, {}, {{0, 1}}, EventOptions{});
  EXPECT_EQ(WhyDifferent(*domestic, *foreign, profiles[0], profiles[1], events,
                         /*cross_language=*/false, AlignOptions{}),
            Mismatch::kSibling);
}

TEST_F(AttributeTest, SameTailOtherValueConflicts) {
  // The domestic figures differ (22 against 25), the foreign ones agree:
  // the sibling rule must not hide a real conflict.
  const CompareResult r =
      Run({kProjectsDomesticFirst,
           "Tỉnh đã thu hút 25 dự án đầu tư trong nước và 19 dự án đầu tư "
           "nước ngoài."},
          CompareOptions{});
  ASSERT_EQ(r.discrepancies.size(), 1u);
  const Discrepancy& d = r.discrepancies[0];
  EXPECT_EQ(d.cls, DiscrepancyClass::kConflict);
  EXPECT_EQ(Quote(d.a), "22 dự án đầu tư");
  EXPECT_EQ(Quote(d.b), "25 dự án đầu tư");
}

TEST_F(AttributeTest, ConditionalFigureIsNeverCompared) {
  // Control: stated figures of the same export conflict.
  const CompareResult stated =
      Run({"Năm nay công ty đã xuất khẩu 32 nghìn tấn than sang Nhật Bản.",
           "Năm nay công ty đã xuất khẩu 50 nghìn tấn than sang Nhật Bản."},
          CompareOptions{});
  ASSERT_EQ(stated.discrepancies.size(), 1u);
  // A hypothesis ("if it does not export ...") is not a fact of the event.
  const CompareResult r =
      Run({"Nếu không xuất khẩu 32 nghìn tấn than thì công ty sẽ lỗ nặng.",
           "Nếu không xuất khẩu 50 nghìn tấn than thì công ty sẽ lỗ nặng."},
          Everything());
  EXPECT_TRUE(r.discrepancies.empty());
  bool conditional_seen = false;
  for (const Claim& c : r.claims) {
    if (Quote(c).find("32") == 0) {
      EXPECT_EQ(c.modality, Modality::kConditional) << Quote(c);
      conditional_seen = true;
    }
  }
  EXPECT_TRUE(conditional_seen);
}

// Hand-built claims: WhyDifferent reads only the frame fields below.
Claim Figure(const std::string& role, const std::string& tail) {
  Claim c;
  c.kind = ClaimKind::kNumber;
  c.unit_class = "projects";
  c.role = role;
  c.tail = tail;
  return c;
}

Mismatch Why(const Claim& a, const Claim& b) {
  return WhyDifferent(a, b, ArticleProfile{}, ArticleProfile{}, Events{},
                      /*cross_language=*/false, AlignOptions{});
}

TEST(WhyDifferentTest, NamesTheRuleThatKeepsTwoFiguresApart) {
  const Claim base = Figure("attracted", "trong nước");
  EXPECT_EQ(Why(base, base), Mismatch::kNone);

  Claim injured = base;
  injured.role = "injured";
  Claim killed = base;
  killed.role = "killed";
  EXPECT_EQ(Why(killed, injured), Mismatch::kPredicate);

  Claim oil = base, gas = base;
  oil.goods = "dầu";
  gas.goods = "khí";
  EXPECT_EQ(Why(oil, gas), Mismatch::kGoods);

  // Names agree when one holds the other, not when they share a last
  // syllable (a ward is not its province).
  Claim hieu = base, tran_ngoc_hieu = base, ho_nai = base, dong_nai = base;
  hieu.subject = "hieu", hieu.subject_term = 1;
  tran_ngoc_hieu.subject = "tran ngoc hieu", tran_ngoc_hieu.subject_term = 2;
  ho_nai.subject = "ho nai", ho_nai.subject_term = 3;
  dong_nai.subject = "dong nai", dong_nai.subject_term = 4;
  EXPECT_EQ(Why(hieu, tran_ngoc_hieu), Mismatch::kNone);
  EXPECT_EQ(Why(ho_nai, dong_nai), Mismatch::kSubject);
  // A number after a name tells another of its kind.
  Claim bridge = base, bridge2 = base, formosa = base, formosa2 = base;
  bridge.subject = "thu thiem", bridge.subject_term = 5;
  bridge2.subject = "thu thiem 2", bridge2.subject_term = 6;
  formosa.subject = "formosa", formosa.subject_term = 7;
  formosa2.subject = "formosa ii", formosa2.subject_term = 8;
  EXPECT_EQ(Why(bridge, bridge2), Mismatch::kSubject);
  EXPECT_EQ(Why(formosa2, formosa), Mismatch::kSubject);

  // An amount's noun phrases may differ when one predicate and one named
  // subject already say what it is of.
  Claim studio = base, developer = base;
  studio.kind = developer.kind = ClaimKind::kMoney;
  studio.unit_class = developer.unit_class = "USD";
  studio.role = developer.role = "price";
  studio.head = {11, 12}, developer.head = {13, 14};
  EXPECT_EQ(Why(studio, developer), Mismatch::kHead);
  studio.subject = developer.subject = "remedy entertainment";
  studio.subject_term = developer.subject_term = 9;
  EXPECT_EQ(Why(studio, developer), Mismatch::kNone);

  // A's sentence also has a foreign figure; B's figure is foreign.
  Claim domestic = base;
  domestic.sibling_tails = {"nước ngoài"};
  const Claim foreign = Figure("attracted", "nước ngoài");
  EXPECT_EQ(Why(domestic, foreign), Mismatch::kSibling);
  EXPECT_EQ(Why(foreign, domestic), Mismatch::kSibling);

  // Minutes of a match: the running score names the goal, whoever each
  // sentence names (the scorer, the defender who erred).
  Claim opener = base, opener_too = base, equaliser = base;
  for (Claim* c : {&opener, &opener_too, &equaliser}) {
    c->kind = ClaimKind::kRank, c->unit_class = "minute", c->moment = true;
    c->role = "scored";
  }
  opener.moment_score = opener_too.moment_score = "1-0";
  equaliser.moment_score = "1-1";
  opener.subject = "joshua", opener.subject_term = 10;
  opener_too.subject = "van dung", opener_too.subject_term = 11;
  EXPECT_EQ(Why(opener, opener_too), Mismatch::kNone);
  EXPECT_EQ(Why(opener, equaliser), Mismatch::kOtherGoal);
}

TEST(WhyDifferentTest, MismatchNamesAreDistinct) {
  const Mismatch all[] = {Mismatch::kNone,     Mismatch::kPredicate,
                          Mismatch::kGoods,    Mismatch::kSubject,
                          Mismatch::kHead,     Mismatch::kSibling,
                          Mismatch::kOtherGoal};
  for (Mismatch x : all) {
    for (Mismatch y : all) {
      if (x != y) {
        EXPECT_STRNE(MismatchName(x), MismatchName(y));
      }
    }
  }
  EXPECT_STREQ(MismatchName(Mismatch::kPredicate), "predicate");
}

}  // namespace
}  // namespace wirecheck
