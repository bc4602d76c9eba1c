#include "dedup/shingle.h"

#include <algorithm>

#include "dedup/minhash.h"

namespace wirecheck {

namespace {

// Odd 64-bit base of the polynomial; any odd constant works, this one is
// the golden-ratio constant.
constexpr uint64_t kBase = 0x9e3779b97f4a7c15ULL;

}  // namespace

std::vector<uint64_t> ShingleHashes(const TokenList& tokens, int k) {
  std::vector<uint64_t> out;
  if (k < 1 || tokens.size() < static_cast<size_t>(k)) return out;
  // Rolling polynomial over the key hashes, then a SplitMix64 finaliser so
  // the result is well mixed for MinHash binning. One multiply-add per
  // token instead of hashing k * 8 bytes per shingle.
  uint64_t top = 1;  // kBase^(k-1), the weight of the outgoing token.
  for (int j = 1; j < k; ++j) top *= kBase;
  const uint64_t salt = Mix64(static_cast<uint64_t>(k));
  uint64_t h = 0;
  for (int j = 0; j < k; ++j) h = h * kBase + tokens[j].key_hash;
  const size_t n = tokens.size() - k + 1;
  out.resize(n);
  for (size_t i = 0;; ++i) {
    out[i] = Mix64(h ^ salt);
    if (i + 1 == n) break;
    h = (h - tokens[i].key_hash * top) * kBase + tokens[i + k].key_hash;
  }
  return out;
}

std::vector<uint64_t> UniqueShingles(std::vector<uint64_t> hashes) {
  std::sort(hashes.begin(), hashes.end());
  hashes.erase(std::unique(hashes.begin(), hashes.end()), hashes.end());
  return hashes;
}

Span TokenRangeSpan(const TokenList& tokens, int first_token, int end_token) {
  return Span{tokens[first_token].span.begin, tokens[end_token - 1].span.end};
}

}  // namespace wirecheck
