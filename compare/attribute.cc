#include "compare/attribute.h"

#include <algorithm>
#include <tuple>

#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/strip.h"
#include "xxhash.h"

namespace wirecheck {
namespace {

// Stated and current figures are the same fact; plans, earlier values and
// requests are each their own.
int ModalityClass(Modality m) {
  return m == Modality::kCurrent ? static_cast<int>(Modality::kStated)
                                 : static_cast<int>(m);
}

bool Comparable(const Claim& c) {
  if (c.role_class == RoleClass::kStatement || c.templated ||
      c.modality == Modality::kConditional) {
    return false;
  }
  if (c.kind == ClaimKind::kDate) return true;
  return !c.unit_class.empty();
}

// Two names are one when equal or when one holds the other ("Trần Ngọc
// Hiếu" and "Hiếu"). Sharing a last syllable is not enough: "Hố Nai" is not
// "Đồng Nai", nor "Lê Minh Phát" "Nguyễn Văn Phát".
// "Thủ Thiêm 2" is not "Thủ Thiêm", nor "Formosa II" "Formosa": a number
// after a name tells another of its kind.
bool NumberedSibling(const std::string& longer, const std::string& shorter) {
  const size_t at = longer.find(shorter);
  const std::string rest =
      absl::StrCat(longer.substr(0, at), longer.substr(at + shorter.size()));
  const std::string word(absl::StripAsciiWhitespace(rest));
  return !word.empty() &&
         (word.find_first_not_of("0123456789") == std::string::npos ||
          word.find_first_not_of("ivx") == std::string::npos);
}

bool SameName(const std::string& a, const std::string& b) {
  if (a.empty() || b.empty() || a == b) return true;
  const std::string& longer = a.size() >= b.size() ? a : b;
  const std::string& shorter = a.size() >= b.size() ? b : a;
  return longer.find(shorter) != std::string::npos &&
         !NumberedSibling(longer, shorter);
}

}  // namespace

bool SameNamedSubject(const Claim& a, const Claim& b) {
  return !a.subject.empty() && !b.subject.empty() &&
         (a.subject_term == b.subject_term || SameName(a.subject, b.subject));
}

namespace {

// The people or things the two figures are about agree: both named and
// one, or one named and named in the other sentence as well.
bool SameSubject(const Claim& a, const Claim& b, const ArticleProfile& pa,
                 const ArticleProfile& pb) {
  auto names = [](const Claim& sentence, const Claim& named) {
    return std::binary_search(sentence.frame.begin(), sentence.frame.end(),
                              named.subject_term);
  };
  if (!a.subject.empty() && !b.subject.empty()) {
    // One name ("Bình Nhưỡng" and "Pyongyang" are one entity). Two names
    // are two subjects even when both sentences give both (Lavrov visiting
    // Choe is not Choe visiting Lavrov), but a date belongs to its event,
    // whoever is named nearest ("Kim ... ngày 13/9" and "... Vostochny on
    // Sept. 12" when both sentences name both).
    if (a.subject_term == b.subject_term || SameName(a.subject, b.subject)) {
      return true;
    }
    return a.kind == ClaimKind::kDate && names(a, b) && names(b, a);
  }
  // One sentence names its subject, the other none: the other article must
  // name it somewhere (a lead names "Hố Nai, Biên Hòa" once and later
  // sentences leave it out), or the two figures may be of different things.
  const bool a_named = !a.subject.empty();
  const Claim& named = a_named ? a : b;
  const Claim& other = a_named ? b : a;
  const ArticleProfile& other_article = a_named ? pb : pa;
  if (named.subject.empty() || names(other, named)) return true;
  const auto& terms = other_article.terms;
  return std::binary_search(
      terms.begin(), terms.end(), std::make_pair(named.subject_term, 0.0f),
      [](const auto& x, const auto& y) { return x.first < y.first; });
}

// One tail starts with the other, word by word ("trong nước" and "trong
// nước với").
bool SameTail(const std::string& x, const std::string& y) {
  const std::string& shorter = x.size() <= y.size() ? x : y;
  const std::string& longer = x.size() <= y.size() ? y : x;
  return absl::StartsWith(longer, shorter) &&
         (longer.size() == shorter.size() || longer[shorter.size()] == ' ');
}

// `b`'s tail names a neighbour of `a` rather than `a` itself.
bool TailNamesSibling(const Claim& a, const Claim& b) {
  if (b.tail.empty()) return false;
  if (!a.tail.empty() && SameTail(a.tail, b.tail)) return false;
  for (const std::string& t : a.sibling_tails) {
    if (SameTail(t, b.tail)) return true;
  }
  return false;
}

// Figures whose predicate says little of what they are of (a change, a
// bare amount or share) are of one thing only when both name their subject
// noun phrase and the two agree ("Tổng chi ngân sách" is not "thu cân đối
// ngân sách").
bool NeedsSameHead(const Claim& c) {
  if (c.kind == ClaimKind::kDate || c.kind == ClaimKind::kAge ||
      c.kind == ClaimKind::kTime) {
    return false;
  }
  return c.role.empty() || c.role_class == RoleClass::kChange ||
         c.kind == ClaimKind::kPercent;
}

}  // namespace

double WeightedJaccard(const std::vector<uint64_t>& a,
                       const std::vector<uint64_t>& b, const Events& events);

namespace {

// The predicates agree ("killed" never meets "injured"), or one sentence
// names none ("tám triệu dân" meets "dân số khoảng 7 triệu người"); measured
// goods named by both are the same (tonnes of oil are not tonnes of gas);
// the people named agree; subjects agree where the predicate is weak.
}  // namespace

Mismatch WhyDifferent(const Claim& a, const Claim& b, const ArticleProfile& pa,
                      const ArticleProfile& pb, const Events& events,
                      bool cross_language, const AlignOptions& opt) {
  if (!a.role.empty() && !b.role.empty() && a.role != b.role) {
    return Mismatch::kPredicate;
  }
  if (!a.goods.empty() && !b.goods.empty() && a.goods != b.goods) {
    return Mismatch::kGoods;
  }
  if (!a.moment_score.empty() && !b.moment_score.empty()) {
    // One goal, whoever each names (the scorer, the defender who erred).
    if (a.moment_score == b.moment_score) return Mismatch::kNone;
    return Mismatch::kOtherGoal;
  }
  if (!SameSubject(a, b, pa, pb)) return Mismatch::kSubject;
  if (TailNamesSibling(a, b) || TailNamesSibling(b, a)) {
    return Mismatch::kSibling;
  }
  // Across languages the words of two noun phrases never meet.
  if (cross_language) return Mismatch::kNone;
  if ((NeedsSameHead(a) || NeedsSameHead(b)) &&
      (a.head.empty() || b.head.empty() ||
       WeightedJaccard(a.head, b.head, events) < opt.min_head_similarity)) {
    return Mismatch::kHead;
  }
  // An amount is always of something: when both name it, it must agree
  // ("xuất khẩu nông sản" is not "tổng trị giá xuất khẩu"), unless one
  // predicate and one named subject already say what it is ("bought the
  // game studio Remedy for" and "acquire game developer Remedy for").
  const bool named_alike = !a.role.empty() && SameNamedSubject(a, b);
  if (a.kind == ClaimKind::kMoney && !named_alike && !a.head.empty() &&
      !b.head.empty() &&
      WeightedJaccard(a.head, b.head, events) < opt.min_head_similarity) {
    return Mismatch::kHead;
  }
  return Mismatch::kNone;
}

const char* MismatchName(Mismatch m) {
  switch (m) {
    case Mismatch::kNone:
      return "none";
    case Mismatch::kPredicate:
      return "predicate";
    case Mismatch::kGoods:
      return "goods";
    case Mismatch::kSubject:
      return "subject";
    case Mismatch::kHead:
      return "subject noun phrase";
    case Mismatch::kSibling:
      return "another figure of the sentence";
    case Mismatch::kOtherGoal:
      return "another goal";
  }
  return "none";
}

namespace {

// Claims of bucket range [from, to) whose predicate is `role`.
int CountRole(const std::vector<Claim>& claims, const ClaimBuckets& bucket,
              size_t from, size_t to, const std::string& role) {
  int n = 0;
  for (size_t k = from; k < to; ++k) n += claims[bucket[k].second].role == role;
  return n;
}

// No other claim of bucket range [from, to) is in `c`'s sentence.
bool AloneInSentence(const std::vector<Claim>& claims,
                     const ClaimBuckets& bucket, size_t from, size_t to,
                     const Claim& c) {
  for (size_t k = from; k < to; ++k) {
    const Claim& o = claims[bucket[k].second];
    if (&o != &c && o.sentence == c.sentence) return false;
  }
  return true;
}

// Two ages of one named person ("Trần Ngọc Hiếu (16 tuổi)", "Trần Ngọc
// Hiếu, 14 tuổi"; "Tero Virtala, 52," and "CEO Tero Virtala, 54,"): the
// name frames an age as a predicate frames a count, whatever else the two
// sentences say. Only ages of the story's present: one told as background
// or dated to an earlier year is an age at another time ("Năm 1998, khi
// Kim Jong Un lên 14 tuổi"); one dated to the news ("qua đời ở tuổi 82 vào
// ngày 13.6") is not.
bool AgeOfThePresent(const Claim& c, const ArticleProfile& p) {
  if (c.anchor.background) return false;
  // A day and month with no year, and no publication date to give one,
  // is a day of the news.
  if (!c.anchor.dated() || c.anchor.to.year == 0) return true;
  return p.published.known() && c.anchor.to.year >= p.published.start.year();
}

bool SamePersonsAge(const Claim& a, const Claim& b, const ArticleProfile& pa,
                    const ArticleProfile& pb) {
  return a.kind == ClaimKind::kAge && b.kind == ClaimKind::kAge &&
         AgeOfThePresent(a, pa) && AgeOfThePresent(b, pb) &&
         SameNamedSubject(a, b);
}

// Two moments of one goal: the running score it made ("mở tỷ số 1-0 ở
// phút 44" and "Đến phút 43, ... ghi bàn, mở tỷ số 1-0"), which a match
// reaches once; or one action by the same people ("Phút 44, Joshua đã ghi
// bàn" and "Đến phút 43, ... Joshua ... ghi bàn"), at least half the names
// of the sentence naming fewer in the other: the action and who is named
// frame the minute as a name frames an age.
bool SameMoment(const Claim& a, const Claim& b) {
  if (!a.moment || !b.moment) return false;
  if (!a.moment_score.empty() && a.moment_score == b.moment_score) return true;
  if (a.role.empty() || a.role != b.role) return false;
  const size_t shared = SharedCount(a.names, b.names);
  return shared > 0 && 2 * shared >= std::min(a.names.size(), b.names.size());
}

// How one claim's pairing with its counterpart is singled out in their
// bucket: not at all, by the predicate alone, or by the predicate and the
// subject noun phrase.
enum class Counterpart : uint8_t { kMany, kByPredicate, kByHead };

Evidence EvidenceOf(const Claim& a, const Claim& b, Counterpart only) {
  const int framed = !a.role.empty() + !b.role.empty();
  // Dates, times and durations name many sub-events of one story (the departure
  // and the arrival, the hearing and the verdict): being each article's
  // only date of an event predicate says little, unless both name what
  // lasted ("mưa đá kéo dài" and "mưa đá diễn ra").
  // A document's number names one document, whatever else the story dates.
  bool only_counterparts = only != Counterpart::kMany;
  if ((a.kind == ClaimKind::kDate || a.kind == ClaimKind::kDuration ||
       a.kind == ClaimKind::kTime) &&
      !(a.document && b.document) && only != Counterpart::kByHead) {
    only_counterparts = false;
  }
  if (framed == 2)
    return only_counterparts ? Evidence::kSole : Evidence::kFramed;
  return framed == 1 ? Evidence::kHalfFramed : Evidence::kUnframed;
}

}  // namespace

uint64_t AttributeKey(const Claim& c) {
  if (!Comparable(c)) return 0;
  const std::string key =
      c.kind == ClaimKind::kDate
          ? std::string("date")
          : absl::StrCat(static_cast<int>(c.kind), "|", c.unit_class, "|",
                         ModalityClass(c.modality), "|", c.period, "|",
                         c.per_item ? "each" : "");
  const uint64_t h = XXH3_64bits(key.data(), key.size());
  return h == 0 ? 1 : h;
}

ClaimBuckets BucketClaims(const std::vector<Claim>& claims,
                          const std::vector<int>& of_article) {
  ClaimBuckets out;
  for (int i : of_article) {
    if (uint64_t key = AttributeKey(claims[i])) out.push_back({key, i});
  }
  std::sort(out.begin(), out.end());
  return out;
}

namespace {

// Shared and total idf weight of two sorted term lists.
void Overlap(const std::vector<uint64_t>& a, const std::vector<uint64_t>& b,
             const Events& events, double* shared, double* in_a, double* in_b) {
  *shared = *in_a = *in_b = 0;
  size_t i = 0, j = 0;
  while (i < a.size() || j < b.size()) {
    if (j == b.size() || (i < a.size() && a[i] < b[j])) {
      *in_a += events.Idf(a[i++]);
    } else if (i == a.size() || b[j] < a[i]) {
      *in_b += events.Idf(b[j++]);
    } else {
      const double w = events.Idf(a[i]);
      *shared += w, *in_a += w, *in_b += w;
      ++i, ++j;
    }
  }
}

}  // namespace

double WeightedJaccard(const std::vector<uint64_t>& a,
                       const std::vector<uint64_t>& b, const Events& events) {
  double shared, in_a, in_b;
  Overlap(a, b, events, &shared, &in_a, &in_b);
  const double all = in_a + in_b - shared;
  return all > 0 ? shared / all : 0;
}

size_t SharedCount(const std::vector<uint64_t>& a,
                   const std::vector<uint64_t>& b) {
  size_t shared = 0, i = 0, j = 0;
  while (i < a.size() && j < b.size()) {
    if (a[i] < b[j]) {
      ++i;
    } else if (b[j] < a[i]) {
      ++j;
    } else {
      ++shared, ++i, ++j;
    }
  }
  return shared;
}

double EntitySimilarity(const std::vector<uint64_t>& a,
                        const std::vector<uint64_t>& b) {
  const size_t shared = SharedCount(a, b);
  const size_t all = a.size() + b.size() - shared;
  return all > 0 ? static_cast<double>(shared) / all : 0;
}

double LocalSimilarity(const Claim& a, const Claim& b, const Events& events) {
  return WeightedJaccard(a.local, b.local, events);
}

double FrameSimilarity(const Claim& a, const Claim& b, const Events& events,
                       const AlignOptions& opt) {
  double shared, in_a, in_b;
  Overlap(a.frame, b.frame, events, &shared, &in_a, &in_b);
  const double contained =
      shared / std::max({std::min(in_a, in_b), opt.min_frame_weight, 1e-9});
  return opt.sentence_weight * std::min(1.0, contained) +
         (1 - opt.sentence_weight) * LocalSimilarity(a, b, events);
}

namespace {

// The claims of one attribute in two articles: bucket ranges [a_from,
// a_to) of `a` and [b_from, b_to) of `b`.
struct BucketPair {
  const ClaimBuckets& a;
  size_t a_from, a_to;
  const ClaimBuckets& b;
  size_t b_from, b_to;
};

// Two subject noun phrases name one thing: the shorter's words are all in
// the longer ("mưa đá" in "xảy ra cơn mưa đá"), weighted by idf, and
// they weigh enough to name something.
bool SameHead(const Claim& a, const Claim& b, const Events& events,
              const AlignOptions& opt) {
  if (a.head.empty() || b.head.empty()) return false;
  double shared, in_a, in_b;
  Overlap(a.head, b.head, events, &shared, &in_a, &in_b);
  return shared >= opt.min_head_weight &&
         shared >= opt.min_head_containment * std::min(in_a, in_b);
}

// Claims of bucket range [from, to) with predicate `role` whose subject
// noun phrase is `other`'s.
int CountRoleAndHead(const std::vector<Claim>& claims,
                     const ClaimBuckets& bucket, size_t from, size_t to,
                     const std::string& role, const Claim& other,
                     const Events& events, const AlignOptions& opt) {
  int n = 0;
  for (size_t k = from; k < to; ++k) {
    const Claim& c = claims[bucket[k].second];
    n += c.role == role && SameHead(c, other, events, opt);
  }
  return n;
}

// Whether `ca` and `cb` are each other's only counterpart in bucket `k`:
// the only claims of their predicate, or the only ones of their predicate
// about their subject noun phrase ("mưa đá kéo dài trong khoảng 1 giờ"
// meets "mưa đá diễn ra trong khoảng 20 phút", not "mưa lớn kéo dài hơn
// 30 phút").
Counterpart SingledOut(const std::vector<Claim>& claims, const BucketPair& k,
                       const Claim& ca, const Claim& cb, const Events& events,
                       const AlignOptions& opt) {
  if (ca.role != cb.role || ca.role.empty()) return Counterpart::kMany;
  if (CountRole(claims, k.a, k.a_from, k.a_to, ca.role) == 1 &&
      CountRole(claims, k.b, k.b_from, k.b_to, cb.role) == 1) {
    return Counterpart::kByPredicate;
  }
  if (SameHead(ca, cb, events, opt) &&
      CountRoleAndHead(claims, k.a, k.a_from, k.a_to, ca.role, cb, events,
                       opt) == 1 &&
      CountRoleAndHead(claims, k.b, k.b_from, k.b_to, cb.role, ca, events,
                       opt) == 1) {
    return Counterpart::kByHead;
  }
  return Counterpart::kMany;
}

// The pairs of one bucket that may state the same thing, with their
// evidence and similarity; pairs that differ (WhyDifferent) or fall short
// of the thresholds for their evidence are left out.
std::vector<AlignedClaims> ScorePairs(const std::vector<Claim>& claims,
                                      const BucketPair& k,
                                      const ArticleProfile& pa,
                                      const ArticleProfile& pb,
                                      const Events& events, bool cross_language,
                                      const AlignOptions& opt) {
  std::vector<AlignedClaims> candidates;
  for (size_t x = k.a_from; x < k.a_to; ++x) {
    for (size_t y = k.b_from; y < k.b_to; ++y) {
      const Claim& ca = claims[k.a[x].second];
      const Claim& cb = claims[k.b[y].second];
      if (WhyDifferent(ca, cb, pa, pb, events, cross_language, opt) !=
          Mismatch::kNone) {
        continue;
      }
      const double sim = cross_language
                             ? EntitySimilarity(ca.entities, cb.entities)
                             : FrameSimilarity(ca, cb, events, opt);
      const Evidence e =
          SamePersonsAge(ca, cb, pa, pb) || SameMoment(ca, cb)
              ? Evidence::kSole
              : EvidenceOf(ca, cb, SingledOut(claims, k, ca, cb, events, opt));
      // A figure with no predicate in a sentence with others of its
      // attribute cannot be told apart from them ("ước đạt 986.300 tỷ
      // đồng, tăng 8.300 tỷ đồng"), unless the words after each say which
      // it is ("22 dự án đầu tư trong nước" against "19 dự án đầu tư nước
      // ngoài": the tails name the same one of a sentence's figures, and
      // at least one sentence has others to tell it from).
      const bool told_apart =
          !ca.tail.empty() && !cb.tail.empty() && SameTail(ca.tail, cb.tail) &&
          (!ca.sibling_tails.empty() || !cb.sibling_tails.empty());
      if (e == Evidence::kUnframed && !told_apart &&
          (!AloneInSentence(claims, k.a, k.a_from, k.a_to, ca) ||
           !AloneInSentence(claims, k.b, k.b_from, k.b_to, cb))) {
        continue;
      }
      const int level = static_cast<int>(e);
      const double local = cross_language ? 0 : LocalSimilarity(ca, cb, events);
      const bool enough =
          cross_language ? sim >= opt.min_entity_similarity[level]
                         : sim >= opt.min_similarity[level] &&
                               (local >= opt.min_local[level] || told_apart);
      if (enough) {
        candidates.push_back({k.a[x].second, k.b[y].second, sim, local, e});
      }
    }
  }
  return candidates;
}

// Each claim paired with at most one of the other article: strongest
// evidence first, then the closest wording around the figures (which
// figure of a sentence it is), then the sentences.
void PickOneToOne(std::vector<AlignedClaims> candidates,
                  std::vector<AlignedClaims>* out) {
  std::sort(candidates.begin(), candidates.end(),
            [](const AlignedClaims& p, const AlignedClaims& q) {
              return std::make_tuple(p.evidence, -(p.local + p.similarity), p.a,
                                     p.b) <
                     std::make_tuple(q.evidence, -(q.local + q.similarity), q.a,
                                     q.b);
            });
  std::vector<int> used_a, used_b;
  for (const AlignedClaims& c : candidates) {
    if (std::find(used_a.begin(), used_a.end(), c.a) != used_a.end() ||
        std::find(used_b.begin(), used_b.end(), c.b) != used_b.end()) {
      continue;
    }
    used_a.push_back(c.a), used_b.push_back(c.b);
    out->push_back(c);
  }
}

// The end of the run of entries with `bucket[from]`'s key.
size_t KeyEnd(const ClaimBuckets& bucket, size_t from) {
  size_t end = from;
  while (end < bucket.size() && bucket[end].first == bucket[from].first) ++end;
  return end;
}

}  // namespace

std::vector<AlignedClaims> AlignClaims(
    const std::vector<Claim>& claims, const ClaimBuckets& a,
    const ClaimBuckets& b, const ArticleProfile& pa, const ArticleProfile& pb,
    const Events& events, bool cross_language, const AlignOptions& opt) {
  std::vector<AlignedClaims> out;
  size_t i = 0, j = 0;
  while (i < a.size() && j < b.size()) {
    if (a[i].first != b[j].first) {
      (a[i].first < b[j].first ? i : j)++;
      continue;
    }
    const size_t ie = KeyEnd(a, i), je = KeyEnd(b, j);
    const BucketPair bucket{a, i, std::min<size_t>(ie, i + opt.max_bucket),
                            b, j, std::min<size_t>(je, j + opt.max_bucket)};
    PickOneToOne(
        ScorePairs(claims, bucket, pa, pb, events, cross_language, opt), &out);
    i = ie, j = je;
  }
  return out;
}

}  // namespace wirecheck
