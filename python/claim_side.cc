// python/claim_side.cc: the claim side of the distributed run, bound for
// wirecheck/dask.py (`--claims`).
//
// Conversion only, like the rest of the extension: every step is one
// library call (compare/compare.h, compare/event.h, compare/templates.h,
// store/claims_codec.h, pipeline/limits.h, report/report.h) on what one
// Dask task holds, with numbers crossing as little-endian arrays in bytes.
// The steps, in the order dask.py runs them:
//   ClaimShard(shard)        claims and profiles of one shard's articles
//   .template_rows()         each claim's clause and value (templates)
//   .term_rows()             the terms whose document frequency it needs
//   .weigh(...)              profile vectors and indexed terms
//   shared_term_counts       candidate pairs of one term partition
//   score_pairs              candidates and copies of two shards scored
//   best_pairs               each article's best pairs, one partition
//   form_events              events from all kept pairs (ids only)
//   .members(...)            each article's claims for its event's task
//   compare_events           the discrepancies of one event partition
#include <pybind11/pybind11.h>
#include <pybind11/stl.h>

#include <algorithm>
#include <cstdint>
#include <optional>
#include <string>
#include <tuple>
#include <utility>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/container/flat_hash_set.h"
#include "absl/strings/str_cat.h"
#include "compare/compare.h"
#include "compare/event.h"
#include "compare/templates.h"
#include "pipeline/finding_id.h"
#include "pipeline/limits.h"
#include "python/binding_util.h"
#include "report/report.h"
#include "store/claims_codec.h"

namespace wirecheck {
namespace binding {
namespace {

// The built-in lexicon and aliases, loaded once per worker process (the
// distributed run takes no user lexicon or aliases).
const Knowledge& BuiltInKnowledge() {
  static const absl::StatusOr<Knowledge>* const knowledge =
      new absl::StatusOr<Knowledge>(LoadKnowledge({}));
  ThrowIfError(knowledge->status());
  return **knowledge;
}

template <typename T>
py::bytes ToBytes(const std::vector<T>& v) {
  return py::bytes(Bytes(v.data(), v.size() * sizeof(T)));
}

// (terms, document frequencies) as a map.
absl::flat_hash_map<uint64_t, int> FrequencyMap(const py::bytes& terms,
                                                const py::bytes& dfs) {
  const auto t = FromBytes<uint64_t>(terms, "terms");
  const auto f = FromBytes<int32_t>(dfs, "frequencies");
  if (t.size() != f.size()) throw StatusError("terms and frequencies differ");
  absl::flat_hash_map<uint64_t, int> out;
  out.reserve(t.size());
  for (size_t i = 0; i < t.size(); ++i) out[t[i]] = f[i];
  return out;
}

// The terms whose idf compare's claim alignment reads (frames and local
// words).
std::vector<uint64_t> ClaimTerms(const std::vector<Claim>& claims) {
  std::vector<uint64_t> out;
  for (const Claim& c : claims) {
    out.insert(out.end(), c.frame.begin(), c.frame.end());
    out.insert(out.end(), c.local.begin(), c.local.end());
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

// Profile vectors of one shard and their publication times, as they cross
// between tasks: (offsets u32, terms u64, weights f32, times i64 x 8).
using VectorsTuple = std::tuple<py::bytes, py::bytes, py::bytes, py::bytes>;

struct ShardVectors {
  std::vector<TermVector> vectors;
  std::vector<PublishedTime> published;
};

ShardVectors VectorsFromTuple(const VectorsTuple& t) {
  const auto offsets = FromBytes<uint32_t>(std::get<0>(t), "offsets");
  const auto terms = FromBytes<uint64_t>(std::get<1>(t), "terms");
  const auto weights = FromBytes<float>(std::get<2>(t), "weights");
  const auto times = FromBytes<int64_t>(std::get<3>(t), "times");
  if (offsets.empty() || terms.size() != weights.size() ||
      offsets.back() != terms.size() ||
      times.size() != 8 * (offsets.size() - 1)) {
    throw StatusError("vectors: inconsistent arrays");
  }
  ShardVectors out;
  for (size_t i = 0; i + 1 < offsets.size(); ++i) {
    if (offsets[i] > offsets[i + 1]) throw StatusError("vectors: bad offsets");
    TermVector v;
    for (uint32_t k = offsets[i]; k < offsets[i + 1]; ++k) {
      v.push_back({terms[k], weights[k]});
    }
    out.vectors.push_back(std::move(v));
    out.published.push_back(PublishedFromInts(&times[8 * i]));
  }
  return out;
}

VectorsTuple VectorsToTuple(const std::vector<TermVector>& vectors,
                            const std::vector<Article>& articles) {
  std::vector<uint32_t> offsets{0};
  std::vector<uint64_t> terms;
  std::vector<float> weights;
  std::vector<int64_t> times;
  for (size_t i = 0; i < vectors.size(); ++i) {
    for (const auto& [term, weight] : vectors[i]) {
      terms.push_back(term);
      weights.push_back(weight);
    }
    offsets.push_back(static_cast<uint32_t>(terms.size()));
    for (int64_t x : PublishedInts(articles[i].published)) times.push_back(x);
  }
  return {ToBytes(offsets), ToBytes(terms), ToBytes(weights), ToBytes(times)};
}

// One shard's extractions: claims and event profile of every article, made
// on the worker that holds the prepared shard.
class ClaimShard {
 public:
  ClaimShard(const Shard& shard, const py::dict& options) : shard_(shard) {
    const CheckOptions o = ToOptions(options);
    const Knowledge& knowledge = BuiltInKnowledge();
    py::gil_scoped_release unlocked;
    const std::vector<Article>& articles = shard.articles();
    extractions_.resize(articles.size());
    for (size_t i = 0; i < articles.size(); ++i) {
      extractions_[i] =
          ExtractArticle(static_cast<int>(i), articles[i], shard.docs()[i].body,
                         knowledge, o.compare.extract);
    }
  }

  int size() const { return static_cast<int>(extractions_.size()); }

  // (template keys u64, values i64, shapes): each claim's clause and value.
  std::tuple<py::bytes, py::bytes, std::vector<std::string>> TemplateRows()
      const {
    std::vector<uint64_t> keys;
    std::vector<int64_t> values;
    std::vector<std::string> shapes;
    for (const ArticleExtraction& e : extractions_) {
      for (const Claim& c : e.claims) {
        ClauseKey clause = ClauseOf(c);
        keys.push_back(clause.first);
        shapes.push_back(std::move(clause.second));
        values.push_back(TemplateValue(c));
      }
    }
    return {ToBytes(keys), ToBytes(values), std::move(shapes)};
  }

  // (terms u64, profiles i32): every term this shard's profiles or claims
  // name, with how many of its profiles hold it (0: only claims do).
  std::pair<py::bytes, py::bytes> TermRows() const {
    absl::flat_hash_map<uint64_t, int32_t> counts;
    for (const ArticleExtraction& e : extractions_) {
      for (const auto& [term, n] : e.profile.terms) ++counts[term];
      for (uint64_t term : ClaimTerms(e.claims)) counts.try_emplace(term, 0);
    }
    std::vector<std::pair<uint64_t, int32_t>> sorted(counts.begin(),
                                                     counts.end());
    std::sort(sorted.begin(), sorted.end());
    std::vector<uint64_t> terms;
    std::vector<int32_t> n;
    for (const auto& [t, c] : sorted) {
      terms.push_back(t);
      n.push_back(c);
    }
    return {ToBytes(terms), ToBytes(n)};
  }

  // Under the batch's document frequencies (`terms`, `dfs`: every term of
  // TermRows with its frequency over `batch_docs` articles): the profile
  // vectors, and (terms u64, articles u32) of every indexed term, articles
  // numbered from `first`.
  std::tuple<VectorsTuple, py::bytes, py::bytes> Weigh(
      const py::bytes& terms, const py::bytes& dfs, int64_t batch_docs,
      int64_t first, const py::dict& options) const {
    const CheckOptions o = ToOptions(options);
    const EventOptions& eo = o.compare.events;
    const absl::flat_hash_map<uint64_t, int> df = FrequencyMap(terms, dfs);
    std::vector<TermVector> vectors(extractions_.size());
    std::vector<uint64_t> index_terms;
    std::vector<uint32_t> index_docs;
    {
      py::gil_scoped_release unlocked;
      Events events;
      events.unseen_idf = UnseenIdf(batch_docs);
      for (const auto& [term, f] : df) {
        if (f > 0) events.idf[term] = TermIdf(batch_docs, f);
      }
      const int max_df = MaxIndexedDf(batch_docs, eo);
      for (size_t i = 0; i < extractions_.size(); ++i) {
        vectors[i] =
            WeighProfile(extractions_[i].profile, events, eo.profile_terms);
        for (uint64_t t :
             IndexedTerms(vectors[i], df, max_df, eo.index_terms)) {
          index_terms.push_back(t);
          index_docs.push_back(static_cast<uint32_t>(first + i));
        }
      }
    }
    return {VectorsToTuple(vectors, shard_.articles()), ToBytes(index_terms),
            ToBytes(index_docs)};
  }

  // The report's "diagnostics" for the extraction limits this shard's
  // articles hit (pipeline/limits.h), as JSON.
  std::string LimitWarningsJson(const py::dict& options) const {
    const CheckOptions o = ToOptions(options);
    CompareResult limits;
    for (size_t i = 0; i < extractions_.size(); ++i) {
      const ExtractStats& s = extractions_[i].stats;
      if (s.claims_dropped > 0) limits.limits_hit.emplace_back(int(i), s);
    }
    const std::vector<Diagnostic> warnings =
        LimitWarnings(shard_.articles(), limits, o.compare.extract);
    const std::vector<Document> none(shard_.articles().size());
    ReportInput in;
    in.articles = &shard_.articles();
    in.docs = &none;
    in.diagnostics = &warnings;
    in.tool_version = ToolVersion();
    return RenderJson(in);
  }

  // What an event's task needs of each article in an event (`event_of`:
  // i32 per article of the shard, -1 for none): (event, batch index,
  // member), the member as MemberOf describes.
  std::vector<std::tuple<int64_t, int64_t, py::tuple>> Members(
      int64_t first, const py::bytes& event_of, const py::bytes& terms,
      const py::bytes& dfs, int64_t batch_docs) const {
    const auto events = FromBytes<int32_t>(event_of, "event ids");
    if (events.size() != extractions_.size()) {
      throw StatusError("one event id per article of the shard");
    }
    const absl::flat_hash_map<uint64_t, int> df = FrequencyMap(terms, dfs);
    std::vector<std::tuple<int64_t, int64_t, py::tuple>> out;
    for (size_t i = 0; i < extractions_.size(); ++i) {
      if (events[i] < 0) continue;
      out.emplace_back(events[i], first + static_cast<int64_t>(i),
                       MemberOf(i, df, batch_docs));
    }
    return out;
  }

 private:
  // (id, outlet, time i64 x 8, text, extraction blob, terms u64, idf f32):
  // the article as compare reads it, its extraction (store/claims_codec.h)
  // and the batch's idf of the terms its claims name.
  py::tuple MemberOf(size_t i, const absl::flat_hash_map<uint64_t, int>& df,
                     int64_t batch_docs) const {
    const Article& a = shard_.articles()[i];
    std::vector<uint64_t> terms;
    std::vector<float> idf;
    for (uint64_t t : ClaimTerms(extractions_[i].claims)) {
      auto it = df.find(t);
      if (it == df.end()) throw StatusError("a claim term has no frequency");
      if (it->second == 0) continue;  // Unseen: compare's default weight.
      terms.push_back(t);
      idf.push_back(TermIdf(batch_docs, it->second));
    }
    return py::make_tuple(
        py::bytes(a.id), py::bytes(a.outlet),
        ToBytes(PublishedInts(a.published)), py::bytes(a.text),
        py::bytes(EncodeExtraction(extractions_[i], a, shard_.docs()[i].body)),
        ToBytes(terms), ToBytes(idf), py::bytes(a.title));
  }

  const Shard& shard_;
  std::vector<ArticleExtraction> extractions_;
};

std::pair<py::bytes, py::bytes> SharedTermCountsBytes(const py::bytes& terms,
                                                      const py::bytes& docs) {
  const auto t = FromBytes<uint64_t>(terms, "terms");
  const auto d = FromBytes<uint32_t>(docs, "articles");
  if (t.size() != d.size()) throw StatusError("terms and articles differ");
  std::vector<std::pair<uint64_t, uint32_t>> entries(t.size());
  for (size_t i = 0; i < t.size(); ++i) entries[i] = {t[i], d[i]};
  std::vector<uint64_t> pairs;
  std::vector<int32_t> counts;
  {
    py::gil_scoped_release unlocked;
    for (const auto& [pair, n] : SharedTermCounts(std::move(entries))) {
      pairs.push_back(pair);
      counts.push_back(n);
    }
  }
  return {ToBytes(pairs), ToBytes(counts)};
}

// Pairs as they cross between tasks: (a u32, b u32, similarity f64, copy u8).
using PairsTuple = std::tuple<py::bytes, py::bytes, py::bytes, py::bytes>;

PairsTuple PairsToTuple(const std::vector<EventPair>& pairs) {
  std::vector<uint32_t> a, b;
  std::vector<double> sim;
  std::vector<uint8_t> copy;
  for (const EventPair& p : pairs) {
    a.push_back(static_cast<uint32_t>(p.a));
    b.push_back(static_cast<uint32_t>(p.b));
    sim.push_back(p.similarity);
    copy.push_back(p.copy);
  }
  return {ToBytes(a), ToBytes(b), ToBytes(sim), ToBytes(copy)};
}

std::vector<EventPair> PairsFromTuple(const PairsTuple& t) {
  const auto a = FromBytes<uint32_t>(std::get<0>(t), "pair articles");
  const auto b = FromBytes<uint32_t>(std::get<1>(t), "pair articles");
  const auto sim = FromBytes<double>(std::get<2>(t), "similarities");
  const auto copy = FromBytes<uint8_t>(std::get<3>(t), "copy flags");
  if (a.size() != b.size() || a.size() != sim.size() ||
      a.size() != copy.size()) {
    throw StatusError("pairs: arrays differ in length");
  }
  std::vector<EventPair> out(a.size());
  for (size_t i = 0; i < a.size(); ++i) {
    out[i] = {static_cast<int>(a[i]), static_cast<int>(b[i]), sim[i],
              copy[i] != 0};
  }
  return out;
}

// Candidate pairs (a << 32 | b, batch indices) and copies (source << 32 |
// copy) between shard a (vectors `va`, first article `first_a`) and shard
// b (`vb`, None: shard a again), scored: (similar pairs, copy pairs).
std::pair<PairsTuple, PairsTuple> ScorePairs(
    const VectorsTuple& va, int64_t first_a,
    const std::optional<VectorsTuple>& vb, int64_t first_b,
    const py::bytes& candidates, const py::bytes& copies,
    const py::dict& options) {
  const CheckOptions o = ToOptions(options);
  const ShardVectors a = VectorsFromTuple(va);
  const ShardVectors b = vb ? VectorsFromTuple(*vb) : ShardVectors();
  const ShardVectors& other = vb ? b : a;
  const int64_t other_first = vb ? first_b : first_a;
  // A batch index's vector and time, in whichever shard holds it.
  auto at = [&](uint64_t global)
      -> std::pair<const TermVector*, const PublishedTime*> {
    const int64_t g = static_cast<int64_t>(global);
    if (g >= first_a && g < first_a + int64_t(a.vectors.size())) {
      return {&a.vectors[g - first_a], &a.published[g - first_a]};
    }
    if (g >= other_first && g < other_first + int64_t(other.vectors.size())) {
      return {&other.vectors[g - other_first],
              &other.published[g - other_first]};
    }
    throw StatusError(absl::StrCat("article ", global, " is in neither shard"));
  };
  std::vector<EventPair> similar, forced;
  for (uint64_t p : FromBytes<uint64_t>(candidates, "candidate pairs")) {
    const uint64_t x = p >> 32, y = p & 0xFFFFFFFF;
    const auto [vx, tx] = at(x);
    const auto [vy, ty] = at(y);
    if (std::optional<EventPair> e = ScoreCandidate(
            int(x), int(y), *tx, *ty, *vx, *vy, o.compare.events)) {
      similar.push_back(*e);
    }
  }
  for (uint64_t p : FromBytes<uint64_t>(copies, "copy pairs")) {
    const uint64_t x = p >> 32, y = p & 0xFFFFFFFF;
    if (x == y) continue;
    forced.push_back(CopyEventPair(int(x), int(y), *at(x).first, *at(y).first,
                                   o.compare.events));
  }
  return {PairsToTuple(similar), PairsToTuple(forced)};
}

// The pairs kept by the articles `owners` (i32, one per pair) of one
// partition (BestPairs).
PairsTuple BestPairsBytes(const py::bytes& owners, const PairsTuple& pairs,
                          const py::dict& options) {
  const CheckOptions o = ToOptions(options);
  const auto who = FromBytes<int32_t>(owners, "owners");
  const std::vector<EventPair> p = PairsFromTuple(pairs);
  if (who.size() != p.size()) throw StatusError("one owner per pair");
  std::vector<std::pair<int, EventPair>> by_article(p.size());
  for (size_t i = 0; i < p.size(); ++i) by_article[i] = {who[i], p[i]};
  return PairsToTuple(
      BestPairs(std::move(by_article), o.compare.events.max_neighbours));
}

// Events of a batch of `n` articles from the copy pairs and the kept
// similar pairs: (pairs inside one event, event id per article as i32).
std::pair<PairsTuple, py::bytes> FormEventsBytes(int64_t n,
                                                 const PairsTuple& forced,
                                                 const PairsTuple& similar,
                                                 const py::dict& options) {
  const CheckOptions o = ToOptions(options);
  Events events;
  {
    const std::vector<EventPair> f = PairsFromTuple(forced);
    std::vector<EventPair> s = PairsFromTuple(similar);
    auto past = [n](const EventPair& p) {
      return p.a < 0 || p.b < 0 || p.a >= n || p.b >= n;
    };
    if (std::any_of(f.begin(), f.end(), past) ||
        std::any_of(s.begin(), s.end(), past)) {
      throw StatusError("a pair names an article past the batch");
    }
    py::gil_scoped_release unlocked;
    FormEvents(static_cast<int>(n), f, std::move(s), o.compare.events, &events);
  }
  std::vector<int32_t> event_of(events.event_of.begin(), events.event_of.end());
  return {PairsToTuple(events.pairs), ToBytes(event_of)};
}

Article ArticleOfMember(const py::tuple& m) {
  if (m.size() != 8) throw StatusError("a member has 8 fields");
  Article a;
  a.id = py::cast<std::string>(m[0]);
  a.outlet = py::cast<std::string>(m[1]);
  const auto time = FromBytes<int64_t>(py::cast<py::bytes>(m[2]), "time");
  if (time.size() != 8) throw StatusError("a time has 8 fields");
  a.published = PublishedFromInts(time.data());
  a.text = py::cast<std::string>(m[3]);
  // A title dating the story tells two editions apart (compare.cc).
  a.title = py::cast<std::string>(m[7]);
  return a;
}

// A copied passage between two batch indices, as dask.py routes it:
// (source, copy, (source begin, end, copy begin, end)).
using PassageTuple =
    std::tuple<int64_t, int64_t,
               std::tuple<uint32_t, uint32_t, uint32_t, uint32_t>>;

// The discrepancies among the members of one partition of events:
// `docs` (batch indices, ascending), `members` (ClaimShard.members'),
// `events` (each member's event id); `pairs` and `passages` on batch
// indices; `templated` the batch's template clauses. Returns the report's
// JSON (its "discrepancies" and "candidates_hidden" are these events') and
// each discrepancy's place in the report's order: (confidence, a's id,
// batch index, begin, end, then b's).
using PlaceKey = std::tuple<double, py::bytes, int64_t, uint32_t, uint32_t,
                            py::bytes, int64_t, uint32_t, uint32_t>;

std::pair<std::string, std::vector<PlaceKey>> CompareEvents(
    const std::vector<int64_t>& docs, const std::vector<py::tuple>& members,
    const std::vector<int64_t>& event_ids, const PairsTuple& pairs,
    const std::vector<PassageTuple>& passages,
    const std::vector<std::pair<uint64_t, std::string>>& templated,
    int64_t batch_docs, const py::dict& options) {
  const CheckOptions o = ToOptions(options);
  if (docs.size() != members.size() || docs.size() != event_ids.size()) {
    throw StatusError("one member and one event id per article");
  }
  if (!std::is_sorted(docs.begin(), docs.end())) {
    throw StatusError("members must come in batch order");
  }
  absl::flat_hash_map<int64_t, int> local;
  std::vector<Article> articles;
  EventsInput in;
  in.events.unseen_idf = UnseenIdf(batch_docs);
  for (size_t i = 0; i < docs.size(); ++i) {
    local[docs[i]] = static_cast<int>(i);
    articles.push_back(ArticleOfMember(members[i]));
    in.extractions.push_back(
        ValueOrThrow(DecodeExtraction(py::cast<std::string>(members[i][4]))));
    const auto terms =
        FromBytes<uint64_t>(py::cast<py::bytes>(members[i][5]), "terms");
    const auto idf =
        FromBytes<float>(py::cast<py::bytes>(members[i][6]), "idf");
    if (terms.size() != idf.size()) throw StatusError("terms and idf differ");
    for (size_t k = 0; k < terms.size(); ++k) in.events.idf[terms[k]] = idf[k];
    in.events.event_of.push_back(static_cast<int>(event_ids[i]));
  }
  auto index = [&](int64_t global) {
    auto it = local.find(global);
    if (it == local.end()) {
      throw StatusError(absl::StrCat("article ", global, " is no member"));
    }
    return it->second;
  };
  for (EventPair p : PairsFromTuple(pairs)) {
    p.a = index(p.a), p.b = index(p.b);
    in.events.pairs.push_back(p);
  }
  std::sort(in.events.pairs.begin(), in.events.pairs.end(),
            [](const EventPair& x, const EventPair& y) {
              return std::tie(x.a, x.b) < std::tie(y.a, y.b);
            });
  for (const PassageTuple& p : passages) {
    const auto& [sb, se, cb, ce] = std::get<2>(p);
    in.copied.push_back({index(std::get<0>(p)), index(std::get<1>(p)),
                         Span{sb, se}, Span{cb, ce}});
  }
  in.templated.insert(templated.begin(), templated.end());
  in.articles = &articles;
  CompareResult result;
  {
    py::gil_scoped_release unlocked;
    result = ValueOrThrow(
        CompareWithinEvents(std::move(in), BuiltInKnowledge(), o.compare));
  }
  AssignFindingIds(articles, nullptr, &result);
  std::vector<PlaceKey> keys;
  for (const Discrepancy& d : result.discrepancies) {
    keys.emplace_back(d.confidence, py::bytes(articles[d.a.doc].id),
                      docs[d.a.doc], d.a.span.begin, d.a.span.end,
                      py::bytes(articles[d.b.doc].id), docs[d.b.doc],
                      d.b.span.begin, d.b.span.end);
  }
  const std::vector<Document> none(articles.size());
  ReportInput report;
  report.articles = &articles;
  report.docs = &none;
  report.compare = &result;
  report.tool_version = ToolVersion();
  return {RenderJson(report), std::move(keys)};
}

}  // namespace

void AddClaimSide(py::module_& m) {
  py::class_<ClaimShard>(m, "ClaimShard")
      .def(py::init<const Shard&, const py::dict&>(), py::arg("shard"),
           py::arg("options"), py::keep_alive<1, 2>())
      .def("__len__", &ClaimShard::size)
      .def("template_rows", &ClaimShard::TemplateRows)
      .def("term_rows", &ClaimShard::TermRows)
      .def("weigh", &ClaimShard::Weigh)
      .def("limit_warnings_json", &ClaimShard::LimitWarningsJson)
      .def("members", &ClaimShard::Members);
  m.attr("MIN_SHARED_TERMS") = kMinSharedTerms;
  m.attr("TEMPLATE_VALUES") = kTemplateValues;
  m.def("shared_term_counts", &SharedTermCountsBytes);
  m.def("score_pairs", &ScorePairs);
  m.def("best_pairs", &BestPairsBytes);
  m.def("form_events", &FormEventsBytes);
  m.def("compare_events", &CompareEvents);
}

}  // namespace binding
}  // namespace wirecheck
