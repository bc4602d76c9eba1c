#include "compare/compare.h"

#include <algorithm>
#include <cmath>
#include <optional>
#include <set>
#include <tuple>

#include "absl/container/flat_hash_map.h"
#include "absl/strings/str_cat.h"
#include "compare/templates.h"
#include "compare/topic.h"
#include "util/parallel.h"
#include "util/status_macros.h"

namespace wirecheck {
namespace {

// Aligned figures two articles must differ in (and agree in fewer) to be two
// editions of a recurring story.

// The day and month a title dates its story on ("Kết quả Vietlott ngày
// 18/6", "Giá vàng hôm nay 3/2"), or none.
std::optional<DateParts> TitleDay(const Article& a, const Knowledge& k,
                                  const ExtractOptions& options) {
  if (a.title.empty()) return std::nullopt;
  const std::vector<Span> all = {
      Span{0, static_cast<uint32_t>(a.title.size())}};
  const LexedArticle lexed =
      LexArticle(a.title, all, k.lexicon, options.language);
  ExtractOptions dates_only = options;
  dates_only.numbers = false;
  for (const Claim& c :
       ExtractClaims(0, a.title, lexed, a.published, k.lexicon, dates_only)) {
    if (c.kind == ClaimKind::kDate && c.from == c.to && c.from.month > 0 &&
        c.from.day > 0) {
      return c.from;
    }
  }
  return std::nullopt;
}

// Days between two title dates; a year missing on either side is read as
// the other's, so "18/6" and "29/6" of undated scrapes are 11 days apart.
long DaysApart(DateParts a, DateParts b) {
  if (a.year == 0) a.year = b.year;
  if (b.year == 0) b.year = a.year;
  return std::labs(DayNumber(a) - DayNumber(b));
}

absl::Status Validate(const CompareInput& in) {
  if (in.articles == nullptr || in.docs == nullptr) {
    return absl::InvalidArgumentError(
        "compare: articles and docs are required");
  }
  const int n = static_cast<int>(in.articles->size());
  if (static_cast<int>(in.docs->size()) != n) {
    return absl::InvalidArgumentError(absl::StrCat(
        "compare: ", n, " articles but ", in.docs->size(), " documents"));
  }
  for (const auto& group : in.given_events) {
    for (int d : group) {
      if (d < 0 || d >= n) {
        return absl::InvalidArgumentError(
            absl::StrCat("compare: event member ", d, " out of range"));
      }
    }
  }
  if (!in.extracted.empty() && static_cast<int>(in.extracted.size()) != n) {
    return absl::InvalidArgumentError(absl::StrCat(
        "compare: ", n, " articles but ", in.extracted.size(), " extractions"));
  }
  for (const CopiedPassage& p : in.copied) {
    if (p.source_doc < 0 || p.copy_doc < 0 || p.source_doc >= n ||
        p.copy_doc >= n) {
      return absl::InvalidArgumentError(
          "compare: copied passage doc out of range");
    }
  }
  return absl::OkStatus();
}

// True when article `doc` also states a value compatible with `c` of the
// same kind and unit, in any modality: it mentions both figures and does
// not contradict `c` ("10.000 binh lính, trước đó là 3.000 binh lính").
// A bare figure counts when it has `c`'s predicate and exactly its value:
// "công khai 134 ... nợ thuế" states the 134 businesses owing tax that the
// other article gives, and its "126 doanh nghiệp" is a part of them.
bool AlsoStated(const Claim& c, const std::vector<int>& of_doc,
                const std::vector<Claim>& claims) {
  for (int i : of_doc) {
    const Claim& d = claims[i];
    if (d.kind != c.kind) continue;
    // Another person's age says nothing of this one's ("Hiếu (14 tuổi)"
    // beside "anh Vũ (16 tuổi)").
    if (c.kind == ClaimKind::kAge && !c.subject.empty() && !d.subject.empty() &&
        !SameNamedSubject(c, d)) {
      continue;
    }
    if (d.unit_class.empty() && !c.unit_class.empty() && !c.role.empty() &&
        d.role == c.role && d.value == c.value) {
      return true;
    }
    if (d.unit_class != c.unit_class) continue;
    const Relation r = Relate(c, d);
    if (r != Relation::kDisjoint && r != Relation::kIncomparable) return true;
  }
  return false;
}

// True when `c`'s sentence names someone or somewhere that `article` never
// mentions. Across languages only alias entities count: a name spelled in
// one language is absent from the other.
bool NamesUnknown(const Claim& c, const ArticleProfile& article,
                  bool cross_language) {
  for (uint64_t name : c.names) {
    if (cross_language &&
        !std::binary_search(c.entities.begin(), c.entities.end(), name)) {
      continue;
    }
    auto it = std::lower_bound(article.terms.begin(), article.terms.end(),
                               std::make_pair(name, 0.0f));
    if (it == article.terms.end() || it->first != name) return true;
  }
  return false;
}

// Where a claim sits, independent of input order: its article's id (the
// index only separates two articles given one id), then its bytes.
auto PlaceOf(const std::vector<Article>& arts, const Claim& c) {
  return std::tie(arts[c.doc].id, c.doc, c.span.begin, c.span.end);
}

// The earlier article's claim first; when times do not order them, the
// smaller place first, so the sides never swap with the input order.
void Order(const std::vector<Article>& arts, Discrepancy* d) {
  const PublishedTime& ta = arts[d->a.doc].published;
  const PublishedTime& tb = arts[d->b.doc].published;
  if (tb.StrictlyBefore(ta) ||
      (!ta.StrictlyBefore(tb) && PlaceOf(arts, d->b) < PlaceOf(arts, d->a))) {
    std::swap(d->a, d->b);
  }
}

class Matcher {
 public:
  Matcher(const CompareInput& in, const Knowledge& k, const CompareOptions& opt)
      : arts_(*in.articles), in_(in), k_(k), opt_(opt) {}

  // The event search runs on compare's threads unless told otherwise.
  EventOptions EventOpts() const {
    EventOptions e = opt_.events;
    if (e.threads == 0) e.threads = opt_.threads;
    return e;
  }

  absl::StatusOr<CompareResult> Run() {
    CompareResult result;
    std::vector<std::pair<int, int>> copy_pairs;
    for (const CopiedPassage& p : in_.copied) {
      copy_pairs.push_back({p.source_doc, p.copy_doc});
    }
    if (in_.is_new.empty()) {
      Extract(&result);
      events_ =
          FindEvents(profiles_, copy_pairs, in_.given_events, EventOpts());
    } else {
      // A batch among stored articles: every extraction (given or made
      // here), then the claims only of the articles a new one is paired
      // with.
      std::vector<ArticleExtraction> made = ExtractMissing();
      events_ =
          FindEvents(profiles_, copy_pairs, in_.given_events, EventOpts());
      std::vector<bool> needed = in_.is_new;
      for (const EventPair& p : events_.pairs) {
        if (in_.is_new[p.a] || in_.is_new[p.b])
          needed[p.a] = needed[p.b] = true;
      }
      CollectClaims(made, needed, &result);
      if (in_.keep_extractions) KeepExtractions(std::move(made), &result);
    }
    MarkTemplates(&result.claims);
    return CompareAlongPairs(std::move(result));
  }

  // The comparison alone: claims (templates marked) and events given.
  CompareResult RunOnEvents(std::vector<ArticleExtraction> extractions,
                            Events events) {
    CompareResult result;
    const size_t n = arts_.size();
    for (size_t i = 0; i < n; ++i) {
      extractions[i].profile.published = arts_[i].published;
      for (Claim& c : extractions[i].claims) c.doc = static_cast<int>(i);
    }
    TakeProfiles(extractions);
    by_doc_.assign(n, {});
    for (size_t i = 0; i < n; ++i) {
      AddClaims(i, std::move(extractions[i]), &result);
    }
    events_ = std::move(events);
    return CompareAlongPairs(std::move(result));
  }

 private:
  // Claims compared along the event pairs, and changed values in copies.
  CompareResult CompareAlongPairs(CompareResult result) {
    result.event_pairs = static_cast<int>(events_.pairs.size());
    buckets_.resize(arts_.size());
    for (size_t d = 0; d < arts_.size(); ++d) {
      buckets_[d] = BucketClaims(result.claims, by_doc_[d]);
    }
    ReadTitleDays();
    std::vector<Discrepancy> found = ChangedValues(result.claims);
    std::vector<std::vector<Discrepancy>> per_pair(events_.pairs.size());
    ParallelFor(events_.pairs.size(), opt_.threads, [&](size_t p) {
      const EventPair& pair = events_.pairs[p];
      if (!in_.is_new.empty() && !in_.is_new[pair.a] && !in_.is_new[pair.b]) {
        return;
      }
      per_pair[p] = ComparePair(pair, result.claims);
    });
    for (auto& list : per_pair) {
      for (Discrepancy& d : list) found.push_back(std::move(d));
    }
    Report(std::move(found), &result);
    return result;
  }

  // The title date of every article of an event pair.
  void ReadTitleDays() {
    std::vector<bool> paired(arts_.size(), false);
    for (const EventPair& p : events_.pairs) paired[p.a] = paired[p.b] = true;
    title_days_.assign(arts_.size(), std::nullopt);
    ParallelFor(arts_.size(), opt_.threads, [&](size_t d) {
      if (paired[d]) title_days_[d] = TitleDay(arts_[d], k_, opt_.extract);
    });
  }

  // Titles dated further apart than one event's articles are published
  // ("Kết quả Vietlott ngày 18/6" and "... ngày 29/6") name two editions of
  // a recurring story, however alike their texts.
  bool TitlesDateTwoEditions(const EventPair& pair) const {
    const std::optional<DateParts>& a = title_days_[pair.a];
    const std::optional<DateParts>& b = title_days_[pair.b];
    return a && b && DaysApart(*a, *b) > opt_.events.window_days;
  }

  // Every article's claims and profile, from one lexing pass each.
  void Extract(CompareResult* result) {
    const size_t n = arts_.size();
    std::vector<ArticleExtraction> work(n);
    ParallelFor(n, opt_.threads, [&](size_t i) {
      work[i] = ExtractArticle(static_cast<int>(i), arts_[i],
                               (*in_.docs)[i].body, k_, opt_.extract);
    });
    TakeProfiles(work);
    by_doc_.assign(n, {});
    for (size_t i = 0; i < n; ++i) AddClaims(i, std::move(work[i]), result);
  }

  // The extraction of each article not given in `in_.extracted` (the given
  // ones stay empty here); sets every article's profile.
  std::vector<ArticleExtraction> ExtractMissing() {
    const size_t n = arts_.size();
    std::vector<ArticleExtraction> made(n);
    ParallelFor(n, opt_.threads, [&](size_t i) {
      if (Given(i) != nullptr) return;
      made[i] = ExtractArticle(static_cast<int>(i), arts_[i],
                               (*in_.docs)[i].body, k_, opt_.extract);
    });
    std::vector<const ArticleExtraction*> of(n);
    for (size_t i = 0; i < n; ++i) {
      of[i] = Given(i) != nullptr ? Given(i) : &made[i];
    }
    profiles_.reserve(n);
    languages_.assign(n, true);
    for (size_t i = 0; i < n; ++i) {
      profiles_.push_back(of[i]->profile);
      profiles_.back().published = arts_[i].published;
      languages_[i] = of[i]->profile.vietnamese;
    }
    return made;
  }

  const ArticleExtraction* Given(size_t i) const {
    return in_.extracted.empty() ? nullptr : in_.extracted[i];
  }

  // The claims of the articles marked in `needed` into `result`, whether
  // made here or given.
  void CollectClaims(const std::vector<ArticleExtraction>& made,
                     const std::vector<bool>& needed, CompareResult* result) {
    const size_t n = arts_.size();
    by_doc_.assign(n, {});
    for (size_t i = 0; i < n; ++i) {
      if (!needed[i]) continue;
      const ArticleExtraction& e = Given(i) != nullptr ? *Given(i) : made[i];
      ArticleExtraction copy{e.claims, {}, e.stats};
      for (Claim& c : copy.claims) c.doc = static_cast<int>(i);
      AddClaims(i, std::move(copy), result);
    }
  }

  void KeepExtractions(std::vector<ArticleExtraction> made,
                       CompareResult* result) const {
    result->extractions.resize(made.size());
    for (size_t i = 0; i < made.size(); ++i) {
      if (Given(i) == nullptr) result->extractions[i] = std::move(made[i]);
    }
  }

  void TakeProfiles(std::vector<ArticleExtraction>& work) {
    languages_.assign(work.size(), true);
    profiles_.reserve(work.size());
    for (size_t i = 0; i < work.size(); ++i) {
      languages_[i] = work[i].profile.vietnamese;
      profiles_.push_back(std::move(work[i].profile));
    }
  }

  void AddClaims(size_t i, ArticleExtraction work, CompareResult* result) {
    for (Claim& c : work.claims) {
      by_doc_[i].push_back(static_cast<int>(result->claims.size()));
      result->claims.push_back(std::move(c));
    }
    if (work.stats.claims_dropped > 0) {
      result->claims_dropped += work.stats.claims_dropped;
      result->limits_hit.emplace_back(static_cast<int>(i), work.stats);
    }
  }

  // Two sentences that each name someone or somewhere the other article
  // never mentions tell two events (Kumsusan vs Vostochny, Moon vs Trump,
  // Quảng Bình vs Quảng Trị, the Cuban and the Cambodian delegation
  // welcomed in one copied paragraph), however alike their wording. A
  // person's age is that person's, whatever else the sentences name ("Sơn
  // Ky (SN 1999)" beside a home province the other omits).
  bool TwoEvents(const Claim& a, const Claim& b) const {
    if (a.kind == ClaimKind::kAge && SameNamedSubject(a, b)) return false;
    const bool cross_language = languages_[a.doc] != languages_[b.doc];
    return NamesUnknown(a, profiles_[b.doc], cross_language) &&
           NamesUnknown(b, profiles_[a.doc], cross_language);
  }

  std::vector<Discrepancy> ChangedValues(const std::vector<Claim>& claims) {
    std::vector<Discrepancy> out;
    for (const ChangedValue& v :
         ChangedInCopies(arts_, claims, by_doc_, in_.copied, opt_.classify)) {
      Discrepancy d;
      d.a = claims[v.source_claim], d.b = claims[v.copy_claim];
      if (TwoEvents(d.a, d.b)) continue;
      d.kind = d.a.kind;
      d.changed_in_copy = true;
      d.frame_similarity = d.local_similarity = d.event_similarity = 1;
      d.evidence = Evidence::kSole;
      PairContext ctx;
      ctx.a = &arts_[d.a.doc], ctx.b = &arts_[d.b.doc];
      ctx.event_similarity = ctx.frame_similarity = ctx.local_similarity = 1;
      ctx.evidence = Evidence::kSole;
      ctx.copied = true;
      ctx.dated =
          arts_[d.a.doc].published.known() && arts_[d.b.doc].published.known();
      ctx.cross_language = languages_[d.a.doc] != languages_[d.b.doc];
      // The rules every aligned pair meets (a toll raised in a later copy
      // is an update) apply to edited copies too.
      const std::optional<Finding> f =
          Classify(d.a, d.b, ctx, opt_.classify, opt_.weights);
      if (!f) continue;
      d.cls = f->cls;
      d.confidence = f->confidence;
      d.event = events_.event_of[d.a.doc];
      out.push_back(std::move(d));
    }
    return out;
  }

  std::vector<Discrepancy> ComparePair(const EventPair& pair,
                                       const std::vector<Claim>& claims) const {
    if (TitlesDateTwoEditions(pair)) return {};
    const bool cross_language = languages_[pair.a] != languages_[pair.b];
    std::vector<AlignedClaims> aligned;
    int agree = 0, disagree = 0;
    for (const AlignedClaims& al : AlignClaims(
             claims, buckets_[pair.a], buckets_[pair.b], profiles_[pair.a],
             profiles_[pair.b], events_, cross_language, opt_.align)) {
      const Claim& a = claims[al.a];
      const Claim& b = claims[al.b];
      if (TwoEvents(a, b)) continue;
      const Relation r = Relate(a, b);
      if (r == Relation::kDisjoint && !NearMiss(a, b, opt_.classify)) {
        ++disagree;
      } else if (r != Relation::kIncomparable) {
        ++agree;
      }
      aligned.push_back(al);
    }
    // Two articles that differ in many aligned figures and agree in fewer
    // are two editions of a recurring story (yesterday's and today's
    // forecast, two matches of one tournament), not one event told twice.
    if (disagree >= opt_.classify.edition_disagreements && disagree > agree) {
      return {};
    }
    std::vector<Discrepancy> out;
    for (const AlignedClaims& al : aligned) {
      const Claim& a = claims[al.a];
      const Claim& b = claims[al.b];
      PairContext ctx;
      ctx.a = &arts_[a.doc], ctx.b = &arts_[b.doc];
      ctx.event_similarity = pair.similarity;
      ctx.frame_similarity = al.similarity;
      // Across languages the entities of the two sentences stand in for
      // the words around the figures.
      ctx.local_similarity = cross_language ? al.similarity : al.local;
      ctx.evidence = al.evidence;
      ctx.cross_language = cross_language;
      ctx.agreements = agree;
      ctx.dated =
          arts_[a.doc].published.known() && arts_[b.doc].published.known();
      std::optional<Finding> f =
          Classify(a, b, ctx, opt_.classify, opt_.weights);
      if (!f) continue;
      if (f->cls == DiscrepancyClass::kConflict &&
          (AlsoStated(a, by_doc_[b.doc], claims) ||
           AlsoStated(b, by_doc_[a.doc], claims))) {
        continue;
      }
      Discrepancy d;
      d.cls = f->cls, d.kind = a.kind, d.confidence = f->confidence;
      d.frame_similarity = al.similarity;
      d.local_similarity = al.local;
      d.evidence = al.evidence;
      d.event_similarity = pair.similarity;
      d.agreements = agree;
      d.event = events_.event_of[a.doc];
      d.a = a, d.b = b;
      out.push_back(std::move(d));
    }
    return out;
  }

  bool Keep(const Discrepancy& d, CompareResult* result) const {
    switch (d.cls) {
      case DiscrepancyClass::kRefinement:
        return opt_.include_refinements;
      case DiscrepancyClass::kUpdate:
        return opt_.include_updates;
      case DiscrepancyClass::kConflict:
        break;
    }
    if (d.confidence >= opt_.min_confidence) return true;
    if (d.confidence < opt_.candidate_confidence) return false;
    if (!opt_.include_candidates) ++result->candidates_hidden;
    return opt_.include_candidates;
  }

  void Report(std::vector<Discrepancy> found, CompareResult* result) const {
    std::set<std::tuple<int, uint32_t, int, uint32_t>> seen;
    for (Discrepancy& d : found) {
      Order(arts_, &d);
      if (!seen.insert({d.a.doc, d.a.span.begin, d.b.doc, d.b.span.begin})
               .second) {
        continue;
      }
      if (!Keep(d, result)) continue;
      d.topic = DescribeTopic(d.a);
      const std::string entity =
          SharedEntity(arts_[d.a.doc].text, d.a.sentence, arts_[d.b.doc].text,
                       d.b.sentence, k_.lexicon, k_.aliases);
      if (!entity.empty()) absl::StrAppend(&d.topic, " · ", entity);
      if (d.changed_in_copy) absl::StrAppend(&d.topic, " · changed in copy");
      result->discrepancies.push_back(std::move(d));
    }
    std::sort(result->discrepancies.begin(), result->discrepancies.end(),
              [this](const Discrepancy& p, const Discrepancy& q) {
                if (p.confidence != q.confidence) {
                  return p.confidence > q.confidence;
                }
                if (PlaceOf(arts_, p.a) != PlaceOf(arts_, q.a)) {
                  return PlaceOf(arts_, p.a) < PlaceOf(arts_, q.a);
                }
                return PlaceOf(arts_, p.b) < PlaceOf(arts_, q.b);
              });
  }

  const std::vector<Article>& arts_;
  const CompareInput& in_;
  const Knowledge& k_;
  const CompareOptions& opt_;
  std::vector<std::vector<int>> by_doc_;
  std::vector<ArticleProfile> profiles_;
  std::vector<bool> languages_;  // Vietnamese?
  std::vector<ClaimBuckets> buckets_;
  std::vector<std::optional<DateParts>> title_days_;  // Of paired articles.
  Events events_;
};

}  // namespace

ArticleExtraction ExtractArticle(int doc, const Article& article,
                                 const std::vector<Span>& body,
                                 const Knowledge& knowledge,
                                 const ExtractOptions& options) {
  ArticleExtraction out;
  const LexedArticle lexed =
      LexArticle(article.text, body, knowledge.lexicon, options.language);
  out.claims =
      ExtractClaims(doc, article.text, lexed, article.published,
                    knowledge.lexicon, options, &knowledge.aliases, &out.stats);
  out.profile = ProfileOf(lexed, article.title, article.published,
                          knowledge.lexicon, knowledge.aliases);
  return out;
}

absl::StatusOr<CompareResult> CompareWithinEvents(EventsInput in,
                                                  const Knowledge& knowledge,
                                                  const CompareOptions& opt) {
  if (in.articles == nullptr) {
    return absl::InvalidArgumentError("compare: articles are required");
  }
  const size_t n = in.articles->size();
  if (in.extractions.size() != n || in.events.event_of.size() != n) {
    return absl::InvalidArgumentError(absl::StrCat(
        "compare: ", n, " articles but ", in.extractions.size(),
        " extractions and ", in.events.event_of.size(), " event ids"));
  }
  for (const EventPair& p : in.events.pairs) {
    if (p.a < 0 || p.b < 0 || p.a >= int(n) || p.b >= int(n)) {
      return absl::InvalidArgumentError("compare: event pair out of range");
    }
  }
  // Claims are given: documents are not read.
  const std::vector<Document> unread(n);
  CompareInput checked;
  checked.articles = in.articles;
  checked.docs = &unread;
  checked.copied = std::move(in.copied);
  RETURN_IF_ERROR(Validate(checked));
  for (ArticleExtraction& e : in.extractions) {
    MarkTemplatedClauses(in.templated, &e.claims);
  }
  return Matcher(checked, knowledge, opt)
      .RunOnEvents(std::move(in.extractions), std::move(in.events));
}

absl::StatusOr<CompareResult> FindDiscrepancies(const CompareInput& in,
                                                const Knowledge& knowledge,
                                                const CompareOptions& opt) {
  absl::Status valid = Validate(in);
  if (!valid.ok()) return valid;
  return Matcher(in, knowledge, opt).Run();
}

}  // namespace wirecheck
