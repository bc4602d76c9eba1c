#include "compare/event.h"

#include <algorithm>
#include <cmath>
#include <numeric>

#include "absl/strings/str_cat.h"
#include "compare/frame.h"
#include "util/parallel.h"

namespace wirecheck {
namespace {

// Hash-table lookups issued ahead of the one being made (see Weigh).
constexpr size_t kLookupsAhead = 8;

// A word of two or more bytes that is no stop word. The article's
// segmentation (`seg`, may be null) spares most lookups.
bool IsTermWord(const std::vector<Lexeme>& lx, int k, const Segmentation* seg,
                const Lexicon& lexicon) {
  const Lexeme& l = lx[k];
  if (l.kind != LexKind::kWord || l.key.size() < 2) return false;
  if (seg != nullptr) {
    return lexicon.FindSegmented(LexTable::kStopWord, lx, *seg, k) < 0;
  }
  return !lexicon.ContainsLexeme(LexTable::kStopWord, l);
}

// Words, adjacent word pairs within a sentence, and alias entities.
void AddTerms(const std::vector<Lexeme>& lx, const Segmentation* seg,
              const std::vector<Sentence>& ss, const Lexicon& lexicon,
              const AliasTable& aliases, float weight,
              absl::flat_hash_map<uint64_t, float>* counts) {
  for (const Sentence& s : ss) {
    bool prev_term = false;
    for (int k = s.first; k < s.last; ++k) {
      const bool term = IsTermWord(lx, k, seg, lexicon);
      if (term) (*counts)[lx[k].key_hash] += weight;
      if (term && prev_term) {
        (*counts)[WordPairTerm(lx[k - 1], lx[k])] += weight;
      }
      prev_term = term;
    }
    for (const AliasMatch& m : aliases.Find(lx, s.first, s.last)) {
      (*counts)[EntityHash(m.entity)] += weight;
    }
  }
}

// Asks the CPU to bring all of `v` into the cache.
void Prefetch(const TermVector& v) {
  const char* p = reinterpret_cast<const char*>(v.data());
  const char* end = p + v.size() * sizeof(v[0]);
  for (; p < end; p += 64) __builtin_prefetch(p);
}

int Find(std::vector<int>& parent, int x) {
  while (parent[x] != x) x = parent[x] = parent[parent[x]];
  return x;
}

// The tf-idf vector of a profile, its heaviest `keep` terms, unit length.
TermVector Weigh(const ArticleProfile& p, const Events& e, int keep) {
  TermVector v;
  v.reserve(p.terms.size());
  const size_t n = p.terms.size();
  for (size_t k = 0; k < n; ++k) {
    // The idf table of a large batch is far larger than the cache: a few
    // lookups in flight hide most of each miss.
    if (k + kLookupsAhead < n) e.idf.prefetch(p.terms[k + kLookupsAhead].first);
    const auto& [term, count] = p.terms[k];
    v.push_back(
        {term, static_cast<float>((1 + std::log(count)) * e.Idf(term))});
  }
  if (static_cast<int>(v.size()) > keep) {
    std::nth_element(
        v.begin(), v.begin() + keep, v.end(),
        [](const auto& x, const auto& y) { return x.second > y.second; });
    v.resize(keep);
  }
  double norm = 0;
  for (const auto& t : v) norm += double(t.second) * t.second;
  norm = std::sqrt(norm);
  for (auto& t : v)
    t.second = static_cast<float>(t.second / (norm > 0 ? norm : 1));
  std::sort(v.begin(), v.end());
  return v;
}

// Article pairs whose profiles are close, each article keeping its
// `max_neighbours` best.
std::vector<EventPair> SimilarPairs(
    const std::vector<ArticleProfile>& profiles,
    const std::vector<TermVector>& vectors,
    const absl::flat_hash_map<uint64_t, int>& df, const EventOptions& opt) {
  const int n = static_cast<int>(profiles.size());
  const int max_df = MaxIndexedDf(n, opt);
  absl::flat_hash_map<uint64_t, std::vector<int>> postings;
  std::vector<std::vector<uint64_t>> indexed(n);
  for (int i = 0; i < n; ++i) {
    indexed[i] = IndexedTerms(vectors[i], df, max_df, opt.index_terms);
    for (uint64_t term : indexed[i]) postings[term].push_back(i);
  }
  // Each article's close later neighbours, found in parallel; every pair
  // then goes to both articles' lists in article order, so the result does
  // not depend on the threads.
  std::vector<std::vector<EventPair>> later(n);
  ParallelFor(n, opt.threads, [&](size_t i) {
    // Indexed terms shared with each later article, counted in an array
    // over all articles (a hash map per article cost more than the
    // counting); only the touched entries are read and cleared.
    thread_local std::vector<uint32_t> shared;
    thread_local std::vector<int> touched;
    shared.resize(n);
    touched.clear();
    for (uint64_t term : indexed[i]) {
      // Postings are in article order: the later articles are a suffix.
      const std::vector<int>& list = postings.at(term);
      for (auto j =
               std::upper_bound(list.begin(), list.end(), static_cast<int>(i));
           j != list.end(); ++j) {
        if (shared[*j]++ == 0) touched.push_back(*j);
      }
    }
    std::vector<int> candidates;
    for (int j : touched) {
      const uint32_t count = shared[j];
      shared[j] = 0;
      if (count >= kMinSharedTerms &&
          PublishedWithin(profiles[i].published, profiles[j].published,
                          opt.window_days)) {
        candidates.push_back(j);
      }
    }
    // The vectors of a large batch are far larger than the cache, and a
    // cosine is short next to fetching the other vector from memory: the
    // next candidate's vector is fetched while this one is computed.
    std::sort(candidates.begin(), candidates.end());
    for (size_t c = 0; c < candidates.size(); ++c) {
      if (c + 1 < candidates.size()) Prefetch(vectors[candidates[c + 1]]);
      const int j = candidates[c];
      const double sim = Cosine(vectors[i], vectors[j]);
      if (sim >= opt.min_similarity) {
        later[i].push_back({static_cast<int>(i), j, sim, false});
      }
    }
  });
  std::vector<std::pair<int, EventPair>> by_article;
  for (int i = 0; i < n; ++i) {
    for (const EventPair& p : later[i]) {
      by_article.push_back({p.a, p});
      by_article.push_back({p.b, p});
    }
  }
  return BestPairs(std::move(by_article), opt.max_neighbours);
}

// The strongest pair first; equal ones by (a, b).
bool Stronger(const EventPair& x, const EventPair& y) {
  return x.similarity != y.similarity ? x.similarity > y.similarity
                                      : std::tie(x.a, x.b) < std::tie(y.a, y.b);
}

bool ByArticles(const EventPair& x, const EventPair& y) {
  return std::tie(x.a, x.b) < std::tie(y.a, y.b);
}

bool SameArticles(const EventPair& x, const EventPair& y) {
  return x.a == y.a && x.b == y.b;
}

}  // namespace

float TermIdf(int64_t docs, int64_t df) {
  return static_cast<float>(1 + std::log((1.0 + docs) / (1.0 + df)));
}

double UnseenIdf(int64_t docs) { return 1 + std::log(1.0 + docs); }

TermVector WeighProfile(const ArticleProfile& p, const Events& events,
                        int keep) {
  return Weigh(p, events, keep);
}

int MaxIndexedDf(int64_t docs, const EventOptions& opt) {
  return std::max(20, static_cast<int>(docs * opt.max_df_share));
}

std::vector<uint64_t> IndexedTerms(const TermVector& v,
                                   const absl::flat_hash_map<uint64_t, int>& df,
                                   int max_df, int index_terms) {
  TermVector heaviest = v;
  std::sort(heaviest.begin(), heaviest.end(),
            [](const auto& x, const auto& y) { return x.second > y.second; });
  std::vector<uint64_t> out;
  for (const auto& [term, w] : heaviest) {
    if (static_cast<int>(out.size()) >= index_terms) break;
    const int f = df.at(term);
    if (f < 2 || f > max_df) continue;
    out.push_back(term);
  }
  return out;
}

std::vector<std::pair<uint64_t, int>> SharedTermCounts(
    std::vector<std::pair<uint64_t, uint32_t>> entries) {
  std::sort(entries.begin(), entries.end());
  absl::flat_hash_map<uint64_t, int> counts;
  for (size_t from = 0; from < entries.size();) {
    size_t to = from;
    while (to < entries.size() && entries[to].first == entries[from].first) {
      ++to;
    }
    for (size_t x = from; x < to; ++x) {
      for (size_t y = x + 1; y < to; ++y) {
        if (entries[x].second == entries[y].second) continue;
        ++counts[uint64_t{entries[x].second} << 32 | entries[y].second];
      }
    }
    from = to;
  }
  std::vector<std::pair<uint64_t, int>> out(counts.begin(), counts.end());
  std::sort(out.begin(), out.end());
  return out;
}

// A merge of the two sorted vectors without a branch on the keys: which
// side steps is data, not control, so the millions of candidate pairs of a
// large batch do not pay a mispredicted branch per term. Unshared terms add
// an exact zero (weights are positive), so the sum is the same, in the same
// order, as adding the shared products alone.
double Cosine(const TermVector& a, const TermVector& b) {
  double dot = 0;
  size_t i = 0, j = 0;
  const size_t na = a.size(), nb = b.size();
  while (i < na && j < nb) {
    const uint64_t x = a[i].first, y = b[j].first;
    const float product = a[i].second * b[j].second;
    dot += x == y ? product : 0.0f;
    i += x <= y;
    j += y <= x;
  }
  return dot;
}

bool PublishedWithin(const PublishedTime& a, const PublishedTime& b, int days) {
  if (!a.known() || !b.known()) return true;
  const long slack = static_cast<long>(days) * 86400;
  return !(a.end() + slack <= b.start) && !(b.end() + slack <= a.start);
}

std::optional<EventPair> ScoreCandidate(int a, int b, const PublishedTime& ta,
                                        const PublishedTime& tb,
                                        const TermVector& va,
                                        const TermVector& vb,
                                        const EventOptions& opt) {
  if (!PublishedWithin(ta, tb, opt.window_days)) return std::nullopt;
  const double sim = Cosine(va, vb);
  if (sim < opt.min_similarity) return std::nullopt;
  return EventPair{a, b, sim, false};
}

EventPair CopyEventPair(int x, int y, const TermVector& vx,
                        const TermVector& vy, const EventOptions& opt) {
  const double cosine = x < y ? Cosine(vx, vy) : Cosine(vy, vx);
  return {std::min(x, y), std::max(x, y), std::max(cosine, opt.min_similarity),
          true};
}

std::vector<EventPair> BestPairs(
    std::vector<std::pair<int, EventPair>> by_article, int max_neighbours) {
  std::sort(by_article.begin(), by_article.end(),
            [](const auto& x, const auto& y) {
              return x.first != y.first ? x.first < y.first
                                        : Stronger(x.second, y.second);
            });
  std::vector<EventPair> out;
  int kept = 0;
  for (size_t k = 0; k < by_article.size(); ++k) {
    if (k == 0 || by_article[k].first != by_article[k - 1].first) kept = 0;
    if (kept++ < max_neighbours) out.push_back(by_article[k].second);
  }
  std::sort(out.begin(), out.end(), ByArticles);
  out.erase(std::unique(out.begin(), out.end(), SameArticles), out.end());
  return out;
}

ArticleProfile ProfileOf(const LexedArticle& body, absl::string_view title,
                         const PublishedTime& published, const Lexicon& lexicon,
                         const AliasTable& aliases) {
  absl::flat_hash_map<uint64_t, float> counts;
  const bool segmented = body.seg.size() == body.lexemes.size();
  AddTerms(body.lexemes, segmented ? &body.seg : nullptr, body.sentences,
           lexicon, aliases, 1, &counts);
  if (!title.empty()) {
    std::vector<Lexeme> lx = LexAll(title);
    AddTerms(lx, nullptr, SplitSentences(lx), lexicon, aliases, 2, &counts);
  }
  ArticleProfile p;
  p.terms.assign(counts.begin(), counts.end());
  std::sort(p.terms.begin(), p.terms.end());
  p.published = published;
  p.vietnamese = body.vietnamese;
  return p;
}

double ProfileSimilarity(const ArticleProfile& a, const ArticleProfile& b,
                         const Events& events, const EventOptions& options) {
  return Cosine(Weigh(a, events, options.profile_terms),
                Weigh(b, events, options.profile_terms));
}

namespace {

// The idf of every term of the profiles; `df` receives their document
// frequencies.
Events TermWeights(const std::vector<ArticleProfile>& profiles,
                   absl::flat_hash_map<uint64_t, int>* df) {
  const int n = static_cast<int>(profiles.size());
  Events events;
  for (const ArticleProfile& p : profiles) {
    const size_t m = p.terms.size();
    for (size_t k = 0; k < m; ++k) {
      if (k + kLookupsAhead < m) df->prefetch(p.terms[k + kLookupsAhead].first);
      ++(*df)[p.terms[k].first];
    }
  }
  events.unseen_idf = UnseenIdf(n);
  events.idf.reserve(df->size());
  for (const auto& [term, f] : *df) events.idf[term] = TermIdf(n, f);
  return events;
}

}  // namespace

Events FindEvents(const std::vector<ArticleProfile>& profiles,
                  const std::vector<std::pair<int, int>>& copy_pairs,
                  const std::vector<std::vector<int>>& groups,
                  const EventOptions& opt) {
  const int n = static_cast<int>(profiles.size());
  absl::flat_hash_map<uint64_t, int> df;
  Events events = TermWeights(profiles, &df);
  std::vector<TermVector> vectors(n);
  ParallelFor(n, opt.threads, [&](size_t i) {
    vectors[i] = Weigh(profiles[i], events, opt.profile_terms);
  });

  // Forced pairs first: copies and the caller's groups always compare.
  std::vector<EventPair> forced;
  for (const auto& [x, y] : copy_pairs) {
    if (x == y) continue;
    forced.push_back(CopyEventPair(x, y, vectors[x], vectors[y], opt));
  }
  for (const std::vector<int>& g : groups) {
    for (size_t x = 0; x < g.size(); ++x) {
      for (size_t y = x + 1; y < g.size(); ++y) {
        if (g[x] == g[y]) continue;
        const int a = std::min(g[x], g[y]), b = std::max(g[x], g[y]);
        // The caller knows these report one event.
        forced.push_back({a, b, 1.0, false});
      }
    }
  }
  FormEvents(n, forced, SimilarPairs(profiles, vectors, df, opt), opt, &events);
  return events;
}

void FormEvents(int n, const std::vector<EventPair>& forced,
                std::vector<EventPair> similar, const EventOptions& opt,
                Events* events) {
  std::sort(similar.begin(), similar.end(), ByArticles);
  similar.erase(std::unique(similar.begin(), similar.end(), SameArticles),
                similar.end());
  std::vector<int> parent(n), size(n, 1);
  std::iota(parent.begin(), parent.end(), 0);
  auto join = [&](int a, int b, bool bounded) {
    int ra = Find(parent, a), rb = Find(parent, b);
    if (ra == rb) return;
    if (bounded && size[ra] + size[rb] > opt.max_event_size) return;
    parent[ra] = rb;
    size[rb] += size[ra];
  };
  for (const EventPair& p : forced) join(p.a, p.b, false);
  std::vector<EventPair> by_strength = similar;
  std::sort(by_strength.begin(), by_strength.end(), Stronger);
  for (const EventPair& p : by_strength) join(p.a, p.b, true);

  std::vector<EventPair> pairs = forced;
  for (const EventPair& p : similar) {
    if (Find(parent, p.a) == Find(parent, p.b)) pairs.push_back(p);
  }
  // Per article pair: a copy first, then the strongest similarity (a
  // caller's group gives 1).
  std::sort(pairs.begin(), pairs.end(),
            [](const EventPair& x, const EventPair& y) {
              return std::tie(x.a, x.b, y.copy, y.similarity) <
                     std::tie(y.a, y.b, x.copy, x.similarity);
            });
  // One entry per article pair, keeping the copy flag if any had it.
  events->pairs.clear();
  for (const EventPair& p : pairs) {
    if (!events->pairs.empty() && SameArticles(events->pairs.back(), p)) {
      continue;
    }
    events->pairs.push_back(p);
  }
  events->event_of.assign(n, -1);
  absl::flat_hash_map<int, int> ids;
  for (const EventPair& p : events->pairs) {
    for (int x : {p.a, p.b}) {
      const int root = Find(parent, x);
      auto it = ids.try_emplace(root, static_cast<int>(ids.size())).first;
      events->event_of[x] = it->second;
    }
  }
}

}  // namespace wirecheck
