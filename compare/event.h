// compare/event.h: which articles report the same event.
//
// Claims are compared only between articles of one event, so this stage
// decides what a discrepancy can be: two articles whose figures differ but
// which tell different events (a killing and a bus explosion, Monday's and
// Tuesday's gold price) must never meet.
//
// Each article gets a profile: the content words and syllable pairs of its
// title and body ("tấn công" is one term, not "tấn" and "công") and the
// alias entities it names, weighted by tf-idf over the batch. Two articles
// form an event pair when
//   * dedup found that one copies the other (strong evidence), or
//   * the caller grouped them (labelled clusters: similarity 1), or
//   * the cosine of their profiles is at least `min_similarity` and they
//     were published within `window_days` (unknown times do not separate).
// Candidates come from an inverted index over each article's heaviest terms
// (terms in more than `max_df_share` of the batch are not indexed), each
// article keeps its `max_neighbours` best pairs, and events are formed by
// joining pairs strongest first while an event stays within
// `max_event_size` articles. Cost is linear in the number of articles.
// Claims are then compared only along the pairs kept inside one event, so a
// chain A-B-C never makes A and C compare.
//
//   std::vector<ArticleProfile> profiles = ...;  // ProfileOf each article
//   Events events = FindEvents(profiles, copies, groups, EventOptions{});
//   for (const EventPair& p : events.pairs) { ... p.a, p.b, p.similarity ... }
#ifndef WIRECHECK_COMPARE_EVENT_H_
#define WIRECHECK_COMPARE_EVENT_H_

#include <cstdint>
#include <optional>
#include <utility>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "compare/aliases.h"
#include "compare/extract.h"
#include "ingest/article.h"

namespace wirecheck {

struct ArticleProfile {
  // (term hash, count), sorted by hash. Entities are terms too, hashed
  // from their alias id, so "Triều Tiên" and "North Korea" meet.
  std::vector<std::pair<uint64_t, float>> terms;
  PublishedTime published;
  bool vietnamese = true;
};

// Title and body terms of one article (title terms count twice).
ArticleProfile ProfileOf(const LexedArticle& body, absl::string_view title,
                         const PublishedTime& published, const Lexicon& lexicon,
                         const AliasTable& aliases);

struct EventOptions {
  double min_similarity = 0.2;  // Cosine of tf-idf profiles.
  int window_days = 3;          // Published at most this far apart.
  int max_neighbours = 8;       // Pairs each article keeps, best first.
  int max_event_size = 40;      // Articles in one event.
  int index_terms = 24;         // Heaviest terms of an article indexed.
  int profile_terms = 80;       // Terms kept in a profile's vector.
  double max_df_share = 0.05;   // Terms in more articles are not indexed.
  int threads = 0;              // 0: one per core; the result is the same.
};

struct EventPair {
  int a = 0, b = 0;  // Article indices, a < b.
  double similarity = 0;
  bool copy = false;  // dedup found a copied passage between them.
};

struct Events {
  std::vector<EventPair> pairs;  // Sorted by (a, b).
  std::vector<int> event_of;     // Event id of each article; -1: alone.
  // Inverse document frequency of a term over the batch (claim frames
  // weigh their words by it): 1 + ln((1 + N) / (1 + df)).
  double Idf(uint64_t term) const {
    auto it = idf.find(term);
    return it == idf.end() ? unseen_idf : it->second;
  }
  absl::flat_hash_map<uint64_t, float> idf;
  double unseen_idf = 1;  // For terms of no profile (1 + ln(1 + N)).
};

// Cosine of two profiles' tf-idf vectors under the batch's idf, as
// FindEvents measures it (for tools that explain a missing pair).
double ProfileSimilarity(const ArticleProfile& a, const ArticleProfile& b,
                         const Events& events, const EventOptions& options);

Events FindEvents(const std::vector<ArticleProfile>& profiles,
                  const std::vector<std::pair<int, int>>& copy_pairs,
                  const std::vector<std::vector<int>>& groups,
                  const EventOptions& options);

// ----- FindEvents' stages, one by one --------------------------------------
// FindEvents is these steps in order; a run that spreads a batch over
// machines (python/src/wirecheck/dask.py) runs each where its data is and
// gets the same events:
//   1. document frequency of every profile term over the batch -> TermIdf
//   2. each profile's vector (WeighProfile) and its IndexedTerms
//   3. article pairs sharing kMinSharedTerms indexed terms (SharedTermCounts
//      over (term, article) entries), scored by ScoreCandidate; copies give
//      forced pairs (CopyEventPair)
//   4. each article's max_neighbours best pairs (BestPairs)
//   5. events joined from the pairs (FormEvents), strongest first.

// A profile's tf-idf vector: its heaviest terms, unit length, by term.
using TermVector = std::vector<std::pair<uint64_t, float>>;

// The idf of a term in `df` of `docs` profiles: 1 + ln((1 + N) / (1 + df)).
float TermIdf(int64_t docs, int64_t df);
// The idf of a term no profile of the batch holds.
double UnseenIdf(int64_t docs);

// The vector of `p` under `events`' idf, its heaviest `keep` terms.
TermVector WeighProfile(const ArticleProfile& p, const Events& events,
                        int keep);

// Terms in more profiles than this are not indexed.
int MaxIndexedDf(int64_t docs, const EventOptions& options);

// The terms of `v` an article is found by: its heaviest `index_terms`
// whose document frequency is from 2 to `max_df`. REQUIRES: `df` holds
// every term of `v`.
std::vector<uint64_t> IndexedTerms(const TermVector& v,
                                   const absl::flat_hash_map<uint64_t, int>& df,
                                   int max_df, int index_terms);

// Indexed terms two articles must share to be a candidate pair.
inline constexpr int kMinSharedTerms = 2;

// Per pair of articles in `entries` ((term, article) for every indexed
// term), how many terms they share: (a << 32 | b, count) with a < b, by
// pair. Entries of one term may come in several calls; counts add up.
std::vector<std::pair<uint64_t, int>> SharedTermCounts(
    std::vector<std::pair<uint64_t, uint32_t>> entries);

// The cosine of two vectors.
double Cosine(const TermVector& a, const TermVector& b);

// True when two publication times are at most `days` apart (an unknown
// time is close to every time).
bool PublishedWithin(const PublishedTime& a, const PublishedTime& b, int days);

// Candidate articles a < b (published `ta` and `tb`) as an event pair,
// when published close enough and similar enough; nullopt otherwise.
std::optional<EventPair> ScoreCandidate(int a, int b, const PublishedTime& ta,
                                        const PublishedTime& tb,
                                        const TermVector& va,
                                        const TermVector& vb,
                                        const EventOptions& options);

// Articles x != y that dedup found copied: a pair whatever their
// similarity, scored at least min_similarity.
EventPair CopyEventPair(int x, int y, const TermVector& vx,
                        const TermVector& vy, const EventOptions& options);

// Each article's `max_neighbours` best pairs (most similar first, then by
// (a, b)) among the pairs given for it in `by_article` ((article, pair);
// give a pair once for each of its articles whose list it may enter), as
// one list by (a, b) without repeats.
std::vector<EventPair> BestPairs(
    std::vector<std::pair<int, EventPair>> by_article, int max_neighbours);

// Events over `n` articles: forced pairs join whatever the event's size,
// then `similar` pairs (BestPairs' lists; a pair may come twice) join
// strongest first while an event stays within max_event_size. Sets
// `events->pairs` (those inside one event) and `events->event_of`.
void FormEvents(int n, const std::vector<EventPair>& forced,
                std::vector<EventPair> similar, const EventOptions& options,
                Events* events);

}  // namespace wirecheck

#endif  // WIRECHECK_COMPARE_EVENT_H_
