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

namespace {

// Sorts well-mixed 64-bit hashes: one counting pass on the top bits into
// about n/2..n buckets, then insertion sort inside each (two or so values).
// Several times faster than std::sort, which mispredicts a branch per
// comparison on random keys. Skewed input (not hashes) stays correct: a
// crowded bucket falls back to std::sort.
void SortHashes(std::vector<uint64_t>* v) {
  const size_t n = v->size();
  if (n < 64) {
    std::sort(v->begin(), v->end());
    return;
  }
  int bits = 0;
  while ((size_t{2} << bits) <= n && bits < 20) ++bits;
  const int shift = 64 - bits;
  const size_t buckets = size_t{1} << bits;
  thread_local std::vector<uint32_t> start;
  thread_local std::vector<uint64_t> sorted;
  start.assign(buckets + 1, 0);
  for (uint64_t h : *v) ++start[(h >> shift) + 1];
  for (size_t b = 0; b < buckets; ++b) start[b + 1] += start[b];
  sorted.resize(n);
  for (uint64_t h : *v) sorted[start[h >> shift]++] = h;
  // start[b] is now the end of bucket b (and the beginning of b + 1).
  size_t begin = 0;
  for (size_t b = 0; b < buckets; ++b) {
    const size_t end = start[b];
    if (end - begin > 32) {
      std::sort(sorted.begin() + begin, sorted.begin() + end);
    } else {
      for (size_t i = begin + 1; i < end; ++i) {
        const uint64_t x = sorted[i];
        size_t j = i;
        for (; j > begin && sorted[j - 1] > x; --j) sorted[j] = sorted[j - 1];
        sorted[j] = x;
      }
    }
    begin = end;
  }
  std::copy(sorted.begin(), sorted.end(), v->begin());
}

}  // namespace

std::vector<uint64_t> UniqueShingles(std::vector<uint64_t> hashes) {
  SortHashes(&hashes);
  hashes.erase(std::unique(hashes.begin(), hashes.end()), hashes.end());
  hashes.shrink_to_fit();
  return hashes;
}

Span TokenRangeSpan(const TokenList& tokens, int first_token, int end_token) {
  return Span{tokens[first_token].span.begin, tokens[end_token - 1].span.end};
}

}  // namespace wirecheck
