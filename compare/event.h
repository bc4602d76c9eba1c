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

}  // namespace wirecheck

#endif  // WIRECHECK_COMPARE_EVENT_H_
