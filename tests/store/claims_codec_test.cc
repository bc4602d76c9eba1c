// An article's extraction leaves the store exactly as it went in, and a
// damaged blob is DataLoss, never a crash.
#include "store/claims_codec.h"

#include <cstdint>
#include <cstring>
#include <limits>
#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "gtest/gtest.h"
#include "store/codec.h"

namespace wirecheck {
namespace {

Article Sample() {
  Article a;
  a.id = "chay-cho";
  a.title = "Cháy chợ Quảng Nam: 12 người thiệt mạng";
  a.published = PublishedTime::Day(2024, 6, 20);
  a.text =
      "Vụ cháy chợ tại Quảng Nam xảy ra rạng sáng ngày 19/6 đã làm 12 người "
      "thiệt mạng và hơn 40 ki ốt bị thiêu rụi. Ông Nguyễn Văn Hùng (52 "
      "tuổi), tiểu thương, cho biết thiệt hại ước khoảng 3,5 tỷ đồng, tăng "
      "15% so với vụ cháy năm 2019. Hà Nội và Triều Tiên không liên quan.";
  return a;
}

std::vector<Span> WholeBody(const Article& a) {
  return {Span{0, static_cast<uint32_t>(a.text.size())}};
}

ArticleExtraction ExtractionOf(const Article& a) {
  absl::StatusOr<Knowledge> k = LoadKnowledge({});
  EXPECT_TRUE(k.ok()) << k.status();
  return ExtractArticle(0, a, WholeBody(a), *k, {});
}

bool SameBits(double x, double y) {
  return std::memcmp(&x, &y, sizeof(double)) == 0;
}

void ExpectSameDate(const DateParts& x, const DateParts& y) {
  EXPECT_EQ(x.ToString(), y.ToString());
}

// Every field compare reads (all but `doc` and `templated`).
void ExpectSameClaim(const Claim& x, const Claim& y) {
  EXPECT_EQ(x.span, y.span);
  EXPECT_EQ(x.sentence, y.sentence);
  EXPECT_EQ(x.clause, y.clause);
  EXPECT_EQ(x.kind, y.kind);
  ExpectSameDate(x.from, y.from);
  ExpectSameDate(x.to, y.to);
  for (auto [a, b] :
       {std::pair{x.low, y.low}, std::pair{x.high, y.high},
        std::pair{x.value, y.value}, std::pair{x.factor, y.factor}}) {
    EXPECT_TRUE(SameBits(a, b)) << a << " vs " << b;
  }
  EXPECT_EQ(x.low_open, y.low_open);
  EXPECT_EQ(x.high_open, y.high_open);
  EXPECT_EQ(x.qualifier, y.qualifier);
  EXPECT_EQ(x.unit, y.unit);
  EXPECT_EQ(x.unit_class, y.unit_class);
  EXPECT_EQ(x.role, y.role);
  EXPECT_EQ(x.role_class, y.role_class);
  EXPECT_EQ(x.modality, y.modality);
  EXPECT_EQ(x.period, y.period);
  EXPECT_EQ(x.goods, y.goods);
  EXPECT_EQ(x.tail, y.tail);
  EXPECT_EQ(x.sibling_tails, y.sibling_tails);
  EXPECT_EQ(x.per_item, y.per_item);
  EXPECT_EQ(x.series, y.series);
  ExpectSameDate(x.anchor.from, y.anchor.from);
  ExpectSameDate(x.anchor.to, y.anchor.to);
  EXPECT_EQ(x.anchor.background, y.anchor.background);
  EXPECT_EQ(x.anchor.session, y.anchor.session);
  EXPECT_EQ(x.subject, y.subject);
  EXPECT_EQ(x.subject_term, y.subject_term);
  EXPECT_EQ(x.head, y.head);
  EXPECT_EQ(x.anniversary, y.anniversary);
  EXPECT_EQ(x.future, y.future);
  EXPECT_EQ(x.inferred, y.inferred);
  EXPECT_EQ(x.year_inferred, y.year_inferred);
  EXPECT_EQ(x.weekday_mismatch, y.weekday_mismatch);
  EXPECT_EQ(x.document, y.document);
  EXPECT_EQ(x.born, y.born);
  EXPECT_EQ(x.moment, y.moment);
  EXPECT_EQ(x.moment_score, y.moment_score);
  EXPECT_EQ(x.frame, y.frame);
  EXPECT_EQ(x.local, y.local);
  EXPECT_EQ(x.entities, y.entities);
  EXPECT_EQ(x.names, y.names);
  EXPECT_EQ(x.template_key, y.template_key);
}

void ExpectSameExtraction(const ArticleExtraction& x,
                          const ArticleExtraction& y) {
  ASSERT_EQ(x.claims.size(), y.claims.size());
  for (size_t i = 0; i < x.claims.size(); ++i) {
    SCOPED_TRACE(i);
    ExpectSameClaim(x.claims[i], y.claims[i]);
  }
  EXPECT_EQ(x.profile.terms, y.profile.terms);
  EXPECT_EQ(x.profile.vietnamese, y.profile.vietnamese);
  EXPECT_EQ(x.stats.claims_dropped, y.stats.claims_dropped);
  EXPECT_EQ(x.stats.sentences_over_limit, y.stats.sentences_over_limit);
  EXPECT_EQ(x.stats.first_sentence_drop, y.stats.first_sentence_drop);
  EXPECT_EQ(x.stats.article_limit_at, y.stats.article_limit_at);
}

TEST(ClaimsCodecTest, AnArticlesExtractionRoundTripsExactly) {
  const Article a = Sample();
  const ArticleExtraction e = ExtractionOf(a);
  ASSERT_GE(e.claims.size(), 4u);
  ASSERT_GT(e.profile.terms.size(), 40u);
  const std::string blob = EncodeExtraction(e, a, WholeBody(a));
  absl::StatusOr<ArticleExtraction> back = DecodeExtraction(blob);
  ASSERT_TRUE(back.ok()) << back.status();
  for (const Claim& c : back->claims) EXPECT_EQ(c.doc, -1);
  ExpectSameExtraction(e, *back);
}

TEST(ClaimsCodecTest, UnusualValuesAndHashesNoWordNamesRoundTrip) {
  const Article a = Sample();
  ArticleExtraction e = ExtractionOf(a);
  Claim odd;
  odd.span = {3, 9};
  odd.kind = ClaimKind::kDuration;
  odd.from = {2024, 0, 0};
  odd.low = -0.0;
  odd.high = std::numeric_limits<double>::infinity();
  odd.value = 1234.5678;
  odd.factor = 3600;
  odd.qualifier = Qualifier::kLessThan;
  odd.role_class = RoleClass::kStatement;
  odd.modality = Modality::kConditional;
  odd.unit = "giờ đồng hồ";
  odd.sibling_tails = {"trong nước", "", "nước ngoài"};
  odd.anchor.session = "close";
  odd.anchor.background = true;
  odd.subject_term = 0x0123456789abcdefULL;  // Named by no word.
  odd.template_key = ~uint64_t{0};
  odd.head = {5, 3, 5};  // Unsorted, repeated: kept as given.
  odd.frame = {1, 2, ~uint64_t{1}};
  odd.document = odd.weekday_mismatch = odd.low_open = odd.born = true;
  odd.moment = true;
  odd.moment_score = "1-0";
  e.claims.push_back(odd);
  odd.kind = ClaimKind::kScore;  // The last kind survives the round trip.
  odd.value = odd.low = odd.high = 4001;
  e.claims.push_back(odd);  // The same lists as the claim before.
  e.profile.terms.push_back({~uint64_t{0}, 0.25f});
  e.stats = {3, 1, 17, -1};
  const std::string blob = EncodeExtraction(e, a, WholeBody(a));
  absl::StatusOr<ArticleExtraction> back = DecodeExtraction(blob);
  ASSERT_TRUE(back.ok()) << back.status();
  ExpectSameExtraction(e, *back);
}

TEST(ClaimsCodecTest, AnEmptyExtractionRoundTrips) {
  const Article a = Sample();
  absl::StatusOr<ArticleExtraction> back =
      DecodeExtraction(EncodeExtraction({}, a, {}));
  ASSERT_TRUE(back.ok()) << back.status();
  ExpectSameExtraction({}, *back);
}

TEST(ClaimsCodecTest, DamageIsDataLossNeverACrash) {
  const Article a = Sample();
  const std::string blob = EncodeExtraction(ExtractionOf(a), a, WholeBody(a));
  for (size_t cut = 0; cut < blob.size(); ++cut) {
    absl::StatusOr<ArticleExtraction> e =
        DecodeExtraction(absl::string_view(blob).substr(0, cut));
    ASSERT_FALSE(e.ok()) << cut;
    EXPECT_EQ(e.status().code(), absl::StatusCode::kDataLoss);
  }
  // Any byte changed is refused (the payload's checksum catches what the
  // compressed frame does not).
  for (size_t at = 0; at < blob.size(); ++at) {
    std::string damaged = blob;
    damaged[at] = static_cast<char>(damaged[at] ^ 0x5A);
    absl::StatusOr<ArticleExtraction> e = DecodeExtraction(damaged);
    ASSERT_FALSE(e.ok()) << at;
    EXPECT_EQ(e.status().code(), absl::StatusCode::kDataLoss);
  }
  std::string other_layout = blob;
  other_layout[0] = static_cast<char>(kClaimsCodecVersion + 1);
  EXPECT_EQ(DecodeExtraction(other_layout).status().code(),
            absl::StatusCode::kDataLoss);
  EXPECT_EQ(DecodeExtraction(absl::StrCat(blob, "x")).status().code(),
            absl::StatusCode::kDataLoss);
}

// Layout 2 compresses against the dictionary compiled in: its frame does
// not decompress without it, and the dictionary makes a Vietnamese
// article's blob smaller than plain Zstandard of the same payload.
TEST(ClaimsCodecTest, BlobsNeedTheDictionaryAndAreSmallerForIt) {
  const Article a = Sample();
  const ArticleExtraction e = ExtractionOf(a);
  const std::string blob = EncodeExtraction(e, a, WholeBody(a));
  const std::string payload = ExtractionPayload(e, a, WholeBody(a));
  // The header: layout byte, payload size (a varint of one or two bytes
  // here) and its XXH3-64.
  const size_t header = payload.size() < 128 ? 10 : 11;
  EXPECT_EQ(DecompressText(blob.substr(header), payload.size()).status().code(),
            absl::StatusCode::kDataLoss);
  EXPECT_LT(blob.size(), header + CompressText(payload).size());
  ASSERT_TRUE(DecodeExtraction(blob).ok());
}

}  // namespace
}  // namespace wirecheck
