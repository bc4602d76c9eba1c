// store/index_terms.h: the terms a store indexes to find an article's event.
//
// Articles about one event share their heaviest terms: names, places,
// rare words and word pairs. They are taken from the normalised tokens the
// batch already has (no second lexing): every word token and every pair of
// adjacent word tokens (a Vietnamese word is often two syllables), numbers
// left out (a figure is what may differ, not what identifies the event).
// A term's weight is (1 + ln tf) * idf, with the document frequency of the
// store (a count-min sketch) plus the batch's.
//
//   std::vector<TermCount> terms = DocumentTerms(text, doc.tokens);
//   TermWeigher weigher(df, docs);
//   std::vector<uint64_t> top = HeaviestTerms(terms, weigher, 16);
#ifndef WIRECHECK_STORE_INDEX_TERMS_H_
#define WIRECHECK_STORE_INDEX_TERMS_H_

#include <cstdint>
#include <vector>

#include "absl/strings/string_view.h"
#include "normalise/token.h"
#include "util/count_min.h"

namespace wirecheck {

struct TermCount {
  uint64_t term = 0;
  int count = 0;
};

// The distinct terms of a document with their counts, sorted by term.
std::vector<TermCount> DocumentTerms(absl::string_view text,
                                     const TokenList& tokens);

// Weighs terms under one set of document frequencies: `df` counting `docs`
// documents. The idf of every count the sketch can hold is computed once
// (a batch weighs about 1,400 terms an article: a logarithm each was most
// of the store's indexing time); the weights are exactly the formula's.
class TermWeigher {
 public:
  TermWeigher(const CountMin& df, int64_t docs);
  // (1 + ln count) * ln((1 + docs) / (1 + df)).
  double Weight(const TermCount& t) const;
  // Brings the counters Weight will read for `term` into cache.
  void Prefetch(uint64_t term) const { df_.Prefetch(term); }

 private:
  const CountMin& df_;
  std::vector<double> idf_;        // By the term's estimated frequency.
  std::vector<double> tf_weight_;  // 1 + ln count, for small counts.
};

// The `n` heaviest terms, heaviest first (ties: the smaller term first).
std::vector<uint64_t> HeaviestTerms(const std::vector<TermCount>& terms,
                                    const TermWeigher& weigher, int n);

}  // namespace wirecheck

#endif  // WIRECHECK_STORE_INDEX_TERMS_H_
