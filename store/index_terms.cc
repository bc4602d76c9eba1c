#include "store/index_terms.h"

#include <algorithm>
#include <cmath>
#include <utility>

#include "absl/strings/ascii.h"

namespace wirecheck {
namespace {

// SplitMix64 finaliser: pairs of token hashes get a hash of their own.
uint64_t Mix(uint64_t x) {
  x += 0x9e3779b97f4a7c15ULL;
  x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
  x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
  return x ^ (x >> 31);
}

// Sorts 64-bit hashes: scattered by their top bits into about one bucket
// a hash, then each bucket sorted on its own. Hashes spread evenly, so this
// is two passes and a few moves a hash, half the time of an LSD radix sort's
// eight passes (sorting was the largest part of indexing an article);
// a bucket a repeated word filled is sorted by std::sort.
void SortHashes(const std::vector<uint64_t>& v, std::vector<uint64_t>* sorted) {
  const size_t n = v.size();
  int bits = 1;
  while ((size_t{1} << bits) < n && bits < 16) ++bits;
  const int shift = 64 - bits;
  thread_local std::vector<uint32_t> start;
  start.assign((size_t{1} << bits) + 1, 0);
  for (uint64_t x : v) ++start[(x >> shift) + 1];
  for (size_t b = 1; b < start.size(); ++b) start[b] += start[b - 1];
  std::vector<uint64_t>& scattered = *sorted;
  scattered.resize(n);
  for (uint64_t x : v) scattered[start[x >> shift]++] = x;
  // Each start now holds its bucket's end.
  uint32_t begin = 0;
  for (size_t b = 0; b + 1 < start.size(); ++b) {
    const uint32_t end = start[b];
    if (end - begin > 16) {
      std::sort(scattered.begin() + begin, scattered.begin() + end);
    } else {
      for (uint32_t i = begin + 1; i < end; ++i) {
        const uint64_t x = scattered[i];
        uint32_t j = i;
        for (; j > begin && scattered[j - 1] > x; --j) {
          scattered[j] = scattered[j - 1];
        }
        scattered[j] = x;
      }
    }
    begin = end;
  }
}

bool IsNumber(absl::string_view text, const Token& t) {
  return t.span.begin < text.size() &&
         absl::ascii_isdigit(static_cast<unsigned char>(text[t.span.begin]));
}

}  // namespace

std::vector<TermCount> DocumentTerms(absl::string_view text,
                                     const TokenList& tokens) {
  // Scratch kept by each thread: an article is a few thousand terms, and
  // a store indexes every article it keeps.
  thread_local std::vector<uint64_t> all, sorted;
  all.clear();
  bool previous_word = false;
  for (size_t i = 0; i < tokens.size(); ++i) {
    const bool word = !IsNumber(text, tokens[i]);
    if (word) all.push_back(tokens[i].key_hash);
    if (word && previous_word) {
      all.push_back(Mix(tokens[i - 1].key_hash * 31 + tokens[i].key_hash));
    }
    previous_word = word;
  }
  SortHashes(all, &sorted);
  size_t distinct = 0;
  for (size_t i = 0; i < sorted.size(); ++i) {
    distinct += i == 0 || sorted[i] != sorted[i - 1];
  }
  std::vector<TermCount> out;
  out.reserve(distinct);
  for (uint64_t t : sorted) {
    if (!out.empty() && out.back().term == t) {
      ++out.back().count;
    } else {
      out.push_back({t, 1});
    }
  }
  return out;
}

TermWeigher::TermWeigher(const CountMin& df, int64_t docs) : df_(df) {
  // Counters are 16 bits: no estimate exceeds their largest value.
  constexpr int kLargestEstimate = 65535;
  constexpr int kSmallCounts = 64;
  idf_.resize(kLargestEstimate + 1);
  for (int e = 0; e <= kLargestEstimate; ++e) {
    idf_[e] = std::log((1.0 + docs) / (1.0 + e));
  }
  tf_weight_.resize(kSmallCounts);
  for (int c = 1; c < kSmallCounts; ++c) tf_weight_[c] = 1 + std::log(c);
}

double TermWeigher::Weight(const TermCount& t) const {
  const double tf = t.count > 0 && t.count < static_cast<int>(tf_weight_.size())
                        ? tf_weight_[t.count]
                        : 1 + std::log(t.count);
  return tf * idf_[df_.Estimate(t.term)];
}

std::vector<uint64_t> HeaviestTerms(const std::vector<TermCount>& terms,
                                    const TermWeigher& weigher, int n) {
  // Each weight reads two random counters of a 4 MB sketch: asked for a
  // few terms ahead, they are in cache when needed.
  constexpr size_t kAhead = 8;
  std::vector<std::pair<double, uint64_t>> weighted;
  weighted.reserve(terms.size());
  for (size_t i = 0; i < terms.size(); ++i) {
    if (i + kAhead < terms.size()) weigher.Prefetch(terms[i + kAhead].term);
    weighted.push_back({weigher.Weight(terms[i]), terms[i].term});
  }
  const size_t keep = std::min<size_t>(weighted.size(), n);
  std::partial_sort(weighted.begin(), weighted.begin() + keep, weighted.end(),
                    [](const auto& x, const auto& y) {
                      return x.first != y.first ? x.first > y.first
                                                : x.second < y.second;
                    });
  std::vector<uint64_t> out;
  for (size_t i = 0; i < keep; ++i) out.push_back(weighted[i].second);
  return out;
}

}  // namespace wirecheck
