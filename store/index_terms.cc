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
  std::sort(all.begin(), all.end());
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

std::vector<uint64_t> HeaviestTerms(const std::vector<TermCount>& terms,
                                    const CountMin& df, int64_t docs, int n) {
  std::vector<std::pair<double, uint64_t>> weighted;
  weighted.reserve(terms.size());
  for (const TermCount& t : terms) {
    const double idf = std::log((1.0 + docs) / (1.0 + df.Estimate(t.term)));
    weighted.push_back({(1 + std::log(t.count)) * idf, t.term});
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
