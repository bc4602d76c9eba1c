// compare/attribute.h: which claims of two articles state the same
// attribute of the same subject.
//
// Two figures conflict only when they are figures of one thing: the same
// kind, counted noun class ("binh lính" = "quân nhân" = "troops"), modality
// (planned, previous, current), reporting period and per-item status.
// AttributeKey() hashes those; claims are bucketed by key before any
// pairwise work, so two articles with hundreds of figures cost only the
// pairs inside buckets. Inside a bucket the predicates must agree ("chết" =
// "thiệt mạng" = "killed", never "injured"), or one sentence names none.
//
// Inside a bucket, the claims are aligned by their frames (the content
// words and entities around each figure, weighted by inverse document
// frequency): each claim of one article is paired with at most one of the
// other, strongest pairs first, and only pairs at least `min_similarity`
// alike are kept. A sentence with two defendants' prison terms thus pairs
// each term with its own counterpart. When two claims are each other's only
// possible counterpart and one has a predicate ("jobs added", "people
// killed"), they align whatever their wording (rewrites by different
// outlets share few words). Subjects must agree when both are
// known (the age of Hiếu never meets the age of his brother).
//
//   std::vector<AlignedClaims> pairs =
//       AlignClaims(claims, buckets[a], buckets[b], events,
//                   /*cross_language=*/false, AlignOptions{});
#ifndef WIRECHECK_COMPARE_ATTRIBUTE_H_
#define WIRECHECK_COMPARE_ATTRIBUTE_H_

#include <cstdint>
#include <utility>
#include <vector>

#include "compare/claim.h"
#include "compare/classify.h"
#include "compare/event.h"

namespace wirecheck {

// The attribute a claim states; 0 for claims never compared (statements,
// numbers with nothing counted).
uint64_t AttributeKey(const Claim& claim);

// One article's comparable claims as (attribute key, claim index), sorted.
using ClaimBuckets = std::vector<std::pair<uint64_t, int>>;
ClaimBuckets BucketClaims(const std::vector<Claim>& claims,
                          const std::vector<int>& of_article);

struct AlignOptions {
  // The least frame similarity (see FrameSimilarity) and local similarity
  // (the words right around the figures) that align two claims, by
  // evidence: near-verbatim rewrites for claims with no predicate, less
  // for claims that share one.
  double min_similarity[4] = {0.1, 0.4, 0.55, 0.65};
  double min_local[4] = {0.0, 0.2, 0.3, 0.45};
  // Claims of one article per bucket considered (bounds the pairs).
  int max_bucket = 24;
  // Subject noun phrases (Claim::head) of figures with a weak predicate
  // must be at least this alike (idf-weighted Jaccard).
  double min_head_similarity = 0.5;
  // Two figures of one predicate are each other's only counterpart when
  // no other figure of their bucket has that predicate and their subject
  // noun phrase: the shorter phrase's idf weight at least this share in
  // the longer, and at least `min_head_weight` shared.
  double min_head_containment = 0.8;
  double min_head_weight = 6;
  double sentence_weight = 0.7;
  double min_frame_weight = 12;  // About four distinctive words.
  // Across languages words never meet: two claims align on the alias
  // entities of their sentences (Jaccard), by evidence as above; claims
  // without a predicate never align across languages.
  double min_entity_similarity[4] = {0.2, 0.4, 1.1, 1.1};
};

struct AlignedClaims {
  int a = 0, b = 0;       // Claim indices.
  double similarity = 0;  // FrameSimilarity.
  double local = 0;       // LocalSimilarity.
  Evidence evidence = Evidence::kUnframed;
};

// How alike two claims' contexts are: `sentence_weight` times the
// idf-weighted containment of their frames (shared weight over the smaller
// frame's, the smaller counted as at least `min_frame_weight`, so a short
// sentence contained in a long rewrite still scores) plus the rest times the
// idf-weighted Jaccard of their local terms.
double FrameSimilarity(const Claim& a, const Claim& b, const Events& events,
                       const AlignOptions& options);
// Why two claims of one bucket cannot state one attribute: their
// predicates differ ("killed" never meets "injured"; one sentence naming
// none is fine), their measured goods differ (tonnes of oil, of gas), their
// subjects differ (the age of Hiếu is not his brother's; a subject one
// sentence names and the other article never mentions), or the noun
// phrases of figures with a weak predicate differ ("Tổng chi ngân sách" is
// not "thu ngân sách").
// Or the words after one figure are those that, in the other's sentence,
// set a neighbour of the other apart ("4 dự án nước ngoài" is not "22 dự án
// trong nước" when its sentence also has "19 dự án nước ngoài"). Or they
// are minutes of two goals (running scores 1-0 and 1-1).
enum class Mismatch : uint8_t {
  kNone,
  kPredicate,
  kGoods,
  kSubject,
  kHead,
  kSibling,
  kOtherGoal  // Moments of two running scores: two goals of a match.
};
// `pa`, `pb`: the profiles of the articles of `a` and `b`.
Mismatch WhyDifferent(const Claim& a, const Claim& b, const ArticleProfile& pa,
                      const ArticleProfile& pb, const Events& events,
                      bool cross_language, const AlignOptions& options);
const char* MismatchName(Mismatch m);

// Both figures name who or what they are about, and it is one: the same
// entity or last word, or one name holding the other ("Trần Ngọc Hiếu" and
// "Hiếu"; not "Thủ Thiêm 2" and "Thủ Thiêm").
bool SameNamedSubject(const Claim& a, const Claim& b);

// The idf-weighted Jaccard of two sorted term lists.
double WeightedJaccard(const std::vector<uint64_t>& a,
                       const std::vector<uint64_t>& b, const Events& events);
// How many hashes two sorted lists share.
size_t SharedCount(const std::vector<uint64_t>& a,
                   const std::vector<uint64_t>& b);
// The Jaccard of two sorted lists of entity hashes.
double EntitySimilarity(const std::vector<uint64_t>& a,
                        const std::vector<uint64_t>& b);
// The idf-weighted Jaccard of two claims' local terms alone.
double LocalSimilarity(const Claim& a, const Claim& b, const Events& events);

// `cross_language`: the two articles are in different languages.
std::vector<AlignedClaims> AlignClaims(
    const std::vector<Claim>& claims, const ClaimBuckets& a,
    const ClaimBuckets& b, const ArticleProfile& pa, const ArticleProfile& pb,
    const Events& events, bool cross_language, const AlignOptions& options);

}  // namespace wirecheck

#endif  // WIRECHECK_COMPARE_ATTRIBUTE_H_
