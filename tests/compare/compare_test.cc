// Discrepancy matching: one test per class of trap, plus the classes.
#include "compare/compare.h"

#include <algorithm>
#include <string>
#include <tuple>
#include <utility>
#include <vector>

#include "absl/container/flat_hash_set.h"
#include "absl/strings/str_cat.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "tests/compare/extract_fixture.h"
#include "tests/testing/test_files.h"

namespace wirecheck {
namespace {

// Built from {text}, {text, published} or {text, published, title}; a
// constructor rather than an aggregate so the short forms leave nothing
// uninitialised (-Wmissing-field-initializers).
struct Doc {
  Doc(std::string t, PublishedTime p = PublishedTime::Day(2024, 6, 20),
      std::string ti = "")
      : text(std::move(t)), published(p), title(std::move(ti)) {}
  std::string text;
  PublishedTime published;
  std::string title;
};

CompareOptions All() {
  CompareOptions o;
  o.include_refinements = true;
  o.include_updates = true;
  return o;
}

// Every finding, however weak.
CompareOptions AnyConfidence() {
  CompareOptions o = All();
  o.min_confidence = 0;
  return o;
}

// `b` copied whole from `a`.
std::vector<CopiedPassage> Whole(const std::string& a, const std::string& b) {
  return {{0, 1, Span{0, static_cast<uint32_t>(a.size())},
           Span{0, static_cast<uint32_t>(b.size())}}};
}

class CompareTest : public ::testing::Test {
 protected:
  // Runs the matcher on `docs`, all in one story.
  std::vector<Discrepancy> Run(const std::vector<Doc>& docs,
                               CompareOptions opt = {},
                               std::vector<CopiedPassage> copied = {}) {
    articles_.clear();
    documents_.clear();
    std::vector<int> story;
    for (size_t i = 0; i < docs.size(); ++i) {
      Article a;
      a.id = "d" + std::to_string(i);
      a.text = docs[i].text;
      a.published = docs[i].published;
      a.title = docs[i].title;
      articles_.push_back(a);
      Document d;
      d.body = {Span{0, static_cast<uint32_t>(a.text.size())}};
      documents_.push_back(d);
      story.push_back(static_cast<int>(i));
    }
    CompareInput in{&articles_, &documents_, {story}, copied, {}, {}, false};
    auto r = FindDiscrepancies(in, BuiltinKnowledge(), opt);
    EXPECT_TRUE(r.ok()) << r.status();
    return r.ok() ? r->discrepancies : std::vector<Discrepancy>{};
  }

  // `docs` report nothing by default and exactly one update when updates
  // are shown.
  void ExpectOneUpdateOnly(const std::vector<Doc>& docs) {
    EXPECT_TRUE(Run(docs).empty());
    auto d = Run(docs, All());
    ASSERT_EQ(d.size(), 1u);
    EXPECT_EQ(d[0].cls, DiscrepancyClass::kUpdate);
  }

  // `b`, a whole copy of `a` with other values, reports no value changed
  // in the copy at any confidence.
  void ExpectNoValueChangedInCopy(const std::string& a, const std::string& b) {
    for (const Discrepancy& d : Run({{a}, {b}}, AnyConfidence(), Whole(a, b))) {
      EXPECT_FALSE(d.changed_in_copy) << Quote(d.a) << " / " << Quote(d.b);
    }
  }

  std::string Quote(const Claim& c) const {
    return std::string(c.span.Of(articles_[c.doc].text));
  }

  // The quoted sides of every conflict `docs` give at any confidence.
  std::vector<std::pair<std::string, std::string>> ConflictQuotes(
      const std::vector<Doc>& docs) {
    std::vector<std::pair<std::string, std::string>> out;
    for (const Discrepancy& d : Run(docs, AnyConfidence())) {
      if (d.cls == DiscrepancyClass::kConflict) {
        out.push_back({Quote(d.a), Quote(d.b)});
      }
    }
    return out;
  }

  std::vector<Article> articles_;
  std::vector<Document> documents_;
};

TEST_F(CompareTest, ConflictingTroopNumbersAcrossLanguages) {
  auto d = Run({{"Triều Tiên đã triển khai hơn 10.000 binh lính tới Nga."},
                {"North Korea has deployed about 3,000 troops to Russia."}});
  ASSERT_EQ(d.size(), 1u);
  EXPECT_EQ(d[0].cls, DiscrepancyClass::kConflict);
  EXPECT_EQ(Quote(d[0].a), "hơn 10.000 binh lính");
  EXPECT_EQ(Quote(d[0].b), "about 3,000 troops");
  EXPECT_EQ(d[0].topic, "troops deployed · North Korea");
  EXPECT_GE(d[0].confidence, 0.6);
}

TEST_F(CompareTest, QualifierTrapIsRefinementNotConflict) {
  std::vector<Doc> docs = {{"Triều Tiên điều hơn 10.000 binh lính tới Nga."},
                           {"Triều Tiên điều 12.000 binh lính tới Nga."}};
  EXPECT_TRUE(Run(docs).empty());
  auto d = Run(docs, All());
  ASSERT_EQ(d.size(), 1u);
  EXPECT_EQ(d[0].cls, DiscrepancyClass::kRefinement);
}

TEST_F(CompareTest, RoundingTrapIsNotConflict) {
  EXPECT_TRUE(Run({{"Mỹ viện trợ 2 tỷ USD cho Ukraine."},
                   {"Mỹ viện trợ 2,1 tỷ USD cho Ukraine."}})
                  .empty());
}

TEST_F(CompareTest, GrainTrapMonthContainsDay) {
  std::vector<Doc> docs = {{"Ông Putin thăm Bình Nhưỡng vào tháng 6/2024."},
                           {"Ông Putin thăm Bình Nhưỡng vào ngày 19/6/2024."}};
  EXPECT_TRUE(Run(docs).empty());
  auto d = Run(docs, All());
  ASSERT_EQ(d.size(), 1u);
  EXPECT_EQ(d[0].cls, DiscrepancyClass::kRefinement);
  EXPECT_EQ(d[0].kind, ClaimKind::kDate);
}

TEST_F(CompareTest, DateConflictOnSameEvent) {
  auto d = Run(
      {{"Ông Kim Jong-un và ông Putin hội đàm tại Bình Nhưỡng ngày 19/6."},
       {"Ông Kim Jong Un và ông Putin hội đàm tại Bình Nhưỡng ngày 20/6."}});
  ASSERT_EQ(d.size(), 1u);
  EXPECT_EQ(d[0].kind, ClaimKind::kDate);
  EXPECT_EQ(DescribeValue(d[0].a), "2024-06-19");
  EXPECT_EQ(DescribeValue(d[0].b), "2024-06-20");
}

// The agency of a dateline tells the story; it is not a name of the event,
// so two agencies' datelines do not make the two leads two events.
TEST_F(CompareTest, WireDatelinesDoNotMakeTwoEvents) {
  auto d = Run(
      {{"LIMA, Peru (AP) — A bus plunged off a mountain road in southern Peru "
        "on Sunday, killing 24 people, police said."},
       {"LIMA, March 11 (Reuters) - Twenty-one people were killed when a bus "
        "fell into a ravine in southern Peru on Sunday, police said."}},
      All());
  ASSERT_EQ(d.size(), 1u);
  EXPECT_EQ(d[0].cls, DiscrepancyClass::kConflict);
  EXPECT_EQ(Quote(d[0].a), "24 people");
  EXPECT_EQ(Quote(d[0].b), "Twenty-one people");
}

// Titles dated days apart name two editions of a recurring story, however
// alike the texts; titles of one day do not keep two reports apart.
TEST_F(CompareTest, TitlesDatedApartAreTwoEditions) {
  const std::string a =
      "Cuộc thi vẽ tranh của thành phố Hà Nội có giải ba trị giá 30.000 đồng.";
  const std::string b =
      "Cuộc thi vẽ tranh của thành phố Hà Nội có giải ba trị giá 3 triệu "
      "đồng.";
  EXPECT_TRUE(Run({{a, PublishedTime{}, "Cuộc thi vẽ tranh ngày 18/6"},
                   {b, PublishedTime{}, "Cuộc thi vẽ tranh ngày 29/6"}},
                  AnyConfidence())
                  .empty());
  EXPECT_FALSE(Run({{a, PublishedTime{}, "Cuộc thi vẽ tranh ngày 18/6"},
                    {b, PublishedTime{}, "Cuộc thi vẽ tranh ngày 19/6"}},
                   AnyConfidence())
                   .empty());
}

// One deal's price: "agreed to buy" and "would acquire" are both a plan,
// and the studio's name says what the amount is of.
TEST_F(CompareTest, AcquisitionPricesConflict) {
  auto d = Run({{"Microsoft agreed on Wednesday to buy the Finnish game studio "
                 "Remedy Entertainment for $2.5 billion in cash."},
                {"Microsoft said on Wednesday it would acquire Finnish video "
                 "game developer Remedy Entertainment for $2.3 billion in "
                 "cash."}});
  ASSERT_EQ(d.size(), 1u);
  EXPECT_EQ(Quote(d[0].a), "$2.5 billion");
  EXPECT_EQ(Quote(d[0].b), "$2.3 billion");
}

// A magnitude is an earthquake's, whatever words stand before it.
TEST_F(CompareTest, EarthquakeMagnitudesConflict) {
  auto d = Run({{"A magnitude 6.8 earthquake struck northern Chile on Tuesday, "
                 "officials said."},
                {"A powerful magnitude 7.1 earthquake struck northern Chile on "
                 "Tuesday, authorities said."}});
  ASSERT_EQ(d.size(), 1u);
  EXPECT_EQ(Quote(d[0].a), "magnitude 6.8");
  EXPECT_EQ(Quote(d[0].b), "magnitude 7.1");
}

// One named person's age is framed by the name, however unlike the rest of
// the two sentences.
TEST_F(CompareTest, OnePersonsAgeConflicts) {
  auto d = Run({{"Microsoft agreed to buy the game studio Remedy. Remedy chief "
                 "executive Tero Virtala, 52, said the studio would keep its "
                 "name."},
                {"Microsoft will acquire Remedy, the game studio. The studio "
                 "keeps its brand, Remedy CEO Tero Virtala, 54, told "
                 "reporters."}});
  ASSERT_EQ(d.size(), 1u);
  EXPECT_EQ(d[0].kind, ClaimKind::kAge);
  EXPECT_EQ(Quote(d[0].a), "52");
  EXPECT_EQ(Quote(d[0].b), "54");
}

// A birth year is an age in the year of publication: 1999 makes Sơn Ky 13
// or 14 in 2013, not 24; 1989 makes him 23 or 24, which agrees.
TEST_F(CompareTest, BirthYearMeetsAge) {
  const PublishedTime day = PublishedTime::Day(2013, 11, 1);
  auto d = Run({{"Danh Thái Sơn (SN 1995, quê Sóc Trăng) chở anh Sơn Ky (SN "
                 "1999) trên quốc lộ 1A.",
                 day},
                {"Anh Danh Thái Sơn (18 tuổi) chở theo anh Sơn Ky (24 tuổi) "
                 "lưu thông trên QL 1A hướng An Sương.",
                 day}});
  ASSERT_EQ(d.size(), 1u);
  EXPECT_EQ(d[0].kind, ClaimKind::kAge);
  EXPECT_EQ(Quote(d[0].a), "SN 1999");
  EXPECT_EQ(Quote(d[0].b), "24 tuổi");
  for (const Discrepancy& x : Run({{"Anh Sơn Ky (SN 1989) bị thương.", day},
                                   {"Anh Sơn Ky (24 tuổi) bị thương.", day}},
                                  AnyConfidence())) {
    EXPECT_NE(x.cls, DiscrepancyClass::kConflict) << Quote(x.a);
  }
}

// Birth years a year apart give ages that overlap (69-70 and 70-71) but
// name two years: they disagree.
TEST_F(CompareTest, BirthYearsAYearApartConflict) {
  const PublishedTime day = PublishedTime::Day(2023, 5, 2);
  auto d =
      Run({{"Nạn nhân là bà Trần Thị Mai (SN 1952) ở xã Hòa Phú.", day},
           {"Nạn nhân là bà Trần Thị Mai (sinh năm 1953) ở xã Hòa Phú.", day}});
  ASSERT_EQ(d.size(), 1u);
  EXPECT_EQ(Quote(d[0].a), "SN 1952");
  EXPECT_EQ(Quote(d[0].b), "sinh năm 1953");
}

// Another child of 16 in the other article does not make Hiếu's 16 "also
// stated" there: ages are each person's.
TEST_F(CompareTest, AnotherPersonsAgeIsNotTheSameAge) {
  bool found = false;
  for (const Discrepancy& d :
       Run({{"Anh Trần Ngọc Vũ (41 tuổi) chở con trai Trần Ngọc Hiếu (16 "
             "tuổi) về nhà."},
            {"Ông Vũ chở con trai Trần Ngọc Hiếu (14 tuổi) và cháu Lê Văn "
             "Nam (16 tuổi) về nhà."}},
           AnyConfidence())) {
    found |= d.cls == DiscrepancyClass::kConflict && Quote(d.a) == "16 tuổi" &&
             Quote(d.b) == "14 tuổi";
  }
  EXPECT_TRUE(found);
}

// "(24 tuổi)" alone in its clause recurs in every crash report with another
// age: no words recur, so it is no template and the ages are compared.
TEST_F(CompareTest, AgesAloneInTheirClauseAreNoTemplate) {
  std::vector<Doc> docs = {{"Anh Sơn Ky (14 tuổi) bị thương ở Bình Tân."},
                           {"Anh Sơn Ky (24 tuổi) bị thương ở Bình Tân."}};
  for (int age : {31, 45, 52, 60}) {
    docs.push_back(
        {absl::StrCat("Ông Lê Văn Tám (", age, " tuổi) bị bắt ở Cà Mau.")});
  }
  bool found = false;
  for (const Discrepancy& d : Run(docs, AnyConfidence())) {
    found |= Quote(d.a) == "14 tuổi" && Quote(d.b) == "24 tuổi";
  }
  EXPECT_TRUE(found);
}

// Two figures of one predicate about one thing: the hail lasted an hour or
// twenty minutes; the rain that lasted five hours is another thing.
// Other articles of the batch make "mưa đá" the rare words they are.
TEST_F(CompareTest, DurationsOfOneThingConflict) {
  const PublishedTime day = PublishedTime::Day(2013, 10, 23);
  std::vector<Doc> docs = {
      {"Chiều 23/10, tại phường Hố Nai xảy ra cơn mưa đá kéo dài trong "
       "khoảng 1 giờ đồng hồ.",
       day},
      {"Theo người dân, mưa đá diễn ra trong khoảng 20 phút. Lượng mưa lớn "
       "kéo dài gần 5 giờ khiến quốc lộ 1A ngập nặng ở phường Hố Nai.",
       day}};
  for (int i = 0; i < 30; ++i) {
    docs.push_back({absl::StrCat("Hội nghị lần thứ ", i + 2,
                                 " của tỉnh bàn về giao thông."),
                    day});
  }
  auto d = Run(docs, AnyConfidence());
  ASSERT_EQ(d.size(), 1u);
  EXPECT_EQ(Quote(d[0].a), "khoảng 1 giờ đồng hồ");
  EXPECT_EQ(Quote(d[0].b), "khoảng 20 phút");
  EXPECT_EQ(d[0].evidence, Evidence::kSole);
}

// An age at another time is not the person's age now; with no publication
// date to call 1998 the past, the year in its clause says so.
TEST_F(CompareTest, AgeAtAnEarlierTimeIsNotCompared) {
  EXPECT_TRUE(Run({{"Năm 1998, khi Kim Jong Un lên 14 tuổi, gia đình bà rời "
                    "Thụy Sĩ.",
                    PublishedTime{}},
                   {"Gia đình bà rời Thụy Sĩ. Ông Kim Jong Un, 33 tuổi, là "
                    "con trai của gia đình bà.",
                    PublishedTime{}}},
                  AnyConfidence())
                  .empty());
}

TEST_F(CompareTest, RoleTrapKilledVersusInjured) {
  EXPECT_TRUE(Run({{"Vụ tấn công ở Kiev làm 12 người chết."},
                   {"Vụ tấn công ở Kiev làm 40 người bị thương."}},
                  All())
                  .empty());
}

TEST_F(CompareTest, RoleTrapWorkersVersusInjured) {
  EXPECT_TRUE(Run({{"Nhà máy ở Kursk có 100 người làm việc."},
                   {"Vụ nổ ở Kursk làm 100 người bị thương."}},
                  All())
                  .empty());
}

TEST_F(CompareTest, ScaleTrapSameAmountDifferentScaleWords) {
  EXPECT_TRUE(Run({{"Nga đầu tư 2,2 tỷ USD vào Triều Tiên."},
                   {"Nga đầu tư 2.200 triệu USD vào Triều Tiên."}},
                  All())
                  .empty());
  auto d = Run({{"Nga đầu tư 2,2 tỷ USD vào Triều Tiên."},
                {"Nga đầu tư 2,2 triệu USD vào Triều Tiên."}});
  ASSERT_EQ(d.size(), 1u);
  EXPECT_EQ(d[0].kind, ClaimKind::kMoney);
}

TEST_F(CompareTest, DifferentCurrenciesAreNeverCompared) {
  EXPECT_TRUE(Run({{"Nga đầu tư 2 tỷ USD vào Triều Tiên."},
                   {"Nga đầu tư 2 tỷ euro vào Triều Tiên."}},
                  All())
                  .empty());
}

// Views only grow: the later article's higher count is an update, as a
// toll is.
TEST_F(CompareTest, LaterHigherViewCountIsUpdate) {
  std::vector<Doc> docs = {
      {"MV Despacito của Luis Fonsi đạt 2,3 tỷ lượt xem trên YouTube.",
       PublishedTime::Day(2017, 7, 2)},
      {"MV Despacito của Luis Fonsi đạt 2,5 tỷ lượt xem trên YouTube.",
       PublishedTime::Day(2017, 7, 20)}};
  ExpectOneUpdateOnly(docs);
}

// "thêm" says there are more, not of what: the exposure after the counted
// noun is the role, and exposures reported later and higher are updates.
TEST_F(CompareTest, MorePeopleExposedLaterIsUpdate) {
  std::vector<Doc> docs = {
      {"Đến ngày 3/7 đã có thêm 11 người nghi bị phơi nhiễm HIV ở Kon Tum.",
       PublishedTime::Minute(2017, 7, 3, 10, 0)},
      {"Đến ngày 3/7 đã có thêm 13 người nghi bị phơi nhiễm HIV ở Kon Tum.",
       PublishedTime::Minute(2017, 7, 3, 21, 0)}};
  ExpectOneUpdateOnly(docs);
}

// A document's number names it: two outlets giving decree 51 of the
// Government different years disagree on one fact, whatever the wording.
TEST_F(CompareTest, DocumentNumberWithAnotherYearConflicts) {
  const std::string a =
      "Từ ngày 1/11, các doanh nghiệp ở Hà Nội phải dùng hóa đơn điện tử theo "
      "Nghị định 51/2010/NĐ-CP của Chính phủ.";
  const std::string b =
      "Từ ngày 1/11, các doanh nghiệp ở Hà Nội phải dùng hóa đơn điện tử theo "
      "Nghị định 51/2012/NĐ-CP của Chính phủ.";
  auto d = Run({{a, PublishedTime::Day(2013, 10, 22)},
                {b, PublishedTime::Day(2013, 10, 22)}},
               All());
  ASSERT_EQ(d.size(), 1u);
  EXPECT_EQ(d[0].cls, DiscrepancyClass::kConflict);
  EXPECT_EQ(d[0].a.role, "51/nđ-cp");
  // Another kind of document with that number is another document.
  std::string circular = b;
  circular.replace(circular.find("Nghị định 51/2012/NĐ-CP"),
                   std::string("Nghị định 51/2012/NĐ-CP").size(),
                   "Thông tư 51/2012/TT-BTC");
  EXPECT_TRUE(Run({{a, PublishedTime::Day(2013, 10, 22)},
                   {circular, PublishedTime::Day(2013, 10, 22)}},
                  All())
                  .empty());
}

TEST_F(CompareTest, PartialDateTrapResolvesToSameDay) {
  EXPECT_TRUE(Run({{"Nga và Triều Tiên hôm 14/9 ký thỏa thuận.",
                    PublishedTime::Minute(2023, 9, 15, 4, 4)},
                   {"Nga và Triều Tiên ngày 14/9/2023 ký thỏa thuận."}},
                  All())
                  .empty());
}

TEST_F(CompareTest, UpdateTrapLaterHigherTollIsUpdate) {
  std::vector<Doc> docs = {{"Vụ động đất ở Nhật Bản làm 12 người chết.",
                            PublishedTime::Day(2024, 1, 2)},
                           {"Vụ động đất ở Nhật Bản làm 48 người chết.",
                            PublishedTime::Day(2024, 1, 3)}};
  ExpectOneUpdateOnly(docs);
  // Published in the same minute: no order, so it stays a conflict.
  docs[1].published = docs[0].published;
  auto c = Run(docs);
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].cls, DiscrepancyClass::kConflict);
}

TEST_F(CompareTest, DifferentEventsTrapDisjointSentenceDates) {
  EXPECT_TRUE(Run({{"Ngày 1/6/2024, vụ nổ ở Kursk làm 12 người chết."},
                   {"Ngày 5/6/2024, vụ nổ ở Kursk làm 20 người chết."}},
                  All())
                  .empty());
}

TEST_F(CompareTest, NoSharedEntityAndSeveralCandidatesIsNotCompared) {
  EXPECT_TRUE(Run({{"Ở Kiev 12 người chết. Ở Kursk 30 người chết."},
                   {"Tại Odessa 50 người chết. Ở Lviv 2 người chết."}})
                  .empty());
}

TEST_F(CompareTest, ArticleStatingBothFiguresDoesNotConflict) {
  EXPECT_TRUE(Run({{"Triều Tiên điều 3.000 binh lính tới Nga."},
                   {"Triều Tiên điều 10.000 binh lính tới Nga, trước đó là "
                    "3.000 binh lính."}})
                  .empty());
}

// The second article gives the total (bare, with the same predicate) and
// then a part of it: no conflict with the first article's total.
TEST_F(CompareTest, PartOfATotalTheArticleAlsoStatesIsNoConflict) {
  const std::string a =
      "Cục Thuế Hà Nội vừa công bố danh sách 134 doanh nghiệp nợ thuế, phí "
      "và tiền thuê đất với tổng số tiền nợ hơn 162 tỷ đồng.";
  const std::string b =
      "Cục Thuế Hà Nội công khai 134 đơn vị nợ thuế. Theo đó, có 126 doanh "
      "nghiệp nợ thuế, phí với tổng số nợ hơn 150 tỷ đồng.";
  for (const Discrepancy& d : Run({{a}, {b}})) {
    EXPECT_NE(Quote(d.b), "126 doanh nghiệp") << Quote(d.a);
  }
  // Without the bare total the two figures do conflict.
  const std::string b_alone =
      "Theo Cục Thuế Hà Nội, có 126 doanh nghiệp nợ thuế, phí với tổng số nợ "
      "hơn 150 tỷ đồng.";
  bool found = false;
  for (const Discrepancy& d : Run({{a}, {b_alone}}, All())) {
    found |= Quote(d.b) == "126 doanh nghiệp";
  }
  EXPECT_TRUE(found);
}

TEST_F(CompareTest, ArticlesFarApartInTimeAreNotOneEvent) {
  articles_.clear();
  documents_.clear();
  int day = 1;
  for (const char* t : {"Triều Tiên điều 3.000 binh lính tới Nga.",
                        "Triều Tiên điều 10.000 binh lính tới Nga."}) {
    Article a;
    a.text = t;
    a.published = PublishedTime::Day(2024, 6, day);
    day += 10;  // Beyond EventOptions::window_days.
    articles_.push_back(a);
    Document d;
    d.body = {Span{0, static_cast<uint32_t>(a.text.size())}};
    documents_.push_back(d);
  }
  CompareInput in{&articles_, &documents_, {}, {}, {}, {}, false};
  auto r = FindDiscrepancies(in, BuiltinKnowledge(), {});
  ASSERT_TRUE(r.ok());
  EXPECT_TRUE(r->discrepancies.empty());
  EXPECT_EQ(r->claims.size(), 2u);
}

TEST_F(CompareTest, WithoutClustersStoriesFormFromSharedEntities) {
  articles_.clear();
  documents_.clear();
  for (const char* t :
       {"Ông Kim Jong-un gặp ông Putin ở Bình Nhưỡng. Ông Kim Jong-un và ông "
        "Putin ký hiệp ước ở "
        "Kumsusan. Triều Tiên điều 3.000 binh lính tới Nga ở Kumsusan.",
        "Ông Kim Jong Un gặp ông Putin ở Pyongyang. Ông Kim Jong Un và ông "
        "Putin ký hiệp ước ở "
        "Kumsusan. Triều Tiên điều 10.000 binh lính tới Nga ở Kumsusan.",
        "Giá vàng hôm nay tăng. Có 10.000 binh lính diễu hành ở Paris."}) {
    Article a;
    a.text = t;
    a.published = PublishedTime::Day(2024, 6, 20);
    articles_.push_back(a);
    Document d;
    d.body = {Span{0, static_cast<uint32_t>(a.text.size())}};
    documents_.push_back(d);
  }
  CompareInput in{&articles_, &documents_, {}, {}, {}, {}, false};
  auto r = FindDiscrepancies(in, BuiltinKnowledge(), {});
  ASSERT_TRUE(r.ok());
  ASSERT_EQ(r->discrepancies.size(), 1u);
  EXPECT_EQ(r->discrepancies[0].a.doc, 0);
  EXPECT_EQ(r->discrepancies[0].b.doc, 1);
}

TEST_F(CompareTest, GivenExtractionsAreUsedAsIfExtractedHere) {
  articles_.clear();
  documents_.clear();
  for (const char* t :
       {"Ông Kim Jong-un gặp ông Putin ở Bình Nhưỡng. Triều Tiên điều 3.000 "
        "binh lính tới Nga ở Kumsusan.",
        "Ông Kim Jong Un gặp ông Putin ở Pyongyang. Triều Tiên điều 10.000 "
        "binh lính tới Nga ở Kumsusan."}) {
    Article a;
    a.id = absl::StrCat("d", articles_.size());
    a.text = t;
    a.published = PublishedTime::Day(2024, 6, 20);
    articles_.push_back(a);
    Document d;
    d.body = {Span{0, static_cast<uint32_t>(a.text.size())}};
    documents_.push_back(d);
  }
  // Article 0 is stored: its extraction is given (made as for another
  // position, which the run corrects); article 1 is new.
  const ArticleExtraction stored = ExtractArticle(
      7, articles_[0], documents_[0].body, BuiltinKnowledge(), {});
  CompareInput fresh{&articles_, &documents_, {}, {}, {false, true}, {}, true};
  CompareInput given = fresh;
  given.extracted = {&stored, nullptr};
  auto a = FindDiscrepancies(fresh, BuiltinKnowledge(), {});
  auto b = FindDiscrepancies(given, BuiltinKnowledge(), {});
  ASSERT_TRUE(a.ok() && b.ok());
  ASSERT_EQ(a->discrepancies.size(), 1u);
  ASSERT_EQ(b->discrepancies.size(), 1u);
  EXPECT_EQ(b->discrepancies[0].id, a->discrepancies[0].id);
  EXPECT_EQ(b->discrepancies[0].a.doc, 0);
  EXPECT_EQ(b->discrepancies[0].confidence, a->discrepancies[0].confidence);
  // What was extracted here comes back for the caller to keep; what was
  // given does not.
  ASSERT_EQ(b->extractions.size(), 2u);
  EXPECT_FALSE(b->extractions[0].has_value());
  ASSERT_TRUE(b->extractions[1].has_value());
  EXPECT_FALSE(b->extractions[1]->claims.empty());
  ASSERT_EQ(a->extractions.size(), 2u);
  EXPECT_TRUE(a->extractions[0].has_value());
  // One extraction per article or none.
  given.extracted = {&stored};
  EXPECT_FALSE(FindDiscrepancies(given, BuiltinKnowledge(), {}).ok());
}

TEST_F(CompareTest, CopiedPassageWithChangedNumberIsHighConfidenceConflict) {
  std::string src = "Theo KCNA, 120 người đã tham dự buổi lễ.";
  std::string cpy = "Theo KCNA, 210 người đã tham dự buổi lễ.";
  const std::vector<CopiedPassage> copied = Whole(src, cpy);
  auto d = Run({{src}, {cpy}}, CompareOptions{}, copied);
  ASSERT_EQ(d.size(), 1u);
  EXPECT_EQ(d[0].cls, DiscrepancyClass::kConflict);
  EXPECT_TRUE(d[0].changed_in_copy);
  // A changed copy is the strongest evidence of a count conflict.
  EXPECT_GE(d[0].confidence, 0.8);
  EXPECT_EQ(Quote(d[0].b), "210 người");
  // Unchanged copies report nothing.
  EXPECT_TRUE(Run({{src}, {src}}, CompareOptions{}, copied).empty());
}

// One paragraph reused for two delegations: each sentence names a guest
// the other article never mentions, so the dates are of two events.
TEST_F(CompareTest, CopiedParagraphAboutTwoGuestsIsNoChange) {
  const std::string a =
      "Sáng 12/6, Lễ đón Chủ tịch Quốc hội Cuba Esteban Lazo được tổ chức "
      "tại Nhà Quốc hội.";
  const std::string b =
      "Chiều 23/6, Lễ đón Chủ tịch Quốc hội Campuchia Heng Samrin được tổ "
      "chức tại Nhà Quốc hội.";
  ExpectNoValueChangedInCopy(a, b);
}

// A weather bulletin reused the next day with its date moved is a reading
// of a series, like a price: the next edition, not an altered fact.
TEST_F(CompareTest, WeatherBulletinCopiedWithItsDateMovedIsNoChange) {
  const std::string a =
      "Trên biển, ngày và đêm 11/7, vùng biển từ Bình Thuận đến Cà Mau tiếp "
      "tục có mưa rào và dông.";
  const std::string b =
      "Trên biển, ngày và đêm 12/7, vùng biển từ Bình Thuận đến Cà Mau tiếp "
      "tục có mưa rào và dông.";
  ExpectNoValueChangedInCopy(a, b);
}

TEST_F(CompareTest, CopyWithSameWordsReadAgainstOtherDatesIsNoChange) {
  // "ngày 2/11" resolves to different years for articles published on
  // either side of New Year's Day; the copy changed nothing.
  const std::string a =
      "Lễ hội sẽ khai mạc tại Hà Giang ngày 2/11 với nhiều hoạt động.";
  Doc da{a, PublishedTime::Day(2013, 11, 1)};
  Doc db{a, PublishedTime::Day(2013, 11, 3)};
  for (const Discrepancy& d : Run({da, db}, CompareOptions{}, Whole(a, a))) {
    EXPECT_EQ(d.topic.find("changed in copy"), std::string::npos) << d.topic;
  }
}

TEST_F(CompareTest, CopyThatRefinesAValueIsNoConflict) {
  const std::string a = "Ca sĩ Aslan sinh ngày 5-11-1987 tại Thổ Nhĩ Kỳ.";
  const std::string b = "Ca sĩ Aslan sinh năm 1987 tại Thổ Nhĩ Kỳ.";
  EXPECT_TRUE(Run({{a}, {b}}, CompareOptions{}, Whole(a, b)).empty());
  const std::string c = "Hội đã quy tập được 800 hài cốt liệt sĩ.";
  const std::string e = "Hội đã quy tập được trên 800 hài cốt liệt sĩ.";
  EXPECT_TRUE(Run({{c}, {e}}, CompareOptions{}, Whole(c, e)).empty());
}

TEST_F(CompareTest, TemplateFilledWithOtherDataIsNoCopyConflict) {
  // A daily market report: same sentences, every figure different.
  const std::string a =
      "Đến 09:38, chỉ số VN-Index đứng ở mức 502,13 điểm, tăng 0,56 điểm. "
      "Tổng khối lượng giao dịch đạt 9,951 triệu đơn vị, trị giá 149,8 tỷ "
      "đồng.";
  const std::string b =
      "Đến 09:38, chỉ số VN-Index đứng ở mức 503,40 điểm, tăng 2,83 điểm. "
      "Tổng khối lượng giao dịch đạt 7,422 triệu đơn vị, trị giá 104,77 tỷ "
      "đồng.";
  for (const Discrepancy& d : Run({{a}, {b}}, CompareOptions{}, Whole(a, b))) {
    EXPECT_EQ(d.topic.find("changed in copy"), std::string::npos) << d.topic;
  }
}

TEST_F(CompareTest, CopyConflictNeedsTheWordsAroundTheValueKept) {
  const std::string a =
      "Trước đó vào đêm qua, hàng nghìn sinh viên Đà Nẵng đã tham dự.";
  const std::string b = "Gần 20.000 sinh viên Đà Nẵng đã có hai ngày vui chơi.";
  for (const Discrepancy& d : Run({{a}, {b}}, CompareOptions{}, Whole(a, b))) {
    EXPECT_EQ(d.topic.find("changed in copy"), std::string::npos) << d.topic;
  }
}

TEST_F(CompareTest, AnniversaryBaseYearConflict) {
  auto d =
      Run({{"Nga và Triều Tiên kỷ niệm 75 năm thiết lập quan hệ ngoại giao."},
           {"Nga và Triều Tiên kỷ niệm 70 năm thiết lập quan hệ ngoại giao."}});
  ASSERT_EQ(d.size(), 1u);
  EXPECT_EQ(d[0].kind, ClaimKind::kDuration);
  EXPECT_EQ(DescribeValue(d[0].a), "1949 base year");
}

TEST_F(CompareTest, InvalidInputIsAnError) {
  std::vector<Article> arts(2);
  std::vector<Document> docs(1);
  CompareInput in{&arts, &docs, {}, {}, {}, {}, false};
  EXPECT_FALSE(FindDiscrepancies(in, BuiltinKnowledge(), {}).ok());
  CompareInput null_in{nullptr, nullptr, {}, {}, {}, {}, false};
  EXPECT_FALSE(FindDiscrepancies(null_in, BuiltinKnowledge(), {}).ok());
  std::vector<Document> docs2(2);
  CompareInput bad_cluster{&arts, &docs2, {{0, 7}}, {}, {}, {}, false};
  EXPECT_FALSE(FindDiscrepancies(bad_cluster, BuiltinKnowledge(), {}).ok());
}

}  // namespace
}  // namespace wirecheck

namespace wirecheck {
namespace {

TEST_F(CompareTest, TruncatedFigureIsNotConflict) {
  EXPECT_TRUE(
      Run({{"Cục Thuế thu hồi 782 tỷ đồng tiền trốn thuế cho ngân sách."},
           {"Cục Thuế thu hồi 782,6 tỷ đồng tiền trốn thuế cho ngân sách."}})
          .empty());
}

TEST_F(CompareTest, InferredYearAgainstExplicitYearSameDay) {
  EXPECT_TRUE(
      Run({{"Liveshow Got to dance sẽ đến với khán giả ngày 2/10 tại Tân Bình.",
            PublishedTime::Day(2013, 10, 31)},
           {"Liveshow Got to dance sẽ đến với khán giả ngày 02/10/2013 tại Tân "
            "Bình.",
            PublishedTime::Day(2013, 10, 31)}})
          .empty());
}

TEST_F(CompareTest, SameOutletRevisingItsFigureIsUpdate) {
  articles_.clear();
  documents_.clear();
  const char* texts[] = {
      "Mã SHB được khối ngoại mua vào nhiều nhất, chiếm 28,1% tổng khối lượng.",
      "Mã SHB được khối ngoại mua vào nhiều nhất, chiếm 23,3% tổng khối "
      "lượng."};
  for (int i = 0; i < 2; ++i) {
    Article a;
    a.text = texts[i];
    a.outlet = "ndh.vn";
    a.published = PublishedTime::Minute(2013, 10, 22, 11 + 4 * i, 0);
    articles_.push_back(a);
    Document d;
    d.body = {Span{0, static_cast<uint32_t>(a.text.size())}};
    documents_.push_back(d);
  }
  CompareInput in{&articles_, &documents_, {{0, 1}}, {}, {}, {}, false};
  auto r = FindDiscrepancies(in, BuiltinKnowledge(), All());
  ASSERT_TRUE(r.ok());
  ASSERT_EQ(r->discrepancies.size(), 1u);
  EXPECT_EQ(r->discrepancies[0].cls, DiscrepancyClass::kUpdate);
}

// The batch's discrepancies, found by comparing each event apart
// (CompareWithinEvents) as a run spread over machines does, given the
// batch's templates, events and idf: the same, with the same confidences.
TEST(CompareWithinEventsTest, EventsComparedApartGiveTheBatchsFindings) {
  const std::vector<std::string> texts = {
      "Triều Tiên đã triển khai hơn 10.000 binh lính tới Nga.",
      "Vụ tấn công ở Kiev làm 12 người chết.",
      "North Korea has deployed about 3,000 troops to Russia.",
      "Vụ tấn công ở Kiev làm 40 người chết, theo nhà chức trách.",
      "Ông Kim Jong-un và ông Putin hội đàm tại Bình Nhưỡng ngày 19/6.",
      "Ông Kim Jong Un và ông Putin hội đàm tại Bình Nhưỡng ngày 20/6."};
  const std::vector<std::vector<int>> groups = {{0, 2}, {1, 3}, {4, 5}};
  std::vector<Article> articles;
  std::vector<Document> docs;
  for (size_t i = 0; i < texts.size(); ++i) {
    Article a;
    a.id = "d" + std::to_string(i);
    a.text = texts[i];
    a.published = PublishedTime::Day(2024, 6, 20);
    articles.push_back(a);
    Document d;
    d.body = {Span{0, static_cast<uint32_t>(a.text.size())}};
    docs.push_back(d);
  }
  const Knowledge& k = BuiltinKnowledge();
  const CompareOptions opt;
  CompareInput in{&articles, &docs, groups, {}, {}, {}, false};
  auto whole = FindDiscrepancies(in, k, opt);
  ASSERT_TRUE(whole.ok()) << whole.status();
  ASSERT_EQ(whole->discrepancies.size(), 3u);

  // The batch-wide steps, once.
  std::vector<ArticleExtraction> extracted;
  std::vector<ArticleProfile> profiles;
  std::vector<Claim> claims;
  for (size_t i = 0; i < articles.size(); ++i) {
    extracted.push_back(ExtractArticle(static_cast<int>(i), articles[i],
                                       docs[i].body, k, opt.extract));
    profiles.push_back(extracted.back().profile);
    claims.insert(claims.end(), extracted.back().claims.begin(),
                  extracted.back().claims.end());
  }
  const Events events = FindEvents(profiles, {}, groups, opt.events);
  MarkTemplates(&claims);
  absl::flat_hash_set<ClauseKey> templated;
  for (const Claim& c : claims) {
    if (c.templated) templated.insert(ClauseOf(c));
  }
  // Each event apart.
  std::vector<std::tuple<double, int, uint32_t, int, uint32_t>> apart;
  for (const std::vector<int>& g : groups) {
    EventsInput part;
    std::vector<Article> members;
    for (int d : g) {
      members.push_back(articles[d]);
      part.extractions.push_back(extracted[d]);
      part.events.event_of.push_back(events.event_of[d]);
    }
    part.articles = &members;
    part.templated = templated;
    part.events.idf = events.idf;
    part.events.unseen_idf = events.unseen_idf;
    for (const EventPair& p : events.pairs) {
      if (p.a == g[0] && p.b == g[1])
        part.events.pairs.push_back({0, 1, p.similarity, p.copy});
    }
    auto r = CompareWithinEvents(std::move(part), k, opt);
    ASSERT_TRUE(r.ok()) << r.status();
    for (const Discrepancy& d : r->discrepancies) {
      apart.emplace_back(d.confidence, g[d.a.doc], d.a.span.begin, g[d.b.doc],
                         d.b.span.begin);
    }
  }
  std::vector<std::tuple<double, int, uint32_t, int, uint32_t>> expected;
  for (const Discrepancy& d : whole->discrepancies) {
    expected.emplace_back(d.confidence, d.a.doc, d.a.span.begin, d.b.doc,
                          d.b.span.begin);
  }
  std::sort(apart.begin(), apart.end());
  std::sort(expected.begin(), expected.end());
  EXPECT_EQ(apart, expected);
}

TEST(CompareWithinEventsTest, MismatchedInputIsAnError) {
  const std::vector<Article> articles(2);
  EventsInput in;
  in.articles = &articles;
  in.extractions.resize(1);
  in.events.event_of = {0, 0};
  auto r = CompareWithinEvents(std::move(in), BuiltinKnowledge(), {});
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().message(),
            "compare: 2 articles but 1 extractions and 2 event ids");
}

}  // namespace
// One match's result given as two different scores is a conflict; the
// same score written from the loser's side ("thua 1-4") is not.
TEST_F(CompareTest, ScoresOfOneMatchConflict) {
  bool found = false;
  for (const Discrepancy& d :
       Run({{"U21 Việt Nam đánh bại U21 Sydney với tỷ số 4-1 trong loạt sút "
             "luân lưu ở trận chung kết."},
            {"U21 Việt Nam thắng U21 Sydney 3-1 trong loạt sút luân lưu ở "
             "trận chung kết."}},
           AnyConfidence())) {
    found |= d.cls == DiscrepancyClass::kConflict && Quote(d.a) == "4-1" &&
             Quote(d.b) == "3-1";
  }
  EXPECT_TRUE(found);
}

TEST_F(CompareTest, ScoreWrittenFromEitherSideAgrees) {
  EXPECT_TRUE(Run({{"Hà Nội thắng Hải Phòng 4-1 ở vòng 16."},
                   {"Hải Phòng thua Hà Nội 1-4 ở vòng 16."}},
                  AnyConfidence())
                  .empty());
}

// The minute of one goal by one player: the action and the name frame it.
TEST_F(CompareTest, MinutesOfOneGoalConflict) {
  bool found = false;
  for (const Discrepancy& d :
       Run({{"Phút 44, Joshua ghi bàn mở tỷ số cho Sydney trong trận chung "
             "kết."},
            {"Đến phút 43, Joshua ghi bàn cho Sydney trong trận chung kết."}},
           AnyConfidence())) {
    found |= d.cls == DiscrepancyClass::kConflict && Quote(d.a) == "Phút 44" &&
             Quote(d.b) == "phút 43";
  }
  EXPECT_TRUE(found);
}

// The running score names the goal a minute is of, whoever each outlet
// names: the opening goal at 44' and 43' disagree, while the equaliser's
// minute never meets the opener's.
TEST_F(CompareTest, MinutesOfOneRunningScoreConflict) {
  const std::vector<Doc> docs = {
      {"Tận dụng sai sót của Văn Dũng, Joshua ghi bàn mở tỷ số 1-0 cho "
       "Sydney FC ở phút 44. Đình Bảo sau đó san bằng tỉ số 1-1 ở phút 65."},
      {"Đến phút 43, hậu vệ Văn Dũng mắc sai lầm để Joshua vô lê tung "
       "lưới, mở tỷ số 1-0 cho Sydney FC. Phút 64, chính Bảo đã lập công "
       "san bằng 1-1."}};
  EXPECT_THAT(ConflictQuotes(docs), ::testing::UnorderedElementsAre(
                                        ::testing::Pair("phút 44", "phút 43"),
                                        ::testing::Pair("phút 65", "Phút 64")));
}

// Opening the scoring is the goal that made it 1-0, with no number
// written: the opener at 16' and 17' disagree, though each article times
// two goals and the sentences name no one alike.
TEST_F(CompareTest, MinutesOfTheOpeningGoalConflict) {
  const std::vector<Doc> docs = {
      {"M.U tiếp Celta Vigo tối qua, Fellaini người Bỉ đá chính. Quỷ đỏ có "
       "bàn thắng mở tỷ số ngay từ phút 16 nhờ cú đánh đầu của Fellaini. "
       "Phút 85, Celta Vigo ghi bàn gỡ hòa."},
      {"Quỷ đỏ M.U tiếp Celta Vigo, Fellaini đá chính. Trong tình huống phản "
       "công ở phút 17, tiền vệ người Bỉ đánh đầu tung lưới, mở tỷ số cho "
       "Quỷ đỏ. Phút 85, Celta Vigo ghi bàn gỡ hòa."}};
  EXPECT_THAT(ConflictQuotes(docs),
              ::testing::ElementsAre(::testing::Pair("phút 16", "phút 17")));
}

// Three outlets timing one accident at 4h, 6h and 8h disagree; "khoảng"
// reaches 20 minutes, so "khoảng 12h20" meets "12h30".
TEST_F(CompareTest, TimesOfOneAccidentConflict) {
  const PublishedTime day = PublishedTime::Day(2017, 2, 6);
  const std::vector<Doc> docs = {
      {"Vụ tai nạn xe khách ở dốc Cun xảy ra vào khoảng 4h sáng 6/2, khi xe "
       "mất phanh và lao vào vách núi.",
       day},
      {"Vụ tai nạn xe khách ở dốc Cun xảy ra vào khoảng 8h sáng 6/2, khi xe "
       "mất phanh và lao vào vách núi.",
       day}};
  bool found = false;
  for (const Discrepancy& d : Run(docs, AnyConfidence())) {
    found |= d.cls == DiscrepancyClass::kConflict &&
             Quote(d.a) == "khoảng 4h sáng" && Quote(d.b) == "khoảng 8h sáng";
  }
  EXPECT_TRUE(found);
}

TEST_F(CompareTest, AboutATimeMeetsTheTimeNearIt) {
  const PublishedTime day = PublishedTime::Day(2017, 6, 30);
  for (const Discrepancy& d :
       Run({{"Vụ tai nạn nghiêm trọng xảy ra lúc 12h30 ngày 30.6 tại Kon Tum.",
             day},
            {"Vụ tai nạn nghiêm trọng xảy ra vào khoảng 12h20 ngày 30.6 tại "
             "Kon Tum.",
             day}},
           AnyConfidence())) {
    EXPECT_NE(d.cls, DiscrepancyClass::kConflict) << Quote(d.a);
  }
}

}  // namespace wirecheck
